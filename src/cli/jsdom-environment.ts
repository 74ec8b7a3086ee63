/**
 * The DOM the HTML importer needs, from jsdom in Node. Loaded on first use so that analysing
 * `.txt` files never pays for jsdom's start-up. The window runs no scripts and loads nothing.
 */
import { htmlEnvironment, type HtmlEnvironment, type HtmlWindow } from '../io/import';

let environment: Promise<HtmlEnvironment> | undefined;

export function cliHtmlEnvironment(): Promise<HtmlEnvironment> {
  environment ??= import('jsdom').then(({ JSDOM }) => {
    const { window } = new JSDOM('<!DOCTYPE html><html><body></body></html>');
    return htmlEnvironment(window as unknown as HtmlWindow);
  });
  return environment;
}
