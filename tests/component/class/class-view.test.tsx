import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { loadAllViews } from '../../../src/app/lazy-views';
import { describe as describeRange } from '../../../src/domain/anchoring';
import {
  lessonKeyLayerId,
  lessonWorkLayerId,
  submissionLayerId,
  type AnnotationLayer,
} from '../../../src/domain/layers';
import type { Annotation, Lesson, SlantDocument, Submission } from '../../../src/domain/types';
import { toLessonPack } from '../../../src/io/class';
import { pageDatabase as db } from '../../support/database';
import { freshAppAt } from '../../support/fresh-app';

const SEED_000 = 'seed-000_da10e5d0690c0007';
const SEED_002 = 'seed-002_7858cea97ce4f018';
const LESSON_ID = '6f1c2a4e-8b3d-4c7a-9e21-5d0b7f3a9c11';

// jsdom has neither: a browser's files and downloads give Blobs that read themselves, and scrolls.
Blob.prototype.text ??= function (this: Blob) {
  return new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(this);
  });
};
Element.prototype.scrollIntoView ??= () => {};

// The views load on first use: load them once here, not inside a test's first look for one.
beforeAll(loadAllViews, 120_000);

beforeEach(async () => {
  await freshAppAt('#/class');
});

function mark(
  document: SlantDocument,
  quote: string,
  tagId: string,
  layerId = 'layer-mine',
): Annotation {
  const start = document.text.indexOf(quote);
  return {
    id: crypto.randomUUID(),
    layerId,
    documentId: document.id,
    tagIds: [tagId],
    target: describeRange(document.text, start, start + quote.length),
    note: '',
    fields: {},
    annotator: 'x',
    origin: 'manual',
    status: 'anchored',
    createdAt: '2025-03-12T09:00:00.000Z',
    updatedAt: '2025-03-12T09:00:00.000Z',
  };
}

function layer(
  id: string,
  kind: AnnotationLayer['kind'],
  owner: string,
  readOnly: boolean,
): AnnotationLayer {
  return {
    id,
    kind,
    owner,
    lessonId: LESSON_ID,
    label: kind === 'lesson-key' ? 'Key: Loaded words' : owner,
    colour: '#1f6feb',
    readOnly,
    createdAt: '2025-03-10T08:00:00.000Z',
    updatedAt: '2025-03-10T08:00:00.000Z',
  };
}

const lesson: Lesson = {
  id: LESSON_ID,
  title: 'Loaded words',
  instructions: 'Mark them.',
  documentIds: [SEED_000],
  tagIds: ['loaded-language'],
  role: 'teacher',
  createdAt: '2025-03-10T08:00:00.000Z',
};

/** The teacher's lesson, its key layer (one annotation) and two students' work, each a layer. */
async function teacherLessonWithWork() {
  const seed = (await db.documents.get(SEED_000))!;
  const keyLayer = lessonKeyLayerId(LESSON_ID);
  const submission = (student: string, marks: (layerId: string) => Annotation[]) => {
    const id = crypto.randomUUID();
    const record: Submission = {
      id,
      lessonId: LESSON_ID,
      student,
      layerId: submissionLayerId(id),
      orphanCount: 0,
      exportedAt: '2025-03-12T10:00:00.000Z',
      importedAt: '2025-03-12T11:00:00.000Z',
    };
    return {
      record,
      layer: layer(record.layerId, 'lesson-work', student, true),
      marks: marks(record.layerId),
    };
  };
  const work = [
    submission('Ana', (l) => [mark(seed, 'blood-curdling massacre', 'loaded-language', l)]),
    // "massacre of" (11 characters) shares "massacre" (8) with the key's 23 characters:
    // P = 8/11 = 73%, R = 8/23 = 35%, F1 = 2 · 8 / (11 + 23) = 47%.
    submission('Ben', (l) => [mark(seed, 'massacre of', 'loaded-language', l)]),
  ];
  await db.lessons.add(lesson);
  await db.layers.bulkAdd([layer(keyLayer, 'lesson-key', '', false), ...work.map((w) => w.layer)]);
  await db.annotations.bulkAdd([
    mark(seed, 'blood-curdling massacre', 'loaded-language', keyLayer),
    ...work.flatMap((w) => w.marks),
  ]);
  await db.submissions.bulkAdd(work.map((w) => w.record));
}

const keyOf = () => db.annotations.where('layerId').equals(lessonKeyLayerId(LESSON_ID)).toArray();

