// Every regular expression in src/ is checked by a static ReDoS checker (recheck): nothing worse than linear, outside a shrinking list of known offenders in the Markdown parser.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const src = path.join(root, 'src');

/**
 * The parser files being rewritten by the Markdown parser's rewrite: the only files whose offenders may be
 * listed in known-offenders.json. Everywhere else every pattern must be linear.
 */
const PARSER_FILES = [/^src\/parse\/markdown\/(?!split-front-matter\.ts$)[^/]+\.ts$/, /^src\/parse\/parse-markdown\.ts$/, /^src\/parse\/find-lost-words\.ts$/];

/** Modules that run when imported. */
const ENTRY_POINTS = ['src/cli/main.ts', 'src/batch/cv-thread.ts'];

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
  /** Built with `new RegExp(…)` (its pattern read when the module loaded). */
  dynamic: boolean;
}
interface Offender {
  file: string;
  pattern: string;
  flags: string;
  complexity: string;
  /** Built by `new RegExp` when the module loads (not a literal). */
  dynamic?: boolean;
}
interface Verdict {
  status: string;
  complexity: string;
  attack?: string;
}

const known = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/redos/known-offenders.json'), 'utf8')) as { offenders: Offender[] };
const rel = (abs: string): string => path.relative(root, abs).split(path.sep).join('/');
const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(src, f)).sort();

/** Every regular expression literal, and every `new RegExp(…)` / `RegExp(…)` call site, of src/. */
function scanSources(): { literals: Found[]; constructed: Array<{ file: string; line: number }> } {
  const literals: Found[] = [];
  const constructed: Array<{ file: string; line: number }> = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (n as ts.RegularExpressionLiteral).text;
        const cut = text.lastIndexOf('/');
        literals.push({ file: rel(file), line, source: text.slice(1, cut), flags: text.slice(cut + 1), dynamic: false });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        constructed.push({ file: rel(file), line });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals, constructed };
}

/**
 * The patterns `new RegExp(…)` builds when the modules load: every module of src/ is imported with the
 * RegExp constructor wrapped, and each construction is attributed to its call site by the stack trace.
 */
