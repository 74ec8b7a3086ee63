/**
 * Shared by the import tests: the saved-page fixtures (tests/fixtures/import, written for these
 * tests, see its README) and a jsdom window standing in for the browser's DOMParser and DOMPurify.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { htmlEnvironment, type HtmlEnvironment, type HtmlWindow } from '../../../../src/io/import';
import type { FileLike } from '../../../../src/io/import';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/import/', import.meta.url));

export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(readFileSync(FIXTURES + name));
}

export function fixtureFile(name: string, type = ''): File {
  return new File([fixtureBytes(name)], name, { type });
}

export function textFile(name: string, text: string, type = ''): File {
  return new File([text], name, { type });
}

/** A file that claims a size and fails the test if anyone reads it. */
export function unreadFile(name: string, size: number): FileLike {
  return {
    name,
    size,
    type: '',
    arrayBuffer: () => Promise.reject(new Error(`${name} should not have been read`)),
  };
}

/**
 * A window that runs scripts, as a browser tab does: if the importer ever let a page's script,
 * handler or URL run, it would run here and set `__slantPwned`.
 */
export function scriptingWindow(): JSDOM['window'] & { __slantPwned?: unknown } {
  return new JSDOM('<!DOCTYPE html><html><body></body></html>', { runScripts: 'dangerously' })
    .window;
}

export function testEnvironment(window: JSDOM['window'] = scriptingWindow()): HtmlEnvironment {
  return htmlEnvironment(window as unknown as HtmlWindow);
}
