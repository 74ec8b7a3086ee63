import type { Page } from 'playwright-core';

/**
 * Selects the first occurrence of `phrase` in the document editor, as a user dragging over it
 * would, and waits until the editor has taken the selection in (its toolbar shows).
 */
export async function selectPhrase(page: Page, phrase: string, occurrence = 0): Promise<void> {
  const shown = phrase.length > 40 ? `${phrase.slice(0, 39)}…` : phrase;
  const toolbar = page.getByRole('toolbar', { name: `Tag “${shown}”`, exact: true });
  // A re-render that replaces the text nodes just then can drop a selection, as it would a
  // user's drag: try again, as a user would.
  for (let attempt = 1; ; attempt += 1) {
    await placeSelection(page, phrase, occurrence);
    try {
      await toolbar.waitFor({ timeout: 3000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Selects a phrase in edit mode (no toolbar shows there): waits until the browser has it. */
export async function selectPhraseToEdit(page: Page, phrase: string): Promise<void> {
  await placeSelection(page, phrase, 0);
  await page.waitForFunction((p) => window.getSelection()?.toString() === p, phrase);
  // Let the editor take the selection in before typing over it.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
}

async function placeSelection(page: Page, phrase: string, occurrence: number): Promise<void> {
  await page.locator('[data-slate-editor="true"]').waitFor();
  await page.evaluate(
    ({ phrase, occurrence }) => {
      const editor = document.querySelector<HTMLElement>('[data-slate-editor="true"]');
      if (!editor) throw new Error('No editor on the page');
      editor.focus();
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      // Highlights split a paragraph's text into several nodes: search the paragraph as a whole.
      for (const paragraph of editor.querySelectorAll('p')) {
        const nodes: Text[] = [];
        walker.currentNode = paragraph;
        for (let n = walker.nextNode(); n && paragraph.contains(n); n = walker.nextNode()) {
          if (!n.parentElement?.closest('[data-slate-zero-width], [contenteditable="false"]')) {
            nodes.push(n as Text);
          }
        }
        const whole = nodes.map((n) => n.data).join('');
        let at = -1;
        for (let i = 0; i <= occurrence; i += 1) {
          at = whole.indexOf(phrase, at + 1);
          if (at === -1) break;
        }
        if (at === -1) {
          occurrence -= whole.split(phrase).length - 1;
          continue;
        }
        const locate = (offset: number, preferEnd: boolean): [Text, number] => {
          let seen = 0;
          for (const node of nodes) {
            const end = seen + node.data.length;
            if (offset < end || (preferEnd && offset === end)) return [node, offset - seen];
            seen = end;
          }
          const last = nodes[nodes.length - 1]!;
          return [last, last.data.length];
        };
        const range = document.createRange();
        range.setStart(...locate(at, false));
        range.setEnd(...locate(at + phrase.length, true));
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`Phrase not found in the editor: ${phrase}`);
    },
    { phrase, occurrence },
  );
}

/** The highlighted passages on the page, each with the ids of the annotations on it. */
export async function highlightTexts(page: Page): Promise<string[]> {
  return page.locator('[data-slate-editor] .highlight').allTextContents();
}