describe('Class', () => {
  it('creates a lesson from chosen articles and all tags, and opens it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByLabelText('Title'), 'Week 1');
    await user.click(
      await screen.findByRole('checkbox', { name: /^Alawites and Christians Slaughtered/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Create lesson' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Week 1' })).toBeInTheDocument();
    const [lesson] = await db.lessons.toArray();
    expect(lesson).toMatchObject({ role: 'teacher', documentIds: [SEED_000] });
    expect(lesson?.tagIds).toEqual(['loaded-language', 'unattributed-claim', 'outlet-affiliation']);
    expect(screen.getByText('No key yet.')).toBeInTheDocument();
  }, 30_000);

  it('says what is missing from a new lesson', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByLabelText('Title'), 'Week 1');
    await user.click(screen.getByRole('button', { name: 'Create lesson' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Choose at least one article for the lesson.',
    );
    expect(await db.lessons.count()).toBe(0);
  });

  it('refuses a file that is not a lesson pack, by name, and changes nothing', async () => {
    const user = userEvent.setup();
    render(<App />);
    const input = await screen.findByLabelText('Open a lesson pack…');
    await user.upload(input, new File(['{"format":"slant-backup"'], 'notes.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^“notes\.json”.*Nothing was changed\.$/,
    );
    expect(await db.lessons.count()).toBe(0);
  });

  it('shows each student’s scores and the class agreement', async () => {
    await teacherLessonWithWork();
    window.location.hash = `#/class/${LESSON_ID}`;
    render(<App />);
    const table = await screen.findByRole('table', { name: 'Scores against the key' });
    const cells = (name: string) =>
      within(within(table).getByRole('row', { name: new RegExp(`^${name}`) }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('Ana')).toEqual(['100%', '100%', '100%', '100%', '100%', '100%', '0', 'Show']);
    expect(cells('Ben')).toEqual(['73%', '35%', '47%', '73%', '35%', '47%', '0', 'Show']);
    expect(screen.getByRole('table', { name: 'Class agreement' })).toBeInTheDocument();
    expect(screen.getByText(/^Key: 1 annotation, last changed /)).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Show Ben’s annotations over the text' }));
    expect(screen.getByRole('heading', { name: 'Ben’s annotations' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove Ben’s work…' }));
    await user.click(screen.getByRole('button', { name: 'Remove Ben’s work' }));
    await expect.poll(() => within(table).queryAllByRole('row', { name: /^Ben/ })).toHaveLength(0);
    expect(await db.submissions.count()).toBe(1);
    // Only the submission went, with its layer: the lesson, its key and the articles stay.
    expect((await db.layers.toArray()).map((l) => l.label).sort()).toEqual([
      'Ana',
      'Key: Loaded words',
      'My annotations',
    ]);
    expect(await keyOf()).toHaveLength(1);
  }, 30_000);

  it('lets the teacher edit their lesson, keeping the key and saying it predates the change', async () => {
    await teacherLessonWithWork();
    await db.lessons.update(LESSON_ID, { documentIds: [SEED_000, SEED_002] });
    const key = await keyOf();
    window.location.hash = `#/class/${LESSON_ID}`;
    const user = userEvent.setup();
    render(<App />);

    // Cancel leaves the lesson as it was.
    await user.click(await screen.findByRole('button', { name: 'Edit lesson' }));
    expect(screen.getByRole('heading', { name: 'Edit lesson' })).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Title'));
    await user.type(screen.getByLabelText('Title'), 'Forgotten');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Loaded words' })).toBeInTheDocument();

    // The form starts from the lesson: its title, its two articles and its one tag.
    await user.click(screen.getByRole('button', { name: 'Edit lesson' }));
    const title = screen.getByLabelText('Title');
    expect(title).toHaveValue('Loaded words');
    const russia = await screen.findByRole(
      'checkbox',
      { name: /^Russia may work with US and Israel/ },
      { timeout: 10_000 },
    );
    expect(russia).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Loaded language' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Unattributed claim' })).not.toBeChecked();
    await user.clear(title);
    await user.type(title, 'Loaded words, week 2');
    await user.click(russia);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Loaded words, week 2' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Edit lesson' })).toBeNull();
    const lesson = await db.lessons.get(LESSON_ID);
    expect(lesson).toMatchObject({ title: 'Loaded words, week 2', documentIds: [SEED_000] });
    expect(await keyOf()).toEqual(key);
    expect(await db.submissions.count()).toBe(2);
    const articles = await screen.findByRole('region', { name: 'Articles' });
    expect(within(articles).queryByRole('link', { name: /^Russia may work/ })).toBeNull();
    // The key is not changed by itself: the page says so, beside the ways to change it.
    const keyCard = screen.getByRole('region', { name: 'Answer key' });
    expect(
      await within(keyCard).findByText(
        /^This key was last changed before you changed the lesson’s/,
      ),
    ).toBeInTheDocument();
    expect(within(keyCard).getByRole('button', { name: 'Copy into the key' })).toBeInTheDocument();
    expect(
      within(articles).getByRole('button', { name: /^Annotate the key: Alawites/ }),
    ).toBeInTheDocument();
  }, 30_000);

  it('gives a student their name field and the download, and no key', async () => {
    await teacherLessonWithWork();
    await db.lessons.update(LESSON_ID, { role: 'student' });
    window.location.hash = `#/class/${LESSON_ID}`;
    render(<App />);
    expect(await screen.findByLabelText('Your name')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download my work' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Answer key' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit lesson' })).toBeNull();
    expect(
      screen.getByText(/Nothing leaves this browser until you download it/),
    ).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Your name'), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Download my work' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You have not marked anything');
  });

  it('downloads only the student’s lesson work, never the practice they did on the same article before', async () => {
    const seed = (await db.documents.get(SEED_000))!;
    // Practice on sample article 000, before the lesson: in the student's own layer.
    await db.annotations.add(mark(seed, 'blood-curdling massacre', 'loaded-language'));
    const tags = await db.tags.toArray();
    const pack = toLessonPack(lesson, [seed], tags);
    const user = userEvent.setup();
    render(<App />);
    await user.upload(
      await screen.findByLabelText('Open a lesson pack…'),
      new File([pack], 'loaded-words.lesson.json'),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Loaded words' }),
    ).toBeInTheDocument();
    const articles = await screen.findByRole('region', { name: 'Articles' });
    // The practice annotation is not counted as lesson work…
    expect(await within(articles).findByText('not annotated yet')).toBeInTheDocument();
    // …and is not in the file, which holds only what was marked in the lesson's layer.
    await db.annotations.add(
      mark(seed, 'massacre of', 'loaded-language', lessonWorkLayerId(LESSON_ID)),
    );
    expect(await within(articles).findByText('1 annotation of yours')).toBeInTheDocument();
    const downloaded: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (downloaded.push(blob), 'blob:work');
    URL.revokeObjectURL = () => {};
    await user.type(screen.getByLabelText('Your name'), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Download my work' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      /^Downloaded Loaded-words\.Ana\.work\.json/,
    );
    const work = JSON.parse(await downloaded[0]!.text()) as { annotations: Annotation[] };
    expect(work.annotations.map((a) => a.target.exact)).toEqual(['massacre of']);
  }, 30_000);

  it('imports three students’ work as three read-only layers and scores each against the key', async () => {
    await teacherLessonWithWork();
    await db.submissions.clear();
    await db.layers.where('kind').equals('lesson-work').delete();
    const seed = (await db.documents.get(SEED_000))!;
    const { toStudentWork } = await import('../../../src/io/class');
    const file = (student: string, quote: string) =>
      new File(
        [
          toStudentWork(
            { ...lesson, role: 'student' },
            student,
            [seed],
            [mark(seed, quote, 'loaded-language', lessonWorkLayerId(LESSON_ID))],
          ),
        ],
        `${student}.work.json`,
      );
    window.location.hash = `#/class/${LESSON_ID}`;
    const user = userEvent.setup();
    render(<App />);
    await user.upload(await screen.findByLabelText('Import students’ work…'), [
      file('Ana', 'blood-curdling massacre'),
      file('Ben', 'massacre of'),
      file('Cleo', 'blood-curdling'),
    ]);
    const handedIn = await screen.findByRole(
      'list',
      { name: 'Work handed in' },
      { timeout: 10_000 },
    );
    await expect
      .poll(() =>
        within(handedIn)
          .queryAllByRole('listitem')
          .map((li) => li.querySelector('strong')?.textContent),
      )
      .toEqual(['Ana', 'Ben', 'Cleo']);
    const layers = await db.layers.where('kind').equals('lesson-work').toArray();
    expect(layers.map((l) => [l.owner, l.readOnly, l.lessonId]).sort()).toEqual([
      ['Ana', true, LESSON_ID],
      ['Ben', true, LESSON_ID],
      ['Cleo', true, LESSON_ID],
    ]);
    const table = await screen.findByRole('table', { name: 'Scores against the key' });
    expect(within(table).getAllByRole('row', { name: /^(Ana|Ben|Cleo)/ })).toHaveLength(3);
  }, 30_000);
});
