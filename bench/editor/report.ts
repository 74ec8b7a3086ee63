/** The benchmark's result: the figures the issue asks for, and the table a person reads. */
export interface Report {
  open_ms: number | null;
  annotate_ms_p50: number | null;
  annotate_ms_p95: number | null;
  keystroke_ms_p50: number | null;
  keystroke_ms_p95: number | null;
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

/**
 * The targets, each figure at most this: one frame for the one-layer case ("One frame"), and the
 * layered case's own ("Layers": open within 1.5 s, a press within 50 ms).
 */
export const TARGETS = {
  open_ms: 800,
  annotate_ms_p50: 16.7,
  annotate_ms_p95: 33,
  keystroke_ms_p50: 16.7,
  keystroke_ms_p95: 33,
  heap_mb: 150,
  ratio_open: 1,
  ratio_annotate: 0.7,
} as const;

export const LAYERED_TARGETS: Partial<Record<keyof typeof TARGETS, number>> = {
  open_ms: 1500,
  annotate_ms_p50: 50,
  keystroke_ms_p50: 50,
};

export interface RunFacts {
  /** Layers shown at once: more than one takes the layered targets. */
  layers: number;
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
    ['annotate_ms_p95', report.annotate_ms_p95, undefined, `95th percentile of the tags`],
    ['keystroke_ms_p50', report.keystroke_ms_p50, undefined, `median of ${facts.keys} keys`],
    ['keystroke_ms_p95', report.keystroke_ms_p95, undefined, `95th percentile of the keys`],
    ['heap_mb', report.heap_mb, report.peer.heap_mb, 'after opening, after a GC'],
    ['ratio_open', report.ratio_open, undefined, 'Slant / peer'],
    ['ratio_annotate', report.ratio_annotate, undefined, 'Slant / peer'],
  ];
  const header = ['figure', 'Slant', 'peer', 'target', 'met', 'how'];
  const lines = rows.map(([name, ours, theirs, how]) => {
    const figure = name as keyof typeof TARGETS;
    const target = (facts.layers > 1 ? LAYERED_TARGETS[figure] : undefined) ?? TARGETS[figure];
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
    `Slant editor benchmark: ${report.words.toLocaleString('en')} words, ${report.annotations.toLocaleString('en')} annotations${facts.layers > 1 ? ` in each of ${facts.layers} layers` : ''}; peer: ${peerName}`,
    format(header),
    format(widths.map((w) => '-'.repeat(w))),
    ...lines.map(format),
    '',
    ...facts.notes.map((n) => `note: ${n}`),
    `(${facts.seconds.toFixed(0)} s)`,
  ];
  console.log(out.join('\n').trimEnd());
}
