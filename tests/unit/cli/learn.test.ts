import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCaptured } from './run-captured';

const slant = runCaptured;

const PRAISE = ['magnificent', 'glorious', 'heroic', 'splendid'];
let dir = '';
const texts: string[] = [];
let annotations = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'slant-learn-'));
  const lines: string[] = [];
  for (let i = 0; i < 12; i += 1) {
    const word = PRAISE[i % PRAISE.length] as string;
    const text = `Report ${i}: the mayor opened the ${word} new harbour on Monday, officials said.\n`;
    const path = join(dir, `article-${i}.txt`);
    writeFileSync(path, text);
    texts.push(path);
    const start = text.indexOf(word);
    // As analyze prints them, extra fields and all; half by a path relative to the working
    // directory, which resolves to the same file.
    const source = i % 2 ? path : relative(process.cwd(), path);
    lines.push(
      JSON.stringify({ source, tag: 'praise', start, end: start + word.length, exact: word }),
    );
  }
  const unmarked = join(dir, 'unmarked.txt');
  writeFileSync(unmarked, 'The council repaired the old bridge on Friday.\n');
  texts.push(unmarked);
  annotations = join(dir, 'annotations.jsonl');
  writeFileSync(annotations, `${lines.join('\n')}\n`);
});

describe('slant learn', () => {
  it('learns a tag from annotations in the JSONL shape analyze prints, and analyze --model uses it', async () => {
    const out = join(dir, 'model.json');
    // Options after the files as well as before.
    const learned = await slant(['learn', ...texts, '--from', annotations, '--out', out]);
    expect(learned).toMatchObject({ code: 0, stderr: '' });
    expect(learned.stdout).toMatch(/praise: learned from 12 annotations in 12 of 13 texts/);
    const file = JSON.parse(readFileSync(out, 'utf8')) as { format: string };
    expect(file.format).toBe('slant-learned-models');

    const fresh = join(dir, 'fresh.txt');
    writeFileSync(fresh, 'Later the mayor praised the glorious new station.\n');
    const analysed = await slant(['analyze', '--model', out, fresh]);
    expect(analysed.code).toBe(0);
    const lines = analysed.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({
        source: fresh,
        tag: 'praise',
        exact: 'glorious',
        reason: 'learned from 12 of your annotations',
      }),
    );
  });

  it('learns only --tag, and refuses a tag nobody marked with exit 2, writing nothing', async () => {
    const out = join(dir, 'none.json');
    const result = await slant([
      'learn',
      '--tag',
      'fear',
      '--from',
      annotations,
      '--out',
      out,
      ...texts,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nothing to learn "fear"/);
    expect(existsSync(out)).toBe(false);
  });

  it('names a FILE it cannot read, learns from the rest, and exits 1', async () => {
    const out = join(dir, 'partial.json');
    const missing = join(dir, 'missing.txt');
    const result = await slant(['learn', '--from', annotations, '--out', out, missing, ...texts]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(missing);
    expect(existsSync(out)).toBe(true);
  });

  it.each([
    ['is not JSON lines', 'not json at all\n'],
    ['lacks the fields', '{"source": "a.txt", "tag": "praise"}\n'],
    ['has an empty span', '{"source": "a.txt", "tag": "praise", "start": 4, "end": 4}\n'],
  ])('refuses an annotations file that %s with exit 2, writing nothing', async (_, content) => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, content);
    const out = join(dir, 'bad-model.json');
    const result = await slant(['learn', '--from', bad, '--out', out, ...texts]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/line 1/);
    expect(existsSync(out)).toBe(false);
  });

  it('writes a kept built-in loaded-language model as a reference, which analyze --model uses', async () => {
    const phrase = 'horrific massacre';
    const lines: string[] = [];
    const files: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const text = `Report ${i}: the ${phrase} in the valley was reported on Tuesday.\n`;
      const path = join(dir, `massacre-${i}.txt`);
      writeFileSync(path, text);
      files.push(path);
      const start = text.indexOf(phrase);
      lines.push(
        JSON.stringify({ source: path, tag: 'loaded-language', start, end: start + phrase.length }),
      );
    }
    const marks = join(dir, 'massacres.jsonl');
    writeFileSync(marks, `${lines.join('\n')}\n`);
    const out = join(dir, 'kept.json');
    const learned = await slant(['learn', '--from', marks, '--out', out, ...files]);
    expect(learned.code).toBe(0);
    expect(learned.stdout).toMatch(/built-in model already suggests them/);
    // No copy of the built-in model's 3.5 MB of weights.
    expect(readFileSync(out, 'utf8').length).toBeLessThan(2000);

    const probe = join(dir, 'probe.txt');
    writeFileSync(probe, 'A horrific massacre followed.\n');
    const withModel = await slant(['analyze', '--model', out, probe]);
    const without = await slant(['analyze', probe]);
    expect(withModel.code).toBe(0);
    expect(withModel.stdout).toContain(`"exact":"${phrase}"`);
    expect(withModel.stdout).toBe(without.stdout);
  });

  it('exits 2 on a missing --from or --out, and analyze on a missing or foreign --model', async () => {
    expect((await slant(['learn', '--out', 'x.json', ...texts])).code).toBe(2);
    expect((await slant(['learn', '--from', annotations, ...texts])).code).toBe(2);
    const missing = await slant(['analyze', '--model', join(dir, 'nope.json'), texts[0]!]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    const foreign = await slant(['analyze', '--model', annotations, texts[0]!]);
    expect(foreign).toMatchObject({ code: 2, stdout: '' });
    expect(foreign.stderr).toMatch(/cannot be used/);
  });
});

describe('slant analyze --point', () => {
  it('suggests at least as much loaded language at "more" as at the default "precise"', async () => {
    const seed = new URL('../../../seeds/000_da10e5d0690c0007.txt', import.meta.url).pathname;
    const count = async (argv: string[]) =>
      (await slant(['analyze', ...argv, seed])).stdout
        .split('\n')
        .filter((l) => l.includes('"loaded-language"')).length;
    const precise = await count([]);
    expect(await count(['--point', 'precise'])).toBe(precise);
    expect(await count(['--point', 'more'])).toBeGreaterThan(precise);
    expect((await slant(['analyze', '--point', 'most', seed])).code).toBe(2);
  });
});
