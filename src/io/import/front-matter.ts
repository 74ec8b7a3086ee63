/**
 * Reads the metadata block at the top of a Markdown file (`---` YAML `---`), as written by
 * static-site generators, note apps and "save page as Markdown" browser extensions. Only flat
 * `key: value` pairs and lists of strings are needed, so this reads that much of YAML and
 * ignores the rest rather than pulling in a full YAML parser.
 */
import { keyedRecord, ownValue } from '../../domain/keyed-record';

export type FrontMatter = Record<string, string | string[]>;

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (!quoted) return value.replace(/\s+#.*$/, '');
  const inner = quoted[2] ?? '';
  return quoted[1] === '"' ? inner.replace(/\\(["\\])/g, '$1') : inner.replace(/''/g, "'");
}

function inlineList(value: string): string[] | undefined {
  const list = /^\[(.*)\]$/.exec(value);
  if (!list) return undefined;
  return (list[1] ?? '')
    .split(',')
    .map((item) => unquote(item.trim()))
    .filter((item) => item.length > 0);
}

export function parseFrontMatter(yaml: string): FrontMatter {
  const result: FrontMatter = keyedRecord();
  let listKey: string | undefined;
  for (const line of yaml.split(/\r\n|\r|\n/)) {
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item && listKey !== undefined) {
      const list = result[listKey];
      const value = unquote((item[1] ?? '').trim());
      result[listKey] = Array.isArray(list) ? [...list, value] : [value];
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair) {
      listKey = undefined;
      continue;
    }
    const key = (pair[1] ?? '').toLowerCase();
    const value = (pair[2] ?? '').trim();
    listKey = value === '' ? key : undefined;
    if (value !== '') result[key] = inlineList(value) ?? unquote(value);
  }
  return result;
}

/** The first of `keys` present, lists joined with commas. */
export function frontMatterValue(matter: FrontMatter, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = ownValue(matter, key);
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && value.length > 0) return value.join(', ');
  }
  return undefined;
}
