/** The benchmark's result: the figures the issue asks for, and the table a person reads. */
export interface Report {
  open_ms: number | null;
  annotate_ms_p50: number | null;
  keystroke_ms_p50: number | null;
  heap_mb: number | null;
  ratio_open: number | null;
  ratio_annotate: number | null;
  words: number;
  annotations: number;
  peer: {
    name: string;
    version: string;
    open_ms: number | null;
    annotate_ms_p50: number | null;
    heap_mb: number | null;
  };
}

/** The targets of ARCHITECTURE.md §6's benchmark issue: each figure at most this. */
export const TARGETS = {
  open_ms: 1500,
  annotate_ms_p50: 50,
  keystroke_ms_p50: 50,
  heap_mb: 300,
  ratio_open: 1,
  ratio_annotate: 1,
} as const;

export interface RunFacts {
  opens: number;
  tags: number;
  peerTags: number;
  keys: number;
  seconds: number;
  notes: string[];
}

const show = (value: number | null | undefined) =>
  value === null || value === undefined ? 'null' : String(value);

export function printTable(report: Report, facts: RunFacts): void {
  const peerName = `${report.peer.name} ${report.peer.version}`;
  const rows: [string, number | null, number | null | undefined, string][] = [
    ['open_ms', report.open_ms, report.peer.open_ms, `median of ${facts.opens} opens`],
    [
      'annotate_ms_p50',
      report.annotate_ms_p50,
      report.peer.annotate_ms_p50,
      `median of ${facts.tags} (peer ${facts.peerTags}) tags`,
    ],
    ['keystroke_ms_p50', report.keystroke_ms_p50, undefined, `median of ${facts.keys} keys`],
    ['heap_mb', report.heap_mb, report.peer.heap_mb, 'after opening, after a GC'],
    ['ratio_open', report.ratio_open, undefined, 'Slant / peer'],
    ['ratio_annotate', report.ratio_annotate, undefined, 'Slant / peer'],
  ];
  const header = ['figure', 'Slant', 'peer', 'target', 'met', 'how'];
  const lines = rows.map(([name, ours, theirs, how]) => {
    const target = TARGETS[name as keyof typeof TARGETS];
    const met = ours === null ? 'n/a' : ours <= target ? 'yes' : 'NO';
    return [name, show(ours), theirs === undefined ? '' : show(theirs), `<= ${target}`, met, how];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [
    '',
    `Slant editor benchmark: ${report.words.toLocaleString('en')} words, ${report.annotations.toLocaleString('en')} annotations; peer: ${peerName}`,
    format(header),
    format(widths.map((w) => '-'.repeat(w))),
    ...lines.map(format),
    '',
    ...facts.notes.map((n) => `note: ${n}`),
    `(${facts.seconds.toFixed(0)} s)`,
  ];
  console.log(out.join('\n').trimEnd());
}
