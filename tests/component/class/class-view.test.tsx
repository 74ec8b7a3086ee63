import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { describe as describeRange } from '../../../src/domain/anchoring';
import type { Annotation, Lesson, SlantDocument, Submission } from '../../../src/domain/types';
import { pageDatabase as db } from '../../support/database';
import { startStorage } from '../../../src/state/start-storage';
import { useUiStore } from '../../../src/state/ui-store';
import { readSeedArticles } from '../../support/seeds';

const SEED_000 = 'seed-000_da10e5d0690c0007';
const SEED_002 = 'seed-002_7858cea97ce4f018';
const LESSON_ID = '6f1c2a4e-8b3d-4c7a-9e21-5d0b7f3a9c11';

// jsdom has neither: a browser's file picker gives Files that read themselves, and scrolls.
File.prototype.text ??= function (this: File) {
  return new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(this);
  });
};
Element.prototype.scrollIntoView ??= () => {};

beforeEach(async () => {
  db.close();
  await db.delete();
  useUiStore.setState({ storageStatus: 'opening', storageProblem: null });
  window.location.hash = '#/class';
  await startStorage(readSeedArticles());
});

function mark(document: SlantDocument, quote: string, tagId: string): Annotation {
  const start = document.text.indexOf(quote);
  return {
    id: crypto.randomUUID(),
    layerId: 'layer-mine',
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

async function teacherLessonWithWork() {
  const seed = (await db.documents.get(SEED_000))!;
  const lesson: Lesson = {
    id: LESSON_ID,
    title: 'Loaded words',
    instructions: 'Mark them.',
    documentIds: [SEED_000],
    tagIds: ['loaded-language'],
    role: 'teacher',
    key: [mark(seed, 'blood-curdling massacre', 'loaded-language')],
    createdAt: '2025-03-10T08:00:00.000Z',
  };
  const submission = (student: string, marks: Annotation[]): Submission => ({
    id: crypto.randomUUID(),
    lessonId: LESSON_ID,
    student,
    annotations: marks,
    orphanCount: 0,
    exportedAt: '2025-03-12T10:00:00.000Z',
    importedAt: '2025-03-12T11:00:00.000Z',
  });
  await db.lessons.add(lesson);
  await db.submissions.bulkAdd([
    submission('Ana', [mark(seed, 'blood-curdling massacre', 'loaded-language')]),
    // "massacre of" (11 characters) shares "massacre" (8) with the key's 23 characters:
    // P = 8/11 = 73%, R = 8/23 = 35%, F1 = 2 · 8 / (11 + 23) = 47%.
    submission('Ben', [mark(seed, 'massacre of', 'loaded-language')]),
  ]);
}

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
  });

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
    expect(screen.getByText(/^Key: 1 annotation\.$/)).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Show Ben’s annotations over the text' }));
    expect(screen.getByRole('heading', { name: 'Ben’s annotations' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove Ben’s work…' }));
    await user.click(screen.getByRole('button', { name: 'Remove Ben’s work' }));
    await expect.poll(() => within(table).queryAllByRole('row', { name: /^Ben/ })).toHaveLength(0);
    expect(await db.submissions.count()).toBe(1);
    // Only the submission went: the lesson, its key and the articles stay.
    expect((await db.lessons.get(LESSON_ID))?.key).toHaveLength(1);
  });

  it('lets the teacher edit their lesson, keeping the key and saying it predates the change', async () => {
    await teacherLessonWithWork();
    await db.lessons.update(LESSON_ID, { documentIds: [SEED_000, SEED_002] });
    const { key } = (await db.lessons.get(LESSON_ID))!;
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
    const russia = await screen.findByRole('checkbox', {
      name: /^Russia may work with US and Israel/,
    });
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
    expect(lesson).toMatchObject({ title: 'Loaded words, week 2', documentIds: [SEED_000], key });
    expect(await db.submissions.count()).toBe(2);
    const articles = await screen.findByRole('region', { name: 'Articles' });
    expect(within(articles).queryByRole('link', { name: /^Russia may work/ })).toBeNull();
    // The key is not taken again by itself: the page says so, beside the way to take it.
    const keyCard = screen.getByRole('region', { name: 'Answer key' });
    expect(
      await within(keyCard).findByText(/^This key was taken before you changed the lesson’s/),
    ).toBeInTheDocument();
    expect(
      within(keyCard).getByRole('button', { name: 'Use my current annotations as the key' }),
    ).toBeInTheDocument();
  });

  it('gives a student their name field and the download, and no key', async () => {
    await teacherLessonWithWork();
    await db.lessons.update(LESSON_ID, { role: 'student', key: undefined });
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
});
