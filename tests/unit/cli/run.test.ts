import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../../src/cli/run';

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const seed = (name: string) => SEEDS + name;
const SEED_002 = seed('002_7858cea97ce4f018.txt');
const ALL_SEEDS = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .map(seed);

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function slant(argv: string[], extra: Partial<CliIo> = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...extra,
  });
  return { code, stdout, stderr };
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('slant analyze (jsonl)', () => {
  it('prints suggestions whose offsets index the .txt file read as UTF-8', async () => {
    const { code, stdout, stderr } = await slant(['analyze', SEED_002]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const text = readFileSync(SEED_002, 'utf8').replace(/^\uFEFF/, '');
    const lines = jsonLines(stdout);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['source', 'tag', 'start', 'end', 'exact', 'reason']);
      expect(line.source).toBe(SEED_002);
      expect(['loaded-language', 'unattributed-claim', 'outlet-affiliation']).toContain(line.tag);
      expect(text.slice(line.start as number, line.end as number)).toBe(line.exact);
    }
    expect(lines).toContainEqual(
      expect.objectContaining({ tag: 'outlet-affiliation', exact: 'Bild' }),
    );
    expect(
      lines.some(
        (line) =>
          line.tag === 'unattributed-claim' && String(line.exact).includes('It is estimated'),
      ),
    ).toBe(true);
  });

  it('keeps offsets into the file when it starts with a byte order mark', async () => {
    const body = 'Experts say the “regime” is finished, it is estimated.';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);
    const { code, stdout } = await slant(['analyze', 'bom.txt'], {
      readBytes: () => Promise.resolve(bytes),
    });
    expect(code).toBe(0);
    const lines = jsonLines(stdout);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(body.slice(line.start as number, line.end as number)).toBe(line.exact);
    }
  });

  it('analyses the extracted text of a Markdown file', async () => {
    const markdown = '# Headline\n\nIt is estimated that thousands fled, **Bild** reported.\n';
    const { code, stdout } = await slant(['analyze', 'story.md'], {
      readBytes: () => Promise.resolve(new TextEncoder().encode(markdown)),
    });
    expect(code).toBe(0);
    const text = 'Headline\nIt is estimated that thousands fled, Bild reported.';
    const lines = jsonLines(stdout);
    expect(lines).toContainEqual(
      expect.objectContaining({ source: 'story.md', tag: 'outlet-affiliation', exact: 'Bild' }),
    );
    for (const line of lines) {
      expect(text.slice(line.start as number, line.end as number)).toBe(line.exact);
    }
  });

  it('names an unreadable file, exits 1 and still prints the others', async () => {
    const missing = seed('does-not-exist.txt');
    const { code, stdout, stderr } = await slant(['analyze', missing, SEED_002]);
    expect(code).toBe(1);
    expect(stderr).toContain(missing);
    expect(jsonLines(stdout).every((line) => line.source === SEED_002)).toBe(true);
    expect(jsonLines(stdout).length).toBeGreaterThan(0);
  });

  it('refuses an unsupported file type with exit 1', async () => {
    const { code, stderr } = await slant(['analyze', 'photo.png'], {
      readBytes: () => Promise.resolve(new Uint8Array([0x89, 0x50, 0x4e, 0x47])),
    });
    expect(code).toBe(1);
    expect(stderr).toContain('photo.png');
  });
});

describe('slant analyze --format w3c', () => {
  it('prints one AnnotationCollection with as many annotations as jsonl lines', async () => {
    const jsonl = await slant(['analyze', ...ALL_SEEDS]);
    const w3c = await slant(['analyze', '--format', 'w3c', ...ALL_SEEDS]);
    expect(w3c.code).toBe(0);
    const collection = JSON.parse(w3c.stdout) as {
      type: string;
      total: number;
      first: { items: { body: { purpose: string; value: string }[]; creator: unknown }[] };
    };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(jsonLines(jsonl.stdout).length);
    expect(collection.first.items).toHaveLength(collection.total);
    const [first] = collection.first.items;
    expect(first?.creator).toEqual({ type: 'Person', name: 'slant analyze' });
    expect(first?.body.some((b) => b.purpose === 'commenting' && b.value.length > 0)).toBe(true);
  });

  it('accepts --format=w3c', async () => {
    const { code, stdout } = await slant(['analyze', '--format=w3c', SEED_002]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ type: 'AnnotationCollection' });
  });
});

describe('slant usage', () => {
  it.each([
    [['analyze', '--bogus', SEED_002]],
    [['analyze', '--format', 'xml', SEED_002]],
    [['analyze']],
    [['frobnicate']],
    [[]],
  ])('exits 2 with a pointer to --help for %j', async (argv) => {
    const { code, stdout, stderr } = await slant(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--help');
  });

  it('explains every command, option, format and exit code in --help', async () => {
    const { code, stdout } = await slant(['--help']);
    expect(code).toBe(0);
    for (const word of ['analyze', '--format', 'jsonl', 'w3c', '--help', '.txt', '.md', '.html']) {
      expect(stdout).toContain(word);
    }
    expect(stdout).toMatch(/UTF-16/);
    expect(stdout).toMatch(/Exit codes/);
    expect((await slant(['analyze', '--help'])).stdout).toBe(stdout);
  });
});
