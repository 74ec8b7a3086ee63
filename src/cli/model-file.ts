/**
 * Reads the `--model` file of `slant analyze`: models learned by `slant learn`. A missing,
 * unreadable or foreign file comes back as one message naming it, for the command to refuse
 * the whole run.
 */
import { toLearnedModels, type LearnedModels } from '../analysis';
import { describeFsError, readBytes as readFromDisk, type ReadBytes } from './read-source';

export type ModelFile = { ok: true; models: LearnedModels } | { ok: false; error: string };

export async function readModelFile(
  path: string,
  readBytes: ReadBytes = readFromDisk,
): Promise<ModelFile> {
  let text: string;
  try {
    text = new TextDecoder().decode(await readBytes(path));
  } catch (error) {
    return { ok: false, error: `--model: ${describeFsError(path, error)}` };
  }
  try {
    return { ok: true, models: toLearnedModels(JSON.parse(text)) };
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'not JSON' : (error as Error).message;
    return { ok: false, error: `--model ${path} cannot be used: ${reason}` };
  }
}
