import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { loadAllViews } from '../../../src/app/lazy-views';
import { describe as describeRange } from '../../../src/domain/anchoring';
import type { Annotation, SlantDocument } from '../../../src/domain/types';
import { toW3C } from '../../../src/io/w3c';
import { annotationsRepository } from '../../../src/storage/annotations-repository';
import { pageDatabase as db } from '../../support/database';
import { freshAppAt } from '../../support/fresh-app';

const SEED_002 = 'seed-002_7858cea97ce4f018';

// jsdom's Files cannot read themselves as a browser's can.
File.prototype.text ??= function (this: File) {
  return new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(this);
  });
};

// The views load on first use: load them once here, not inside a test's first look for one.
beforeAll(loadAllViews, 120_000);

beforeEach(async () => {
  await freshAppAt('#/settings');
});

function passage(document: SlantDocument, start: number): Annotation {
  return {
    id: crypto.randomUUID(),
    layerId: 'layer-mine',
    documentId: document.id,
    tagIds: [],
    target: describeRange(document.text, start, start + 20),
    note: 'first reading',
    fields: {},
    annotator: 'Maya',
    origin: 'manual',
    status: 'anchored',
    createdAt: '2025-03-08T10:00:00.000Z',
    updatedAt: '2025-03-08T10:05:00.000Z',
  };
}

describe('re-importing an older W3C file', () => {
  it('says exactly what will happen, keeps the later edit and does not restore the deleted one', async () => {
    const document = (await db.documents.get(SEED_002))!;
    const [edited, deleted, same, fresh] = [0, 100, 200, 300].map((at) => passage(document, at));
    const tags = await db.tags.toArray();
    const file = toW3C({
      documents: [document],
      annotations: [edited!, deleted!, same!, fresh!],
      tags,
    });
    const annotations = annotationsRepository(db);
    await annotations.putMany([edited!, deleted!, same!]);
    // After the file was written: a note edited, an annotation deleted.
    await annotations.change(edited!.id, {
      note: 'my later note',
      updatedAt: new Date().toISOString(),
    });
    await annotations.remove([deleted!.id]);

    render(<App />);
    const input = await screen.findByLabelText('Import annotations…', {}, { timeout: 15_000 });
    await userEvent.upload(
      input,
      new File([JSON.stringify(file)], 'old.jsonld', { type: 'application/ld+json' }),
    );
    const summary = await screen.findByRole(
      'region',
      { name: 'Annotations to import' },
      { timeout: 15_000 },
    );
    expect(summary).toHaveTextContent(
      'Annotations: 1 new, 1 kept (yours is newer), 1 not restored (you deleted it), 1 unchanged.',
    );
    expect(within(summary).getByRole('combobox')).toHaveDisplayValue('a new layer “old.jsonld”');
    await userEvent.click(within(summary).getByRole('button', { name: 'Import' }));

    expect(
      await screen.findByText(
        'old.jsonld: 1 new, 1 kept (yours is newer), 1 not restored (you deleted it), 1 unchanged.',
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect((await db.annotations.get(edited!.id))?.note).toBe('my later note');
    expect(await db.annotations.get(deleted!.id)).toBeUndefined();
    const added = await db.annotations.get(fresh!.id);
    const layer = await db.layers.get(added!.layerId);
    expect(layer).toMatchObject({ kind: 'imported', label: 'old.jsonld' });
  }, 60_000);
});
