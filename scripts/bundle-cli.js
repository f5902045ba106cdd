#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js) with its dependencies into dist/bin/: a cold `cvpress render` loads a few files instead of ~600.
// Usage: node scripts/bundle-cli.js (run by `npm run build` after tsc)
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist/cli/main.js');
const outdir = path.join(root, 'dist/bin');
if (!existsSync(entry)) {
  console.error('bundle-cli: dist/cli/main.js is missing; run tsc first (npm run build).');
  process.exit(2);
}
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // Without esbuild (a production install), bin/cvpress.js runs the unbundled dist/cli/main.js.
  console.warn('bundle-cli: esbuild is not installed; the CLI runs unbundled (slower cold start).');
  rmSync(outdir, { recursive: true, force: true });
  process.exit(0);
}
rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: { main: entry },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Code loaded only on some paths (the JSON Resume validator, pdf-lib, puppeteer's BiDi support) stays in its own chunk.
  splitting: true,
  outdir,
  // TypeScript is needed only for a cvpress.config.ts, and is large: loaded from node_modules when needed.
  // pdf.js (check, preview) and the font subsetter (--html) load their worker and wasm files from their own
  // package folders, so they stay in node_modules too.
  external: ['typescript', 'pdfjs-dist', 'subset-font', 'harfbuzzjs', 'fontverter', 'wawoff2'],
  // CommonJS dependencies call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __cvpressCreateRequire } from 'node:module'; const require = __cvpressCreateRequire(import.meta.url);" },
  sourcemap: true,
  logLevel: 'warning',
});
