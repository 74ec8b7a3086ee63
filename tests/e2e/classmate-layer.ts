import type { Page } from 'playwright-core';

/**
 * Puts a classmate's (Ben's) read-only layer with one loaded-language annotation on `phrase` into
 * the database, the way an import of their work leaves it. The caller reloads the page.
 */
export async function putClassmateLayer(page: Page, documentId: string, phrase: string) {
  await page.evaluate(
    async ({ documentId, phrase }) => {
      const text = await new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('slant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['documents', 'layers', 'annotations'], 'readwrite');
          const now = new Date().toISOString();
          tx.objectStore('layers').put({
            id: 'layer-ben',
            kind: 'lesson-work',
            owner: 'Ben',
            label: 'Ben',
            colour: '#7a3ec8',
            readOnly: true,
            createdAt: now,
            updatedAt: now,
          });
          const read = tx.objectStore('documents').get(documentId);
          read.onsuccess = () => {
            const docText: string = read.result.text;
            const start = docText.indexOf(phrase);
            tx.objectStore('annotations').put({
              id: 'ben-1',
              documentId,
              layerId: 'layer-ben',
              tagIds: ['loaded-language'],
              target: {
                start,
                end: start + phrase.length,
                exact: phrase,
                prefix: docText.slice(Math.max(0, start - 32), start),
                suffix: docText.slice(start + phrase.length, start + phrase.length + 32),
              },
              note: 'Ben’s note',
              fields: {},
              annotator: 'Ben',
              origin: 'manual',
              status: 'anchored',
              createdAt: now,
              updatedAt: now,
            });
            resolve(docText);
          };
          tx.oncomplete = () => db.close();
        };
      });
      return text.length;
    },
    { documentId, phrase },
  );
}
