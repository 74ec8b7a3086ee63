/** The text of `slant --help`: every command, option, output field and exit code. */

export const HELP = `Usage: slant analyze [--format jsonl|w3c] FILE...
       slant --help

Slant suggests spans of news articles to read critically: loaded language, unattributed
claims and mentions of outlets. The same detectors run as in the Slant app.

Commands:
  analyze FILE...     Read each FILE (.txt, .md or .html) and print its suggestions.

Options:
  --format jsonl      (default) One JSON object per line:
                        {"source": FILE as given,
                         "tag": "loaded-language" | "unattributed-claim" | "outlet-affiliation",
                         "start": N, "end": N, "exact": "...", "reason": "..."}
  --format w3c        One W3C Web Annotation AnnotationCollection (JSON-LD) holding every
                      suggestion of every FILE, as the app's W3C export writes it. Each
                      annotation has origin "suggestion", creator "slant analyze" and the
                      reason as its comment; position selectors count Unicode code points.
  -h, --help          Show this help.
  --                  Treat every later argument as a FILE, even if it starts with "-".

Offsets (jsonl "start"/"end") are UTF-16 code units, end exclusive, so that
text.slice(start, end) === exact in JavaScript.
  .txt                The text is the file's content decoded from UTF-8, byte order mark
                      removed, not otherwise changed: offsets point into the file itself.
  .md, .html          The text is the article Slant extracts on import (headline, then
                      paragraphs joined by single newlines, markup and page clutter gone):
                      offsets point into that extracted text, not into the file.

Exit codes:
  0  every FILE was analysed
  1  some FILE could not be read or is not a supported type; it is named on stderr and
     the other FILEs are still analysed and printed
  2  usage error (unknown command or option, missing FILE)

Results go to stdout; errors and warnings go to stderr.

Examples:
  npm run slant -- analyze seeds/*.txt
  slant analyze --format w3c article.html notes.md > annotations.jsonld
`;
