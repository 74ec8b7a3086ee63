/** The text of `slant --help`: every command, option, output field and exit code. */

export const HELP = `Usage: slant analyze [--format jsonl|w3c] [--point precise|more] [--model MODEL.json] FILE...
       slant agree [--format table|csv|json] KEY FILE...
       slant agree --format csv --bom KEY FILE...
       slant extract [--format jsonl] FILE...
       slant figures [--format jsonl|csv] [--point precise|more] FILE...
       slant learn --from ANNOTATIONS.jsonl [--tag TAG] --out MODEL.json FILE...
       slant --help

Slant suggests spans of news articles to read critically: loaded language, unattributed
claims and mentions of outlets. The same detectors run as in the Slant app.

Commands:
  analyze FILE...     Read each FILE (.txt, .md or .html) and print its suggestions.
  agree KEY FILE...   Score students' work against a lesson's answer key and measure how
                      far the class agrees. KEY is the lesson pack the teacher exported
                      with its answer key; each FILE is a student's work on that lesson,
                      as students export it from Slant.
  extract FILE...     Read each FILE (.html, .md or .txt) as Slant imports it and print
                      the article's metadata, to check a folder of saved pages at once.
  figures FILE...     Read each FILE (.txt, .md or .html) and print the figures the Compare
                      view shows for it: words, loaded language per 1,000 words, claims,
                      the sources it names, and each figure it reports with its source.
  learn FILE...       Learn to suggest any tag from your own annotations of the texts
                      FILE..., and write the models for analyze --model.

Options may stand before or after the FILEs.

Options:
  -h, --help          Show this help.
  --                  Treat every later argument as a FILE, even if it starts with "-".

analyze
-------
  --format jsonl      (default) One JSON object per line:
                        {"source": FILE as given,
                         "tag": "loaded-language" | "unattributed-claim" | "outlet-affiliation",
                         "start": N, "end": N, "exact": "...", "reason": "..."}
  --format w3c        One W3C Web Annotation AnnotationCollection (JSON-LD) holding every
                      suggestion of every FILE, as the app's W3C export writes it. Each
                      annotation has origin "suggestion", creator "slant analyze" and the
                      reason as its comment; position selectors count Unicode code points.
  --point precise     (default) Loaded language at the precise operating point: fewer,
                      surer suggestions (at least half of them marked by annotators in
                      held-out training articles).
  --point more        More loaded-language suggestions, less sure (the best balance of
                      precision and recall in training).
  --model MODEL.json  Use the models that slant learn wrote for the tags they hold ("tag"
                      is then any tag learned, and "reason" says how many annotations it
                      learned from); the built-in detectors for the other tags.

Loaded language is not suggested in a page's boilerplate (footer, byline and author bio,
comment prompt, link lists), on neutral titles, institutions and literal descriptions, or
inside a person's direct quote (the speaker's words, not the outlet's).

Offsets (jsonl "start"/"end") are UTF-16 code units, end exclusive, so that
text.slice(start, end) === exact in JavaScript.
  .txt                The text is the file's content decoded from UTF-8, byte order mark
                      removed, not otherwise changed: offsets point into the file itself.
  .md, .html          The text is the article Slant extracts on import (headline, then
                      paragraphs joined by single newlines, markup and page clutter gone):
                      offsets point into that extracted text, not into the file.

figures
-------
The same functions as the app's Compare view, over the detectors' suggestions (a FILE has
no annotations) and Slant's reading of who the article cites (an English tagger, offline).
  --point precise     (default) Loaded language from the suggestions at the precise
                      operating point (chosen in training for precision of at least 0.5).
  --point more        The best-F1 operating point: more suggestions, more of them wrong.
  --format jsonl      (default) One JSON object per FILE:
                        {"source": FILE as given, "words": N,
                         "loadedLanguagePer1000": N (unrounded),
                         "unattributedClaims": N (suggested unattributed claims),
                         "attributedClaims": N (sentences that say who said it),
                         "sources": ["name", ...] (the sources named, as Compare lists them),
                         "figures": [{"value": as written, e.g. "more than 1,000",
                                      "number": N, "what": "killed" | "injured" |
                                      "displaced" | "arrested" | "missing" | "kidnapped"
                                      or the noun counted (e.g. "homes"),
                                      "start": N, "end": N,
                                      "attributedTo": a source's name or null}]}
                      "number" of a vague figure is the least it can mean ("dozens" 24,
                      "thousands" 2000); offsets are UTF-16 code units, as for analyze.
  --format csv        RFC 4180 CSV (comma, CRLF), one row per figure with the file's columns
                      repeated (a FILE with no figure gets one row, figure columns empty):
                        source, words, loaded_language_per_1000, unattributed_claims,
                        attributed_claims, sources (joined by "; "), value, number, what,
                        start, end, attributed_to
  --bom               With --format csv: start with a UTF-8 byte-order mark (see agree).

agree
-----
Each FILE is checked and matched to the lesson as the app's Class view imports it, and its
annotations are placed on the teacher's texts. For each student and each of the lesson's
tags it prints, against the key:
  precision           Of what the student marked, the share the key marked too.
  recall              Of what the key marked, the share the student marked too.
  F1                  Their harmonic mean.
Credit is partial for overlap (SemEval-2020 Task 11): a student's span that covers half of
a key span earns half of it. A student's or the key's overlapping spans of one tag are
merged first. "All tags" is the micro average: the same sums pooled over every tag.
An article a student left unmarked counts as having nothing to mark. Orphaned annotations
(their passage is no longer in the teacher's text) are counted but not scored.

Class agreement is Krippendorff's alpha (nominal) over word tokens: for each tag, each
rater marks each word of every article or not; "All tags" pools every (word, tag) pair.
It is given twice: over the students only (the key is not a rater), and with the key as
one more rater. 1 is perfect agreement, 0 what chance would give; below 0 is worse.

  --format table      (default) Aligned text for reading: the lesson, the key and how many
                      FILEs were scored or refused, then three tables:
                        per student and tag: Student, Tag, Key, Marked, Precision, Recall, F1
                        per student, all tags: Student, File, Annotations, Orphaned, Key,
                          Marked, Precision, Recall, F1
                        class agreement: Tag, Students (N), Students + key (N+1)
                      "Key" and "Marked" count spans after merging; figures have 3 decimals.
  --format csv        RFC 4180 CSV (comma, CRLF), one row per student and tag, then one row
                      per student for all tags (tag_id "*", tag_label "All tags"). Columns:
                        student, file, tag_id, tag_label, key_spans, marked_spans,
                        precision, recall, f1, annotations, orphaned, class_alpha,
                        class_alpha_with_key
                      annotations and orphaned count the student's annotations with the tag
                      (all of them on the "*" row); class_alpha and class_alpha_with_key are
                      the class's figures for the row's tag, the same on every student's row.
  --bom               With --format csv: start with a UTF-8 byte-order mark, which Excel
                      needs to show accents and emoji (Slant's own CSV downloads have one
                      unless Settings turns it off). Without it, no mark.
  --format json       One JSON object: {"lesson": {"id", "title", "articles"},
                        "tags": [{"id", "label"}], "key": {"file", "annotations", "orphaned"},
                        "students": [{"student", "file", "overall": FIGURES,
                                      "byTag": {TAG_ID: FIGURES}}],
                        "classAlpha": {"tokens", "students": ALPHA, "withKey": ALPHA},
                        "refused": [{"file", "reason", "error"}]}
                      FIGURES: {"keySpans", "markedSpans", "precision", "recall", "f1",
                        "annotations", "orphaned"}; ALPHA: {"raters", "overall",
                        "byTag": {TAG_ID: alpha}}. Numbers are not rounded.
A figure that does not exist is "—" in the table, empty in CSV and null in JSON: precision
when the student marked nothing with the tag, recall when the key has nothing with it, F1
when neither has anything, alpha with fewer than two raters or when every rating is alike.

A FILE is refused, named on stderr with the reason, and the others still scored, when it
cannot be read, is not JSON or not a student's work, is work for another lesson, has no
annotations, was changed by hand after export, or is a second file of the same student
(the first one given is scored).

extract
-------
Each FILE goes through the app's importer: for a saved page, the article Readability finds,
and its metadata from JSON-LD, Open Graph and article: tags, Dublin Core, Parse.ly and
Sailthru tags, microdata, <time datetime> and the byline, cleaned ("By", dates, site names).
  --format jsonl      (default, the only one) One JSON object per line, null when absent:
                        {"source": FILE as given, "title": "...", "author": "..." | null,
                         "publishedAt": ISO 8601 date as the page gives it, with its
                           offset (e.g. "2025-03-08T09:30:00+01:00") | null,
                         "siteName": "..." | null, "url": "https://..." | null,
                         "language": BCP 47 tag | null, "words": N,
                         "warnings": ["..."]}
                      Several authors are joined with ", " in the page's order. "words"
                      counts the extracted text's words, headline included.

learn
-----
  --from FILE         Required. The annotations, one JSON object per line in the shape
                      analyze prints: {"source", "tag", "start", "end"}; other fields are
                      ignored, so analyze's output, corrected by hand, can be fed back.
                      "source" names a FILE (matched by resolved path); offsets are UTF-16
                      code units into that FILE's text, as analyze gives them.
  --tag TAG           Learn only TAG; by default every tag in the annotations.
  --out FILE          Required. Where to write the models (JSON), for analyze --model.
  FILE...             The texts: those the annotations point to, and texts where the tag
                      was never marked, which teach what it is not. Thousands are fine.
"loaded-language" starts from the built-in model and adapts it; any other tag is learned
from the annotations alone. It prints, per tag, how many annotations it learned from.

Exit codes:
  0  every FILE was analysed (analyze, figures), scored (agree), extracted (extract) or
     learned from (learn)
  1  some FILE could not be read, is not a supported type (analyze, extract, figures,
     learn), holds no article (extract) or was refused (agree); it is named on stderr with
     the reason and the other FILEs are still processed and printed
  2  usage error (unknown command or option, missing KEY or FILE); for agree also a KEY
     that cannot be read, is not a lesson pack or has no answer key: nothing is printed;
     for analyze a --model that is missing or not a model file: nothing is printed; for
     learn an ANNOTATIONS file that is missing or not in the JSONL shape, or nothing to
     learn from: nothing is written

Results go to stdout; errors and warnings go to stderr.

Examples:
  npm run slant -- analyze seeds/*.txt
  slant analyze --format w3c article.html notes.md > annotations.jsonld
  slant agree lesson-with-key.json work/*.json
  slant agree --format csv lesson-with-key.json work/*.json > scores.csv
  slant extract saved-pages/*.html > metadata.jsonl
  slant figures --format csv seeds/*.txt > figures.csv
  slant analyze --point more articles/*.txt > suggestions.jsonl
  slant learn --from corrected.jsonl --out model.json articles/*.txt
  slant analyze --model model.json new-article.html
`;
