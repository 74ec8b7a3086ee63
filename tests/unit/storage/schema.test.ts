import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { SlantDatabase } from '../../../src/storage/database';
import { SCHEMA_VERSIONS, applySchema, type SchemaVersion } from '../../../src/storage/schema';

describe('schema versions', () => {
  it('are numbered upwards from 1 with no gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(
      SCHEMA_VERSIONS.map((_, index) => index + 1),
    );
  });

  it('upgrade a database filled by the previous version, keeping its records', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new SlantDatabase(name);
    await v1.tags.put({
      id: 'spin',
      label: 'Spin',
      description: '',
      colour: '#000000',
      underline: 'solid',
      taxonomyId: 'default',
      order: 0,
    });
    v1.close();

    // A later version appends itself with an upgrade; the mechanism must run it on old data.
    const next: SchemaVersion = {
      version: SCHEMA_VERSIONS.length + 1,
      stores: { tags: 'id, taxonomyId, order, label' },
      upgrade: (tx) =>
        tx
          .table('tags')
          .toCollection()
          .modify((tag: { label: string }) => {
            tag.label = tag.label.toUpperCase();
          }),
    };
    const upgraded = new Dexie(name);
    applySchema(upgraded, [...SCHEMA_VERSIONS, next]);
    expect((await upgraded.table('tags').where('label').equals('SPIN').first())?.id).toBe('spin');
    expect(upgraded.verno).toBe(next.version);
    await upgraded.delete();
  });
});
