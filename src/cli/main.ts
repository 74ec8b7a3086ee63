/**
 * The `slant` executable's body (`npm run slant`, `bin/slant.mjs`): runs the command against the
 * process's arguments and streams. A closed stdout (`slant analyze ... | head`) ends quietly.
 */
import { run } from './run';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => {
    if (text.length > 0) process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
});
