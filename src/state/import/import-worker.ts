/**
 * The import worker: saved pages are parsed, sanitised and searched for their article here, so
 * that a page of 20,000 nested elements or 20 MB never freezes the tab. One file at a time.
 */
import { answerImport } from './answer-import';
import type { ImportRequest, ImportResponse } from './import-messages';

const post = (response: ImportResponse) => self.postMessage(response);

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  void answerImport(event.data, post);
};
