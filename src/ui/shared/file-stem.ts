/** A name made safe for the start of a download's file name: `Syria coast` → `Syria-coast`. */
export const fileStem = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60) || 'slant';
