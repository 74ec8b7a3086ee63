import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_TAGS } from '../../../src/domain/default-taxonomy';
import { defaultLayer } from '../../../src/domain/layers';
import { toBackup } from '../../../src/io/backup';
import { libraryData } from '../../library/library-data';
import { appStarted, noticesShown, openPage, readStore } from '../app';
import { killAndRestart } from '../kill-and-restart';
import { emptyCounts, type FaultEnv, type Scenario } from '../scenario';

/**
 * Issue 19: a restore stays all or nothing. A backup of 60 generated articles (3,000
 * annotations) replaces the sample library, and the browser is killed while it is written. After
 * a restart the database holds exactly the old library or exactly the new one: a mix counts as
 * corrupted, and the old one after "Restored" was shown counts the new records as lost.
 */
const ARTICLES = 60;

let made: { data: ReturnType<typeof libraryData>; text: string } | undefined;
function backup() {
  if (made) return made;
  const data = libraryData(ARTICLES);
  const text = toBackup({
    tags: [...DEFAULT_TAGS],
    outlets: [...data.outlets],
    collections: [],
    documents: data.articles.map((a) => a.doc),
    annotations: data.articles.flatMap((a) => a.annotations),
    layers: [defaultLayer('', '2025-01-01T00:00:00.000Z')],
  });
  made = { data, text };
  return made;
}

const ids = async (page: Parameters<typeof readStore>[0], store: string) =>
  (await readStore<{ id: string }>(page, store)).map((r) => r.id).sort();

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

export const restoreKill: Scenario = {
  name: 'backup restored (replacing everything), browser killed',
  randomDelay: true,
  e2eTrials: 2,
  async trial(env: FaultEnv) {
    const file = join(env.dir, 'slant-backup.json');
    await writeFile(file, backup().text);
    return killAndRestart(
      env,
      async (context) => {
        const page = await openPage(context, env.baseUrl);
        await appStarted(page);
        const before = {
          documents: await ids(page, 'documents'),
          annotations: await ids(page, 'annotations'),
        };
        await page.goto(`${env.baseUrl}#/settings`);
        await page.getByLabel('Restore a backup…').setInputFiles(file);
        await page.getByRole('button', { name: 'Replace everything…' }).click({ timeout: 60_000 });
        await page.getByRole('button', { name: 'Replace everything', exact: true }).click();
        await new Promise((resolve) => setTimeout(resolve, env.delayMs));
        const restored =
          (await page
            .getByRole('status')
            .filter({ hasText: /^Restored / })
            .count()) > 0;
        return { before, restored };
      },
      async (page, { before, restored }) => {
        const after = {
          documents: await ids(page, 'documents'),
          annotations: await ids(page, 'annotations'),
        };
        const { data } = backup();
        const wanted = {
          documents: data.articles.map((a) => a.doc.id).sort(),
          annotations: data.articles.flatMap((a) => a.annotations.map((an) => an.id)).sort(),
        };
        const isOld =
          same(after.documents, before.documents) && same(after.annotations, before.annotations);
        const isNew =
          same(after.documents, wanted.documents) && same(after.annotations, wanted.annotations);
        const counts = emptyCounts();
        // What the user could count on: the library they had, and the restored one once told so.
        counts.acknowledged = before.documents.length + (restored ? wanted.documents.length : 0);
        if (!isOld && !isNew) counts.corrupted = 1;
        else if (restored && isOld) counts.lost = wanted.documents.length;
        counts.messages = await noticesShown(page);
        return counts;
      },
    );
  },
};
