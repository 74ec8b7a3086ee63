import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/domain/content-hash';
import { run, type CliIo } from '../../../src/cli/run';
import {
  CLAIM,
  FIXTURES,
  HEADLINE,
  TEXT,
  agreeFixtures,
  committedFiles,
  mark,
  type AgreeFixtures,
} from './agree-fixtures';
import { toStudentWork } from '../../../src/io/class';

const SEED_000 = fileURLToPath(new URL('../../../seeds/000_da10e5d0690c0007.txt', import.meta.url));

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

let fx: AgreeFixtures;
beforeAll(async () => {
  fx = await agreeFixtures();
});

/** Runs `slant argv`, reading `files` by name from memory and any other path from disk. */
async function slant(argv: string[], files: Record<string, string> = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const readBytes: CliIo['readBytes'] = async (path) => {
    const text = files[path];
    return text === undefined
      ? new Uint8Array(await readFile(path))
      : new TextEncoder().encode(text);
  };
  const code = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readBytes,
  });
  return { code, stdout, stderr };
}

const good = () => ({ 'key.json': fx.key, 'ana.json': fx.ana, 'ben.json': fx.ben });

interface FiguresJson {
  keySpans: number;
  markedSpans: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  annotations: number;
  orphaned: number;
}
interface AlphaJson {
  raters: number;
  overall: number | null;
  byTag: Record<string, number | null>;
}
interface AgreeJson {
  lesson: { id: string; title: string; articles: number };
  tags: { id: string; label: string }[];
  key: { file: string; annotations: number; orphaned: number };
  students: {
    student: string;
    file: string;
    overall: FiguresJson;
    byTag: Record<string, FiguresJson>;
  }[];
  classAlpha: { tokens: number; students: AlphaJson; withKey: AlphaJson };
  refused: { file: string; reason: string; error: string }[];
}

async function agreeJson(files: string[], virtual: Record<string, string> = good()) {
  const result = await slant(['agree', '--format', 'json', 'key.json', ...files], virtual);
  return { ...result, json: JSON.parse(result.stdout) as AgreeJson };
}

const figures = (
  precision: number | null,
  recall: number | null,
  f1: number | null,
  keySpans: number,
  markedSpans: number,
  annotations = markedSpans,
  orphaned = 0,
) => ({ keySpans, markedSpans, precision, recall, f1, annotations, orphaned });

describe('the agree fixtures', () => {
  it('are two sentences of seed 000, verbatim', async () => {
    const seed = readFileSync(SEED_000, 'utf8');
    expect(seed.startsWith(`${HEADLINE}\n`)).toBe(true);
    expect(seed).toContain(`\n${CLAIM} `);
    expect(fx.document.contentHash).toBe(await contentHash(TEXT));
  });

  it('are committed as agree-fixtures.ts builds them', () => {
    for (const [name, text] of Object.entries(committedFiles(fx))) {
      expect(readFileSync(FIXTURES + name, 'utf8'), `${name}: see agree-fixtures.ts`).toBe(text);
    }
  });
});

