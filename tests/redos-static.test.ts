// Every regular expression in src/ is checked by a static ReDoS checker (recheck): nothing worse than linear, no exceptions.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const src = path.join(root, 'src');

/** Modules that run when imported. */
const ENTRY_POINTS = ['src/cli/main.ts', 'src/batch/cv-thread.ts', 'src/batch/cv-thread-cached.ts'];

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
  /** Built with `new RegExp(…)` (its pattern read when the module loaded). */
  dynamic: boolean;
}
interface Verdict {
  status: string;
  complexity: string;
  attack?: string;
}

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
  it('are all linear (recheck)', async () => {
    const { literals, constructed } = scanSources();
    const built = await loadConstructed();
    // A `new RegExp` whose pattern was never seen (built only when a function runs) cannot be checked: not allowed.
    const unseen = constructed.filter((c) => !built.some((b) => b.file === c.file && b.line === c.line));
    expect(unseen, 'new RegExp(…) built at run time: use a literal (or build it when the module loads)').toEqual([]);

    const all = [...literals, ...built.filter((b) => b.file.startsWith('src/'))];
    const verdicts = await checkAll(all);
    const offenders = all
      .map((f) => ({ ...f, verdict: verdicts.get(`${f.flags}/${f.source}`)! }))
      .filter((f) => f.verdict.status !== 'safe')
      .map((f) => `${f.file}:${f.line} /${f.source.length > 120 ? `${f.source.slice(0, 117)}...` : f.source}/${f.flags} is ${f.verdict.complexity}${f.verdict.attack ? ` (attack: ${f.verdict.attack.slice(0, 80)})` : ''}`);
    expect(offenders, 'regular expressions worse than linear: rewrite them (a linear pattern, or a scan)').toEqual([]);
    // Every pattern of src/ was seen (a broken scan would check nothing).
    expect(all.length).toBeGreaterThan(300);
    console.info(`redos-static: ${all.length} regular expressions checked (${new Set(all.map((f) => `${f.flags}/${f.source}`)).size} distinct), 0 worse than linear`);
  }, 900_000);
});
