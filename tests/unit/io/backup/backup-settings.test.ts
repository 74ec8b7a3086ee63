import { describe, expect, it } from 'vitest';
import { parseBackup, toBackup, type BackupSettings } from '../../../../src/io/backup';
import { library } from '../sample-data';

const exportedAt = new Date('2025-03-10T12:00:00.000Z');
const settings: BackupSettings = {
  annotatorName: 'Maya',
  csvByteOrderMark: false,
  suggestions: {
    show: true,
    detectors: { loadedLanguage: true, unattributedClaims: false, outlets: true },
    loadedLanguage: { point: 'more', inQuotes: true },
  },
  layerView: {
    chosenByDocument: { 'doc-a': 'layer-mine' },
    shown: ['layer-ben'],
    countedInCompare: ['layer-mine', 'layer-ben'],
  },
};

describe('the settings a backup carries', () => {
  it('come back exactly as written', () => {
    const parsed = parseBackup(toBackup(library, exportedAt, settings));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.settings).toEqual(settings);
    expect(parsed.warnings).toEqual([]);
  });

  it('are absent from a file written without them, which restores as before', () => {
    const parsed = parseBackup(toBackup(library, exportedAt));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.settings).toBeUndefined();
  });

  it('that do not fit are left out with a warning naming where, and the work still restores', () => {
    const file = JSON.parse(toBackup(library, exportedAt, settings));
    file.settings.suggestions.loadedLanguage.point = 'everything';
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.settings).toBeUndefined();
    expect(parsed.contents.documents).toEqual(library.documents);
    expect(parsed.warnings).toEqual([
      {
        where: 'settings.suggestions.loadedLanguage.point',
        message: expect.stringContaining('the settings were left as they are here'),
      },
    ]);
  });
});
