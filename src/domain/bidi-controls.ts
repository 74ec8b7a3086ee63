/**
 * Invisible characters that change the direction of the text around them. A title or a name
 * holding a right-to-left override can make what follows it read backwards ("evil‮txt.exe"), so
 * wherever Slant shows a name it isolates it (`unicode-bidi: isolate`, global.css), and an import
 * preview says which of these a file's names hold.
 */
const CONTROLS: Readonly<Record<string, string>> = {
  '\u202A': 'left-to-right embedding (U+202A)',
  '\u202B': 'right-to-left embedding (U+202B)',
  '\u202C': 'pop directional formatting (U+202C)',
  '\u202D': 'left-to-right override (U+202D)',
  '\u202E': 'right-to-left override (U+202E)',
  '\u2066': 'left-to-right isolate (U+2066)',
  '\u2067': 'right-to-left isolate (U+2067)',
  '\u2068': 'first strong isolate (U+2068)',
  '\u2069': 'pop directional isolate (U+2069)',
};

const ANY_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

/** The names of the direction controls `text` holds, each once, in order of first use. */
export function bidiControlsIn(text: string | undefined): string[] {
  const found = new Set((text ?? '').match(ANY_CONTROL) ?? []);
  return [...found].map((char) => CONTROLS[char] ?? char);
}
