/**
 * Chart labels that fit and can be told apart: a name that fits is kept; a longer one is cut at
 * a word boundary ("Russia may work…", never "Russia may work wi…"); labels that would still
 * read the same are numbered. The full name goes in the tooltip and the SVG's text beside it.
 */
export function shortLabels(names: readonly string[], fits: (label: string) => boolean): string[] {
  const cut = names.map((name) => {
    if (fits(name)) return name;
    const words = name.split(/\s+/).filter(Boolean);
    for (let count = words.length - 1; count > 0; count -= 1) {
      const label = `${words
        .slice(0, count)
        .join(' ')
        .replace(/[\s,;:.–—-]+$/, '')}…`;
      if (fits(label)) return label;
    }
    return '';
  });
  const seen = new Map<string, number>();
  const repeated = new Set(cut.filter((label, i) => cut.indexOf(label) !== i));
  return cut.map((label) => {
    if (!repeated.has(label)) return label;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return `${label} (${n})`;
  });
}
