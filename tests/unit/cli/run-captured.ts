import { run } from '../../../src/cli/run';

/** `slant ARGV` run in-process, its exit code and everything it wrote. */
export async function runCaptured(argv: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}
