/**
 * The app's CSV downloads start with a byte-order mark, so that Excel shows accents and emoji,
 * until the user turns it off in Settings › Spreadsheets. Read back with papaparse as a
 * spreadsheet reads a file (UTF-8, the mark taken as a mark), either way gives the same rows.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CSV_COLUMNS } from '../../../src/io/csv';
import { pageDatabase as db } from '../../support/database';
import { usePreferences } from '../../../src/state/preferences';
import { ExportButtons } from '../../../src/ui/exchange/ExportButtons';
import { downloadText } from '../../../src/ui/shared/download';
import { SpreadsheetCard } from '../../../src/ui/settings/SpreadsheetCard';
import { annotations, docA, outlet, tags } from '../../unit/io/sample-data';

vi.mock('../../../src/ui/shared/download', () => ({
  downloadText: vi.fn(),
  downloadBlob: vi.fn(),
}));

beforeEach(async () => {
  vi.mocked(downloadText).mockClear();
  usePreferences.setState({ csvByteOrderMark: true });
  db.close();
  await db.delete();
  await db.open();
  await db.documents.add(docA);
  await db.tags.bulkAdd(tags);
  await db.outlets.add(outlet);
  await db.annotations.bulkAdd(annotations.filter((a) => a.documentId === docA.id));
});

async function downloadCsv(): Promise<Uint8Array> {
  const user = userEvent.setup();
  vi.mocked(downloadText).mockClear();
  await user.click(screen.getByRole('button', { name: 'CSV' }));
  await vi.waitFor(() => expect(downloadText).toHaveBeenCalledOnce());
  const [name, text, type] = vi.mocked(downloadText).mock.calls[0]!;
  expect(name).toBe('Clashes-in-the-north.csv');
  expect(type).toBe('text/csv');
  return new TextEncoder().encode(text);
}

function readBack(bytes: Uint8Array): Record<string, string>[] {
  const text = new TextDecoder('utf-8').decode(bytes);
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe('CSV downloads and the byte-order mark', () => {
  it('start with one by default, and without it once Settings turns it off', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ExportButtons documentIds={[docA.id]} name="Clashes in the north" />
        <SpreadsheetCard />
      </>,
    );
    const marked = await downloadCsv();
    expect([...marked.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const setting = screen.getByRole('checkbox', { name: /byte-order mark/ });
    expect(setting).toBeChecked();
    await user.click(setting);
    expect(setting).not.toBeChecked();
    const plain = await downloadCsv();
    expect([...plain.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(marked.slice(3)).toEqual(plain);

    const rows = readBack(marked);
    expect(readBack(plain)).toEqual(rows);
    expect(Object.keys(rows[0]!).slice(0, CSV_COLUMNS.length)).toEqual([...CSV_COLUMNS]);
    // Emoji and curly quotes come back whole.
    expect(rows.map((row) => row['quote'])).toContain('"terrorists" 😡');
  });
});
