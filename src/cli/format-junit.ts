// JUnit XML of a batch (`--junit out.xml`): one test case per CV.
import type { BatchResult, BatchSummary } from '../batch/batch-types.js';
import { relativize } from './relativize.js';

function xml(text: string): string {
  // Strip characters XML 1.0 forbids, then escape.
  return text
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * JUnit XML with one `<testcase>` per CV (name = input path relative to `cwd`): a failed CV has a
 * `<failure>` with its error code and message, an unchanged (skipped) one a `<skipped>`, warnings go
 * to `<system-out>`; problems of the run itself (`summary.errors`) count as `errors` and go to `<system-err>`.
 */
export function formatJunit(results: BatchResult[], summary: BatchSummary, opts: { cwd: string }): string {
  const sorted = [...results].sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
  const secs = (ms: number) => (ms / 1000).toFixed(3);
  const cases = sorted.map((r) => {
    const name = xml(relativize(r.input, opts.cwd));
    const open = `    <testcase classname="cvpress.render" name="${name}" time="${secs(r.ms)}">`;
    const body: string[] = [];
    if (r.status === 'failed' && r.error) {
      const message = relativize(r.error.message, opts.cwd);
      body.push(`      <failure type="${xml(r.error.code)}" message="${xml(message.split('\n')[0] ?? '')}">${xml(message)}</failure>`);
    } else if (r.status === 'skipped') body.push('      <skipped message="unchanged since the last run"/>');
    if (r.warnings.length > 0) {
      body.push(`      <system-out>${xml(r.warnings.map((w) => `${w.line !== undefined ? `line ${w.line}: ` : ''}${w.code}: ${w.message}`).join('\n'))}</system-out>`);
    }
    return body.length ? `${open}\n${body.join('\n')}\n    </testcase>` : `${open}</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="cvpress" tests="${results.length}" failures="${summary.failed}" skipped="${summary.skipped}" time="${secs(summary.wallMs)}">`,
    `  <testsuite name="cvpress render" tests="${results.length}" failures="${summary.failed}" errors="${summary.errors.length}" skipped="${summary.skipped}" time="${secs(summary.wallMs)}">`,
    ...cases,
    // Problems of the run itself (the cache could not be written), beside the CVs' own.
    ...(summary.errors.length ? [`    <system-err>${xml(summary.errors.map((e) => `${e.code}: ${relativize(e.message, opts.cwd)}`).join('\n'))}</system-err>`] : []),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
