// Prints one closing line for the whole test run, from the JSON reports Vitest wrote:
// "tests: N passed, N failed" (with ", N skipped" when any were). Exits 1 when a report is missing.
import { readFile } from 'node:fs/promises';

const reports = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  let report;
  try {
    report = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    console.error(`No test report at ${file}: that suite did not run to the end.`);
    process.exit(1);
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
