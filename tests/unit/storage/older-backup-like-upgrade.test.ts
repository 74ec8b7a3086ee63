import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYER_ID } from '../../../src/domain/layers';
import { parseBackup } from '../../../src/io/backup';
import { SCHEMA_VERSIONS, applySchema } from '../../../src/storage/schema';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/backups/${name}`, import.meta.url), 'utf8');

function parsed(name: string) {
  const result = parseBackup(fixture(name), { fileName: name });
  if (!result.ok) throw new Error(result.error);
  return result;
}

const layerOf = (annotations: readonly { id: string; layerId: string }[]) =>
  Object.fromEntries(annotations.map((a) => [a.id, a.layerId]));

describe('a version 2 backup and the schema upgrade', () => {
  it('puts a version 2 backup’s work in the same layers as the schema upgrade puts the same data', async () => {
    const file = JSON.parse(fixture('slant-backup-v2.json'));
    const name = `v3-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    applySchema(v3, SCHEMA_VERSIONS.slice(0, 3));
    for (const table of ['documents', 'annotations', 'lessons', 'submissions', 'claims'])
      await v3.table(table).bulkAdd(file[table]);
    v3.close();
    const upgraded = new Dexie(name);
    applySchema(upgraded, SCHEMA_VERSIONS);
    await upgraded.open();
    const viaUpgrade = layerOf(await upgraded.table('annotations').toArray());
    const layerKinds = (await upgraded.table('layers').toArray()).map((l) => [l.id, l.kind]);
    await upgraded.delete();

    const { contents } = parsed('slant-backup-v2.json');
    expect(layerOf(contents.annotations)).toEqual(viaUpgrade);
    // The upgrade also makes the default layer, which a restore adds when it is missing.
    expect(contents.layers.map((l) => [l.id, l.kind]).sort()).toEqual(
      layerKinds.filter(([id]) => id !== DEFAULT_LAYER_ID).sort(),
    );
  });
});
