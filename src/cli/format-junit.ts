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
 * With `--check` each case carries its ATS score as a property and its misses in `<system-out>`; a score
 * below `opts.minScore` is a `<failure type="ats-score">`.
 */
export function formatJunit(results: BatchResult[], summary: BatchSummary, opts: { cwd: string; minScore?: number }): string {
  const sorted = [...results].sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
  const secs = (ms: number) => (ms / 1000).toFixed(3);
  const cases = sorted.map((r) => {
    const name = xml(relativize(r.input, opts.cwd));
    const open = `    <testcase classname="cvpress.render" name="${name}" time="${secs(r.ms)}">`;
    const body: string[] = [];
    const low = r.check !== undefined && opts.minScore !== undefined && r.check.score < opts.minScore;
    if (r.check) body.push(`      <properties><property name="ats.score" value="${r.check.score}"/>${r.html ? `<property name="html.bytes" value="${r.html.bytes}"/>` : ''}</properties>`);
    else if (r.html) body.push(`      <properties><property name="html.bytes" value="${r.html.bytes}"/></properties>`);
    if (low && r.check) {
      const misses = r.check.misses.map((m) => `missed ${m.label}: ${m.expected}`).join('\n');
      body.push(`      <failure type="ats-score" message="${xml(`ATS score ${r.check.score} is below ${opts.minScore}`)}">${xml(misses)}</failure>`);
    }
    if (r.status === 'failed' && r.error) {
      const message = relativize(r.error.message, opts.cwd);
      body.push(`      <failure type="${xml(r.error.code)}" message="${xml(message.split('\n')[0] ?? '')}">${xml(message)}</failure>`);
    } else if (r.status === 'skipped') body.push('      <skipped message="unchanged since the last run"/>');
    const out = [
      ...r.warnings.map((w) => `${w.line !== undefined ? `line ${w.line}: ` : ''}${w.code}: ${w.message}`),
      ...(r.check ? [`ATS score ${r.check.score} (${r.check.recovered} of ${r.check.checked} fields)`, ...r.check.misses.map((m) => `ats miss: ${m.label}: ${m.expected}`), ...r.check.problems.map((p) => `ats ${p.code}: ${p.message}`)] : []),
    ];
    if (out.length > 0) body.push(`      <system-out>${xml(out.join('\n'))}</system-out>`);
    return body.length ? `${open}\n${body.join('\n')}\n    </testcase>` : `${open}</testcase>`;
  });
  const failures = summary.failed + (opts.minScore !== undefined ? results.filter((r) => r.status !== 'failed' && r.check !== undefined && r.check.score < opts.minScore!).length : 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="cvpress" tests="${results.length}" failures="${failures}" skipped="${summary.skipped}" time="${secs(summary.wallMs)}">`,
    `  <testsuite name="cvpress render" tests="${results.length}" failures="${failures}" errors="${summary.errors.length}" skipped="${summary.skipped}" time="${secs(summary.wallMs)}">`,
    ...cases,
    // Problems of the run itself (the cache could not be written), beside the CVs' own.
    ...(summary.errors.length ? [`    <system-err>${xml(summary.errors.map((e) => `${e.code}: ${relativize(e.message, opts.cwd)}`).join('\n'))}</system-err>`] : []),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
