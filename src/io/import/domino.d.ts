// The parts of domino (@mixmark-io/domino) that worker-html-environment.ts uses; the package's
// own declarations describe the older `domino` module name.
declare module '@mixmark-io/domino' {
  export function createWindow(html?: string, address?: string): Window;
  /** The DOM's constructors (Element, Node, HTMLElement, …) by name. */
  export const impl: Record<string, { prototype: object } | undefined>;
}

declare module '@mixmark-io/domino/lib/HTMLParser' {
  interface DominoParser {
    parse(html: string, end: boolean): void;
    document(): Document;
  }
  const HTMLParser: new (
    address: string | undefined,
    fragmentContext: undefined,
    options: { scripting_enabled: boolean },
  ) => DominoParser;
  export default HTMLParser;
}
