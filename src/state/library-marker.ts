/**
 * A note, outside IndexedDB (in localStorage), that this browser has had a Slant library. When
 * the database is later found empty (the browser dropped it after a full disk, or evicted it),
 * Slant can say the library was lost and offer a backup instead of quietly starting again with
 * the sample collection. Clearing the site's data clears the note too, so a deliberate fresh
 * start stays a fresh start.
 */
const KEY = 'slant:library';

export interface LibraryMarker {
  /** When this browser first had the library. */
  since: string;
  /** When Slant last opened it. */
  lastOpened: string;
}

export function libraryMarker(): LibraryMarker | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<LibraryMarker>) : undefined;
    return parsed?.since && parsed.lastOpened
      ? { since: parsed.since, lastOpened: parsed.lastOpened }
      : undefined;
  } catch {
    return undefined; // no localStorage (a sandboxed frame): nothing to compare with
  }
}

export function rememberLibrary(now = new Date()): void {
  try {
    const since = libraryMarker()?.since ?? now.toISOString();
    localStorage.setItem(KEY, JSON.stringify({ since, lastOpened: now.toISOString() }));
  } catch {
    // A full disk may refuse even this; the database is what matters.
  }
}
