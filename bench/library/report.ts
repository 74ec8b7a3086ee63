/**
 * The library benchmark's result: per library size, the figures issue 19 asks for; how each grew
 * from the smallest size to the largest; and the table a person reads.
 */

export interface SizeFigures {
  articles: number;
  annotations: number;
  /** Navigation start until every document is listed (a cold page). */
  list_open_ms: number | null;
  /** A click on "Library" in the navigation until every document is listed. */
  list_ms: number | null;
  /** A key typed in the search box until the list shows its answer: median, and the worst. */
  search_ms: number | null;
  search_ms_max: number | null;
  /** An outlet or affiliation chosen (or unchosen) until the list shows its answer. */
  filter_ms: number | null;
  backup_ms: number | null;
  backup_mb: number | null;
  backup_heap_mb: number | null;
  restore_ms: number | null;
  restore_heap_mb: number | null;
  compare_ms: number | null;
}

export type Figure = Exclude<keyof SizeFigures, 'articles' | 'annotations'>;

export const TARGETS: Partial<Record<Figure, number>> = {
  list_ms: 100,
  search_ms: 100,
  filter_ms: 100,
  backup_ms: 5000,
  backup_heap_mb: 500,
  restore_ms: 15000,
  restore_heap_mb: 500,
  compare_ms: 2000,
};

const FIGURES: Figure[] = [
  'list_open_ms',
  'list_ms',
  'search_ms',
  'search_ms_max',
  'filter_ms',
  'backup_ms',
  'backup_mb',
  'backup_heap_mb',
  'restore_ms',
  'restore_heap_mb',
  'compare_ms',
];

export interface Report {
  sizes: SizeFigures[];
  /** Largest size's figure over the smallest's, beside how much the library grew. */
  growth: Partial<Record<Figure, number | null>> & { articles: number };
  /** Imports, measured once (they do not depend on the library's size). */
  imports?: { longest_task_ms: number | null; batch_files: number; batch_ms: number | null };
}

export function growth(sizes: readonly SizeFigures[]): Report['growth'] {
  const small = sizes[0]!;
  const large = sizes[sizes.length - 1]!;
  const out: Report['growth'] = { articles: large.articles / small.articles };
  for (const figure of FIGURES) {
    const a = small[figure];
    const b = large[figure];
    out[figure] = a && b !== null ? Math.round((b / a) * 100) / 100 : null;
  }
  return out;
}

const show = (value: number | null | undefined) =>
  value === null || value === undefined ? 'n/a' : String(value);

export function printTable(report: Report, notes: readonly string[], seconds: number): string {
  const { sizes } = report;
  const large = sizes[sizes.length - 1]!;
  const header = [
    'figure',
    ...sizes.map((s) => `${s.articles} articles`),
    `growth (×${report.growth.articles} articles)`,
    'target',
    'met',
  ];
  const lines = FIGURES.map((figure) => {
    const target = TARGETS[figure];
    const value = large[figure];
    const met = target === undefined ? '' : value === null ? 'n/a' : value <= target ? 'yes' : 'NO';
    return [
      figure,
      ...sizes.map((s) => show(s[figure])),
      show(report.growth[figure]),
      target === undefined ? '' : `<= ${target}`,
      met,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    '',
    `Slant library benchmark: ${sizes.map((s) => `${s.articles} articles / ${s.annotations.toLocaleString('en')} annotations`).join(', ')}`,
    format(header),
    format(widths.map((w) => '-'.repeat(w))),
    ...lines.map(format),
    '',
    ...(report.imports
      ? [
          `imports: longest main-thread task ${show(report.imports.longest_task_ms)} ms (target <= 100); ` +
            `${report.imports.batch_files} files at once in ${show(report.imports.batch_ms)} ms (target <= 60000)`,
        ]
      : []),
    ...notes.map((n) => `note: ${n}`),
    `(${seconds.toFixed(0)} s)`,
  ].join('\n');
}
