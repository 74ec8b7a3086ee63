/** What every benchmark runner shares: how Chromium is started, and its numeric options. */

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `--name N` or `--name=N` on the command line, a whole number of at least 1. */
export function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const inline = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const value = Number(inline ?? (at >= 0 ? process.argv[at + 1] : fallback));
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number`);
  return value;
}