async function loadConstructed(): Promise<Found[]> {
  const seen: Found[] = [];
  const Original = RegExp;
  const record = (args: unknown[]): void => {
    const frame = (new Error().stack ?? '').split('\n').find((l) => l.includes(`${path.sep}src${path.sep}`) && !l.includes('redos-static'));
    const m = frame ? /\((.*?\.ts):(\d+):\d+\)|at (.*?\.ts):(\d+):\d+/.exec(frame) : null;
    const file = m ? (m[1] ?? m[3])! : '';
    const [pattern, flags] = args as [string | RegExp, string | undefined];
    const source = typeof pattern === 'string' ? pattern : pattern.source;
    seen.push({ file: file ? rel(file.replace(/^file:\/\//, '')) : '?', line: Number(m ? (m[2] ?? m[4]) : 0), source, flags: flags ?? (typeof pattern === 'string' ? '' : pattern.flags), dynamic: true });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget) as object;
    },
    apply(target, _this, args) {
      record(args);
      return Reflect.apply(target, undefined, args) as unknown;
    },
  });
  try {
    // Entry points run when imported (the CLI, the CV thread): their literals are scanned, their modules not loaded.
    for (const file of files.filter((f) => !ENTRY_POINTS.includes(rel(f)))) await import(file);
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

/** recheck's verdicts, cached by pattern in node_modules/.cache (a pattern's verdict never changes for one recheck version). */
async function checkAll(patterns: Array<{ source: string; flags: string }>): Promise<Map<string, Verdict>> {
  const { check } = await import('recheck');
  const version = (JSON.parse(readFileSync(path.join(root, 'node_modules/recheck/package.json'), 'utf8')) as { version: string }).version;
  const cacheFile = path.join(root, 'node_modules/.cache/cvpress/redos-verdicts.json');
  const cache = (existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {}) as Record<string, Verdict>;
  const out = new Map<string, Verdict>();
  for (const p of patterns) {
    if (out.has(`${p.flags}/${p.source}`)) continue;
    const key = createHash('sha256').update(`${version}\0${p.flags}\0${p.source}`).digest('hex');
    let v = cache[key];
    if (!v) {
      const r = await check(p.source, p.flags, { timeout: 20_000, randomSeed: 1 });
      v = r.status === 'vulnerable'
        ? { status: r.status, complexity: r.complexity.summary, attack: r.attack.pattern }
        : r.status === 'safe'
          ? { status: r.status, complexity: r.complexity.summary }
          : { status: r.status, complexity: `unknown (${r.error.kind})` };
      // Only settled verdicts are kept (an "unknown" may be a timeout on a busy machine).
      if (v.status !== 'unknown') cache[key] = v;
    }
    out.set(`${p.flags}/${p.source}`, v);
  }
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(cache));
  return out;
}

describe('regular expressions of src/', () => {
  it('are all linear (recheck), except the listed offenders of the parser files being rewritten', async () => {
    const { literals, constructed } = scanSources();
    const built = await loadConstructed();
    // A `new RegExp` whose pattern was never seen (built only when a function runs) cannot be checked: not allowed outside the parser files.
    const unseen = constructed.filter((c) => !built.some((b) => b.file === c.file && b.line === c.line));
    const uncheckable = unseen.filter((c) => !PARSER_FILES.some((r) => r.test(c.file)));
    expect(uncheckable, 'new RegExp(…) built at run time outside the parser files: use a literal (or build it when the module loads)').toEqual([]);

    const all = [...literals, ...built.filter((b) => b.file.startsWith('src/'))];
    const staleDynamic = known.offenders.filter((o) => o.dynamic && !built.some((b) => b.file === o.file && b.source === o.pattern && b.flags === o.flags));
    expect(staleDynamic.map((o) => `${o.file} /${o.pattern.slice(0, 80)}/${o.flags}`), 'entries of known-offenders.json no longer built by the sources: remove them').toEqual([]);
    const isKnown = (f: Found): boolean => known.offenders.some((o) => o.file === f.file && o.pattern === f.source && o.flags === f.flags);
    const toCheck = all.filter((f) => !isKnown(f));
    const verdicts = await checkAll(toCheck);
    const offenders = toCheck
      .map((f) => ({ ...f, verdict: verdicts.get(`${f.flags}/${f.source}`)! }))
      .filter((f) => f.verdict.status !== 'safe')
      .map((f) => `${f.file}:${f.line} /${f.source.length > 120 ? `${f.source.slice(0, 117)}...` : f.source}/${f.flags} is ${f.verdict.complexity}${f.verdict.attack ? ` (attack: ${f.verdict.attack.slice(0, 80)})` : ''}`);
    expect(offenders, 'regular expressions worse than linear (fix them; only the parser files being rewritten may be listed)').toEqual([]);
    expect(all.length).toBeGreaterThan(300);
  }, 900_000);

  it('lists known offenders only in the parser files, each one still present in the sources', () => {
    const { literals } = scanSources();
    for (const o of known.offenders) {
      expect(PARSER_FILES.some((r) => r.test(o.file)), `${o.file} may not list offenders: fix the pattern`).toBe(true);
      expect(typeof o.complexity === 'string' && o.complexity.length > 0, `${o.file} /${o.pattern}/ needs its complexity`).toBe(true);
    }
    // Dynamic patterns are matched once the modules load (first test); literals here: an entry whose pattern is gone must go too.
    const stale = known.offenders.filter((o) => !o.dynamic && !literals.some((l) => l.file === o.file && l.source === o.pattern && l.flags === o.flags));
    expect(stale.map((o) => `${o.file} /${o.pattern}/${o.flags}`), 'entries of known-offenders.json no longer in the sources: remove them').toEqual([]);
  });
});
