#!/usr/bin/env node
// `npm test`: lint and format check, type check (strictest), unit tests, a real production build (with Pagefind), then tests
// over dist/ (links, anchors) and real-Chromium tests. Stops at the first failing stage.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
// The test build is served locally: say so, since a build without SITE_URL refuses to run.
process.env.SITE_URL ??= 'http://localhost:4321';
const results = [];
mkdirSync('.tmp', { recursive: true });

/** Runs one stage; returns its exit status (0 = ok). */
function stage(label, cmd, args) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  console.log(
    `  ${label}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return r.status ?? 1;
}

function stopIfFailed(status) {
  if (status === 0) return;
  summary();
  process.exit(status);
}

/** A stage that is not a test runner (lint, build): its failure counts as one failed check. */
function run(label, cmd, args) {
  const status = stage(label, cmd, args);
  if (status !== 0) results.push({ passed: 0, failed: 1, skipped: 0 });
  stopIfFailed(status);
}

function vitest(label, projects) {
  const out = `.tmp/vitest-${label}.json`;
  const args = [
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${out}`,
  ];
  rmSync(out, { force: true });
  const status = stage(label, bin('vitest'), args);
  // Count this stage's tests before stopping, so the closing line is true even when it failed.
  try {
    const j = JSON.parse(readFileSync(out, 'utf8'));
    // A suite that fails to load (or a hook that throws) fails the stage without a failed test.
    const failed = j.numFailedTests || (status === 0 ? 0 : 1);
    results.push({ passed: j.numPassedTests, failed, skipped: j.numPendingTests });
  } catch {
    results.push({ passed: 0, failed: 1, skipped: 0 }); // vitest did not even report
  }
  stopIfFailed(status);
}

function summary() {
  const t = results.reduce(
    (a, r) => ({
      passed: a.passed + r.passed,
      failed: a.failed + r.failed,
      skipped: a.skipped + r.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  console.log(`\n${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
}

run('lint', bin('eslint'), ['.']);
run('format', bin('prettier'), ['--check', '.']);
run('type check', bin('astro'), ['check']);
vitest('unit', ['unit']);
run('build', bin('astro'), ['build']);
vitest('site', ['output', 'e2e', 'build']);
summary();
