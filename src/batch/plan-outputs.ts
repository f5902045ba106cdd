// Maps CV files to output PDF paths: <out>/<name>.pdf, keeping relative folders when names collide.
import path from 'node:path';
import type { BatchJob } from './batch-types.js';

function commonDir(files: string[]): string {
  if (files.length === 0) return process.cwd();
  let parts = path.dirname(files[0]!).split(path.sep);
  for (const f of files.slice(1)) {
    const other = path.dirname(f).split(path.sep);
    let i = 0;
    while (i < parts.length && i < other.length && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(path.sep) || path.sep;
}

/**
 * Plans the output of each CV. A CV goes to `<out>/<basename>.pdf`, unless another input has the same
 * base name (case-insensitively, whatever the extension): then each of them keeps its folder relative to
 * the inputs' common folder, `<out>/<relative folder>/<basename>.pdf`, so nothing is overwritten. The plan
 * depends only on the whole input list, so every shard of a batch agrees on it. Jobs are sorted by `rel`.
 */
export function planOutputs(files: string[], out: string): BatchJob[] {
  const abs = [...new Set(files.map((f) => path.resolve(f)))];
  const root = commonDir(abs);
  const stem = (f: string) => path.basename(f, path.extname(f));
  const counts = new Map<string, number>();
  for (const f of abs) counts.set(stem(f).toLowerCase(), (counts.get(stem(f).toLowerCase()) ?? 0) + 1);
  const outDir = path.resolve(out);
  const jobs = abs.map((input) => {
    const rel = path.relative(root, input).split(path.sep).join('/');
    const collides = (counts.get(stem(input).toLowerCase()) ?? 0) > 1;
    const relDir = path.dirname(path.relative(root, input));
    let name = `${stem(input)}.pdf`;
    // Same folder, same stem, different extensions (cv.md + cv.json): keep the extension in the name.
    if (collides && abs.some((o) => o !== input && path.dirname(o) === path.dirname(input) && stem(o).toLowerCase() === stem(input).toLowerCase())) {
      name = `${path.basename(input)}.pdf`;
    }
    const output = collides ? path.join(outDir, relDir, name) : path.join(outDir, name);
    return { input, output, rel };
  });
  return jobs.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
