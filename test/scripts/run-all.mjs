/**
 * `npm test`: every check and every suite, then one plain line summing them all:
 * `N passed, N failed` (`, N skipped` when any were). A check (format, lint, types, build) counts
 * as one test; the unit and browser suites count their tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_MISSING, findChromium } from '../support/find-chromium.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS = `${ROOT}test/results`;
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name, command, args) {
  const ok = run(command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  if (!ok) failures.push(name);
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function suite(name, command, args, resultFile, count, env) {
  rmSync(resultFile, { force: true });
  const ok = run(command, args, env);
  const report = readJson(resultFile);
  if (!report) {
    totals.failed += 1;
    failures.push(`${name} (no results: the runner failed to start)`);
    return false;
  }
  const counted = count(report);
  totals.passed += counted.passed;
  totals.failed += counted.failed;
  totals.skipped += counted.skipped;
  if (!ok && counted.failed === 0) {
    totals.failed += 1;
    failures.push(`${name} (the runner exited with an error)`);
  } else if (counted.failed > 0) failures.push(`${name} (${counted.failed} failed)`);
  return ok;
}

mkdirSync(RESULTS, { recursive: true });
const chromium = findChromium();

check('format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
check('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
check('types', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
suite(
  'unit tests',
  'npx',
  [
    'vitest',
    'run',
    '--config',
    'test/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${RESULTS}/vitest.json`,
  ],
  `${RESULTS}/vitest.json`,
  (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + r.numTodoTests,
  }),
);
const built = check('build', 'npm', ['run', '--silent', 'build']);
if (!chromium) {
  console.error(`\n${CHROMIUM_MISSING}`);
  totals.failed += 1;
  failures.push('browser tests (no Chromium)');
} else if (!built) {
  totals.failed += 1;
  failures.push('browser tests (not run: the build failed)');
} else {
  suite(
    'browser tests',
    'npx',
    ['playwright', 'test', '--config', 'test/playwright.config.ts'],
    `${RESULTS}/playwright.json`,
    (r) => ({
      passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
      failed: r.stats?.unexpected ?? 0,
      skipped: r.stats?.skipped ?? 0,
    }),
    { CHROMIUM_PATH: chromium },
  );
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