describe('slant agree (one exact student, one half-overlapping)', () => {
  // The text has 37 word tokens ("7,000" is two). The key marks "Slaughtered" (loaded
  // language) and "Reports suggest that Israeli and Russian officials have met" (9 tokens,
  // unattributed claim). Ana marks the same two spans; Ben marks "Christians Slaughtered"
  // (22 characters, the key's 11 among them) and no claim.
  it('scores each student per tag and overall, by hand', async () => {
    const { code, stderr, json } = await agreeJson(['ana.json', 'ben.json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const [ana, ben] = json.students;
    expect(ana).toEqual({
      student: 'Ana',
      file: 'ana.json',
      overall: figures(1, 1, 1, 2, 2),
      byTag: {
        'loaded-language': figures(1, 1, 1, 1, 1),
        'unattributed-claim': figures(1, 1, 1, 1, 1),
      },
    });
    // Loaded language: precision 11/22, recall 11/11, F1 2·½·1/(½+1) = 2/3.
    // Unattributed claim: nothing marked, so no precision; recall 0, F1 0.
    // All tags: precision ½ over 1 marked span, recall (1 + 0) / 2 key spans, F1 ½.
    expect(ben?.byTag['loaded-language']).toEqual(figures(0.5, 1, 2 / 3, 1, 1));
    expect(ben?.byTag['unattributed-claim']).toEqual(figures(null, 0, 0, 1, 0));
    expect(ben?.overall).toEqual(figures(0.5, 0.5, 0.5, 2, 1));
    expect(json.refused).toEqual([]);
  });

  it('measures the class’s alpha over the students, and with the key as a rater', async () => {
    const { json } = await agreeJson(['ana.json', 'ben.json']);
    const { tokens, students, withKey } = json.classAlpha;
    expect(tokens).toBe(37);
    // Nominal alpha with binary ratings: 1 − (n − 1)·D / (n² − n₁² − n₀²), where n counts
    // ratings, n₁ the marks, and D adds m² − Σcount² over m − 1 for each unit rated m times.
    // Students alone, 37 units of 2 ratings per tag (n = 74):
    //   loaded: marks 1 + 2 = 3, one split unit (D = 2): 1 − 73·2 / (74² − 3² − 71²);
    //   claim: Ana's 9 tokens, none of Ben's (D = 18): 1 − 73·18 / (74² − 9² − 65²);
    //   all tags, 74 units (n = 148, 12 marks, D = 20): 1 − 147·20 / (148² − 12² − 136²).
    expect(students.raters).toBe(2);
    expect(students.byTag['loaded-language']).toBeCloseTo(1 - 146 / 426, 12);
    expect(students.byTag['unattributed-claim']).toBeCloseTo(1 - 1314 / 1170, 12);
    expect(students.overall).toBeCloseTo(1 - 2940 / 3264, 12);
    // With the key, 3 ratings per unit (n = 111); a 2–1 split unit adds D = 2:
    //   loaded: 4 marks, only "Christians" split: 1 − 110·2 / (111² − 4² − 107²);
    //   claim: 18 marks, 9 split units: 1 − 110·18 / (111² − 18² − 93²);
    //   all tags (n = 222, 22 marks, D = 20): 1 − 221·20 / (222² − 22² − 200²).
    expect(withKey.raters).toBe(3);
    expect(withKey.byTag['loaded-language']).toBeCloseTo(1 - 220 / 856, 12);
    expect(withKey.byTag['unattributed-claim']).toBeCloseTo(1 - 1980 / 3348, 12);
    expect(withKey.overall).toBeCloseTo(1 - 4420 / 8800, 12);
  });

  it('prints an aligned table by default', async () => {
    const { code, stdout, stderr } = await slant(
      ['agree', 'key.json', 'ana.json', 'ben.json'],
      good(),
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'Lesson: “Killings on Syria’s coast” (1 article, 2 tags)',
        'Key: key.json, 2 annotations',
        'Students: 2 scored, 0 refused',
        '',
        'Against the key, per tag (precision, recall and F1, with partial credit for overlap):',
        '',
        'Student  Tag                 Key  Marked  Precision  Recall     F1',
        'Ana      Loaded language       1       1      1.000   1.000  1.000',
        'Ana      Unattributed claim    1       1      1.000   1.000  1.000',
        'Ben      Loaded language       1       1      0.500   1.000  0.667',
        'Ben      Unattributed claim    1       0          —   0.000  0.000',
        '',
        'Against the key, all tags (micro average):',
        '',
        'Student  File      Annotations  Orphaned  Key  Marked  Precision  Recall     F1',
        'Ana      ana.json            2         0    2       2      1.000   1.000  1.000',
        'Ben      ben.json            1         0    2       1      0.500   0.500  0.500',
        '',
        '— no figure: precision when the student marked nothing with the tag,',
        '  recall when the key has nothing with it.',
        '',
        "Class agreement: Krippendorff's alpha over 37 word tokens per tag:",
        '',
        'Tag                 Students (2)  Students + key (3)',
        'Loaded language            0.657               0.743',
        'Unattributed claim        -0.123               0.409',
        'All tags                   0.099               0.498',
        '',
      ].join('\n'),
    );
  });

  it('reads the committed files from disk', async () => {
    const paths = ['key.json', 'ana.json', 'ben.json'].map((name) => FIXTURES + name);
    const { code, stdout, stderr } = await slant(['agree', ...paths]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(`Key: ${FIXTURES}key.json, 2 annotations`);
    expect(stdout).toMatch(/^Ben {6}Loaded language {7}1 {7}1 {6}0\.500 {3}1\.000 {2}0\.667$/m);
  });

  it('gives one CSV row per student and tag, then one for all tags', async () => {
    const { code, stdout } = await slant(
      ['agree', '--format=csv', 'key.json', 'ana.json', 'ben.json'],
      good(),
    );
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe(
      'student,file,tag_id,tag_label,key_spans,marked_spans,precision,recall,f1,annotations,orphaned,class_alpha,class_alpha_with_key',
    );
    expect(lines).toHaveLength(1 + 2 * 3 + 1);
    expect(lines.at(-1)).toBe('');
    expect(stdout.replace(/\r\n/g, '')).not.toContain('\n');
    const rows = Papa.parse<string[]>(stdout.trimEnd(), { newline: '\r\n' }).data;
    expect(rows.slice(1).map((row) => row.slice(0, 4).join(' '))).toEqual([
      'Ana ana.json loaded-language Loaded language',
      'Ana ana.json unattributed-claim Unattributed claim',
      'Ana ana.json * All tags',
      'Ben ben.json loaded-language Loaded language',
      'Ben ben.json unattributed-claim Unattributed claim',
      'Ben ben.json * All tags',
    ]);
    // Ben on claims: no precision is an empty cell; the class's alpha is a plain number.
    expect(rows[5]?.slice(4)).toEqual([
      '1',
      '0',
      '',
      '0',
      '0',
      '0',
      '0',
      String(1 - 1314 / 1170),
      String(1 - 1980 / 3348),
    ]);
    expect(rows[4]?.slice(6, 9)).toEqual(['0.5', '1', String(2 / 3)]);
  });

  it('keeps a student’s name from running as a spreadsheet formula', async () => {
    const sneaky = toStudentWork(
      { ...fx.lesson, role: 'student' },
      '=HYPERLINK("http://evil.example")',
      [fx.document],
      [mark(fx.document, 'Slaughtered', 'loaded-language', 'x')],
    );
    const { stdout } = await slant(['agree', '--format', 'csv', 'key.json', 'x.json'], {
      ...good(),
      'x.json': sneaky,
    });
    expect(stdout).toContain(`"'=HYPERLINK(""http://evil.example"")",x.json,`);
  });
});

describe('slant agree with bad files', () => {
  const bad = () => ({
    ...good(),
    'notes.txt': fx.notJson,
    'cleo.json': fx.otherLesson,
    'ana-again.json': fx.anaAgain,
    'eve.json': fx.noAnnotations,
    'dan.json': fx.tampered,
  });
  const order = [
    'notes.txt',
    'ana.json',
    'cleo.json',
    'missing.json',
    'ana-again.json',
    'ben.json',
    'eve.json',
    'dan.json',
  ];

  it('flags a file whose work is the same as another’s on stderr, and scores both', async () => {
    const copy = JSON.stringify({ ...JSON.parse(fx.ana), student: 'Copy Cat' });
    const { code, stderr, json } = await agreeJson(['ana.json', 'copy.json'], {
      ...good(),
      'copy.json': copy,
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^slant: copy\.json: 100% of its passages and tags are the same as .+’s \(ana\.json\); check that they worked on their own\.\n$/,
    );
    expect(json.students.map((s) => s.student)).toContain('Copy Cat');
  });

  it('names each refused file with its reason on stderr, exits 1 and scores the rest', async () => {
    const { code, stdout, stderr } = await slant(['agree', 'key.json', ...order], bad());
    expect(code).toBe(1);
    const messages = stderr.split(/\n(?=slant: )/);
    expect(messages).toHaveLength(6);
    const [notes, cleo, missing, again, eve, dan] = messages;
    expect(notes).toMatch(/^slant: “notes\.txt” /);
    expect(cleo).toBe(
      'slant: “cleo.json” is work for the lesson “Week 2: framing”, not for “Killings on Syria’s coast”.',
    );
    expect(missing).toBe('slant: cannot read missing.json: no such file');
    expect(again).toMatch(/^slant: “ana-again\.json” is the work of “ana”, who already handed in/);
    expect(again).toMatch(/Only the first file of each student is scored\.$/);
    expect(again).not.toContain('Replace');
    expect(eve).toMatch(/^slant: “eve\.json” has no annotations/);
    expect(dan).toMatch(/^slant: “dan\.json” was changed after it was exported, or is damaged/);
    expect(stdout).toContain('Students: 2 scored, 6 refused (named on stderr)');
    expect(stdout).toMatch(/^Ana {6}Unattributed claim {4}1 {7}1 {6}1\.000/m);
    expect(stdout).toMatch(/^Ben {6}Loaded language {7}1 {7}1 {6}0\.500/m);
    expect(stdout).not.toMatch(/Cleo|Eve|Dan|notes/);
  });

  it('lists the refused files and their reasons in JSON, and scores as without them', async () => {
    const withBad = await agreeJson(order, bad());
    const without = await agreeJson(['ana.json', 'ben.json']);
    expect(withBad.code).toBe(1);
    expect(withBad.json.refused.map((r) => [r.file, r.reason])).toEqual([
      ['notes.txt', 'unreadable'],
      ['cleo.json', 'other-lesson'],
      ['missing.json', 'cannot-read'],
      ['ana-again.json', 'duplicate-student'],
      ['eve.json', 'no-annotations'],
      ['dan.json', 'tampered'],
    ]);
    expect(withBad.json.students).toEqual(without.json.students);
    expect(withBad.json.classAlpha).toEqual(without.json.classAlpha);
  });

  it('exits 1 with the header alone when every FILE is refused', async () => {
    const table = await slant(['agree', 'key.json', 'eve.json', 'missing.json'], bad());
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('Students: 0 scored, 2 refused');
    expect(table.stdout).toContain('No student’s work could be scored.');
    const csv = await slant(['agree', '--format', 'csv', 'key.json', 'eve.json'], bad());
    expect(csv.code).toBe(1);
    expect(csv.stdout).toBe(
      'student,file,tag_id,tag_label,key_spans,marked_spans,precision,recall,f1,annotations,orphaned,class_alpha,class_alpha_with_key\r\n',
    );
  });

  it('refuses work made on a different version of the article’s text, naming the file and the reason', async () => {
    // Gus's copy of the article was edited before he marked it.
    const drifted = {
      ...fx.document,
      text: TEXT.replace('Slaughtered', 'Butchered'),
      contentHash: await contentHash(TEXT.replace('Slaughtered', 'Butchered')),
    };
    const gus = toStudentWork(
      { ...fx.lesson, role: 'student' },
      'Gus',
      [drifted],
      [mark(drifted, 'Butchered', 'loaded-language', 'Gus')],
    );
    const result = await slant(['agree', 'key.json', 'gus.json'], { ...good(), 'gus.json': gus });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `slant: “gus.json” was made on a different version of the text of “${fx.document.title}”`,
    );
  });

  it('counts orphaned annotations but does not score them', async () => {
    // Fay's Slant could not place her loaded word after an edit it later undid: it is an orphan.
    const butchered = mark(
      { ...fx.document, text: TEXT.replace('Slaughtered', 'Butchered') },
      'Butchered',
      'loaded-language',
      'Fay',
    );
    const fay = toStudentWork(
      { ...fx.lesson, role: 'student' },
      'Fay',
      [fx.document],
      [
        { ...butchered, status: 'orphaned' },
        mark(
          fx.document,
          'Reports suggest that Israeli and Russian officials have met',
          'unattributed-claim',
          'Fay',
        ),
      ],
    );
    const { code, json } = await agreeJson(['fay.json'], { ...good(), 'fay.json': fay });
    expect(code).toBe(0);
    expect(json.students[0]?.overall).toEqual(figures(1, 0.5, 2 / 3, 2, 1, 2, 1));
    expect(json.students[0]?.byTag['loaded-language']).toEqual(figures(null, 0, 0, 1, 0, 1, 1));
    // One student: nothing to compare without the key.
    expect(json.classAlpha.students).toEqual({
      raters: 1,
      overall: null,
      byTag: { 'loaded-language': null, 'unattributed-claim': null },
    });
    const table = await slant(['agree', 'key.json', 'fay.json'], { ...good(), 'fay.json': fay });
    expect(table.stdout).toMatch(/^Fay {6}fay\.json {12}2 {9}1 {4}2 {7}1/m);
    // With the key, all tags: 148 ratings, 19 marks, one split unit: 1 − 147·2 / (148² − 19² − 129²).
    expect(json.classAlpha.withKey.overall).toBeCloseTo(1 - 294 / 4902, 12);
    expect(table.stdout).toMatch(/^All tags +— +0\.940$/m);
    expect(table.stdout).toContain('— no figure: needs the work of at least two students.');
  });
});

describe('slant agree with a bad KEY', () => {
  it.each([
    [
      'a pack without the key',
      'pack.json',
      /“pack\.json” is the lesson pack of .* with no answer key/,
    ],
    [
      'a student’s work',
      'ana.json',
      /“ana\.json” is not a Slant lesson pack \(it is a student’s work/,
    ],
    ['a missing file', 'nowhere.json', /cannot read nowhere\.json: no such file/],
    ['not JSON', 'notes.txt', /“notes\.txt” /],
  ])('exits 2 and prints nothing for %s', async (_, key, message) => {
    const files = { ...good(), 'pack.json': fx.studentPack, 'notes.txt': fx.notJson };
    const { code, stdout, stderr } = await slant(['agree', key, 'ana.json', 'ben.json'], files);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^slant: KEY: /);
    expect(stderr).toMatch(message);
  });

  it('refuses a key that is there but empty', async () => {
    const pack = fx.key.replace(/"key": \[[\s\S]*\]\n\}/, '"key": []\n}');
    const { code, stderr } = await slant(['agree', 'empty-key.json', 'ana.json'], {
      ...good(),
      'empty-key.json': pack,
    });
    expect(code).toBe(2);
    expect(stderr).toContain('with an empty answer key');
  });
});

describe('slant agree usage', () => {
  it.each([
    [['agree']],
    [['agree', 'key.json']],
    [['agree', '--format', 'xml', 'key.json', 'ana.json']],
    [['agree', '--format']],
    [['agree', '--bogus', 'key.json', 'ana.json']],
  ])('exits 2 with a pointer to --help for %j', async (argv) => {
    const { code, stdout, stderr } = await slant(argv, good());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--help');
  });

  it('names the formats it knows', async () => {
    const { stderr } = await slant(['agree', '--format', 'xml', 'key.json', 'ana.json']);
    expect(stderr).toContain('unknown format "xml"; use --format table, csv or json.');
  });

  it('is explained in --help: arguments, formats, columns, exit codes and an example', async () => {
    const { stdout } = await slant(['--help']);
    for (const text of [
      'slant agree [--format table|csv|json] KEY FILE...',
      '--format table',
      '--format csv',
      '--format json',
      'student, file, tag_id, tag_label, key_spans, marked_spans,',
      'class_alpha_with_key',
      "Krippendorff's alpha",
      'over the students only (the key is not a rater)',
      'with the key as\none more rater',
      'partial',
      'Orphaned',
      'slant agree lesson-with-key.json work/*.json',
      'no answer key: nothing is printed',
    ]) {
      expect(stdout).toContain(text);
    }
    expect((await slant(['agree', '--help'])).stdout).toBe(stdout);
    expect((await slant(['agree', 'key.json', '-h'])).stdout).toBe(stdout);
  });
});
