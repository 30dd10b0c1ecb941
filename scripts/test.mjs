// `npm test`: builds, runs every suite, and ends with one line "N passed, N failed" over all of them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) exitCode = result.status ?? 1;
  return result.status === 0;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (!run(process.execPath, ['scripts/build.mjs'])) {
  console.error('build failed');
  process.exit(1);
}

const unitReport = path.join(reportDir, 'unit.json');
run(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
if (fs.existsSync(unitReport)) {
  const report = JSON.parse(fs.readFileSync(unitReport, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + (report.numRuntimeErrors ?? 0);
  totals.skipped += report.numPendingTests + report.numTodoTests;
} else {
  totals.failed += 1;
}

// End-to-end: the real UI in Chromium against the browser shell, and in Electron where it is installed.
const e2eReport = path.join(reportDir, 'e2e.json');
const e2e = spawnSync(npx, ['playwright', 'test'], {
  stdio: 'inherit',
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport },
  shell: process.platform === 'win32',
});
if (e2e.status !== 0) exitCode = e2e.status ?? 1;
if (fs.existsSync(e2eReport)) {
  const { stats } = JSON.parse(fs.readFileSync(e2eReport, 'utf8'));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
} else {
  totals.failed += 1;
}

fs.rmSync(reportDir, { recursive: true, force: true });
if (totals.failed > 0 && exitCode === 0) exitCode = 1;
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(exitCode);
