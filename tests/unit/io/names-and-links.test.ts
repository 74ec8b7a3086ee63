import { describe, expect, it } from 'vitest';
import { bidiControlsIn } from '../../../src/domain/bidi-controls';
import { safeHref } from '../../../src/domain/safe-href';
import { parseBackup, toBackup } from '../../../src/io/backup';
import { docA, library, outlet } from './sample-data';

describe('links from files', () => {
  it('are links only when they are http(s) addresses', () => {
    expect(safeHref('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeHref(' http://example.org ')).toBe('http://example.org/');
    for (const unsafe of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//example.org',
      'not a url',
      '',
      undefined,
    ])
      expect(safeHref(unsafe)).toBeUndefined();
  });
});

describe('names holding direction controls', () => {
  it('are recognised, each control named once', () => {
    expect(bidiControlsIn('Report\u202Etxt.exe\u202E')).toEqual([
      'right-to-left override (U+202E)',
    ]);
    expect(bidiControlsIn('a\u2067b\u2069')).toEqual([
      'right-to-left isolate (U+2067)',
      'pop directional isolate (U+2069)',
    ]);
    // Arabic and Hebrew text is not a control.
    expect(bidiControlsIn('تقرير עברית')).toEqual([]);
  });

  it('are listed before a backup is restored, naming the field', () => {
    const text = toBackup({
      ...library,
      documents: [{ ...docA, title: 'Clashes\u202Egnp.exe' }, ...library.documents.slice(1)],
      outlets: [{ ...outlet, name: 'RTX\u202D' }],
    });
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.warnings.map((w) => w.where)).toEqual(['documents[0].title', 'outlets[0].name']);
    expect(parsed.warnings[0]?.message).toContain('right-to-left override (U+202E)');
  });
});
