// Sums the JSON reports of vitest and playwright into the last line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const [dir, statusArg] = process.argv.slice(2);
const status = Number(statusArg ?? 1);
let passed = 0;
let failed = 0;

const read = (name) => {
  const file = `${dir}/${name}`;
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
};

const vitest = read('vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
}
const playwright = read('playwright.json');
if (playwright?.stats) {
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected ?? 0;
}
// The benchmark's small version: one test per run (bench/smoke.ts).
const bench = read('bench.json');
if (bench) {
  passed += bench.passed ?? 0;
  failed += bench.failed ?? 0;
}
// A step that failed before any test ran (lint, types, architecture, install) still counts as a failure.
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
