#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js) with its dependencies into dist/bin/: a cold `cvpress render` loads a few files instead of ~600.
// Usage: node scripts/bundle-cli.js (run by `npm run build` after tsc)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist/cli/main.js');
// The CV thread's module is an entry of its own: batch/find-thread-entry.js looks for cv-thread.js beside
// itself, which in the bundle is dist/bin/ (the chunk holding it), where this build writes it.
const threadEntry = path.join(root, 'dist/batch/cv-thread-cached.js');
// The CV thread's own code, bundled as one CommonJS file so that it can run with V8's code cache (load-thread-bundle.ts).
const threadBundle = path.join(root, 'dist/batch/cv-thread-bundle.js');
const outdir = path.join(root, 'dist/bin');
if (![entry, threadEntry, threadBundle].every((f) => existsSync(f))) {
  console.error('bundle-cli: dist/cli/main.js or dist/batch/cv-thread-*.js is missing; run tsc first (npm run build).');
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
// The lexicon index, built once here from tsc's output and written beside the bundle as JSON, which a cold CV
// thread reads in a fraction of the time building it from the lexicons takes (see revive-lexicon-index.ts).
const { LEXICON_INDEX } = await import(pathToFileURL(path.join(root, 'dist/parse/markdown/lexicon-index.js')).href);
const { serializeLexiconIndex } = await import(pathToFileURL(path.join(root, 'dist/parse/markdown/serialize-lexicon-index.js')).href);
const INDEX_FILE = 'lexicon-index.json';

/**
 * `text` with each character beyond ASCII written as a \u escape (an astral one as its two halves), which JavaScript
 * reads as that character in a string, template, identifier, comment or regular expression (with or without the
 * u flag) and JSON in a string. A character escaped by a backslash of its own ("\’" in a regular expression) loses
 * that backslash, since its escape needs none.
 */
function toAscii(text) {
  return text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) => {
    const keep = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return keep + `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
const prebuiltIndex = {
  name: 'prebuilt-lexicon-index',
  setup(build) {
    // In the bundle, prebuilt-lexicon-index.js reads the file (every chunk is in dist/bin/, beside it).
    build.onLoad({ filter: /[\\/]dist[\\/]parse[\\/]markdown[\\/]prebuilt-lexicon-index\.js$/ }, () => ({
      contents: [
        "import { isAscii } from 'node:buffer';",
        "import { readFileSync } from 'node:fs';",
        'let text;',
        // written in ASCII (toAscii): read as Latin-1, which decodes faster than UTF-8
        `try { const b = readFileSync(new URL('./${INDEX_FILE}', import.meta.url)); text = b.toString(isAscii(b) ? 'latin1' : 'utf8'); } catch { text = undefined; }`,
        'export const PREBUILT_LEXICON_INDEX = text;',
      ].join('\n'),
      loader: 'js',
    }));
  },
};
// puppeteer's debug() makes its `debug` logger anew for every CDP message it logs, even with logging off (and each
// time asks whether stderr is a terminal, a system call): about 0.2 ms of the main thread per CV. In the bundle each
// channel's logger is made once, at its first message; what is logged (DEBUG=puppeteer:*) is the same.
const DEBUG_CALL = '(await importDebug())(prefix)(logArgs);';
const puppeteerDebugOnce = {
  name: 'puppeteer-debug-once',
  setup(build) {
    build.onLoad({ filter: /[\\/]puppeteer-core[\\/]lib[\\/]esm[\\/]puppeteer[\\/]common[\\/]Debug\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(DEBUG_CALL)) {
        console.warn('bundle-cli: puppeteer\'s Debug.js has changed; its loggers are left as they are.');
        return undefined;
      }
      const contents = text.replace('return async (...logArgs) => {', 'let log;\n        return async (...logArgs) => {').replace(DEBUG_CALL, '(log ??= (await importDebug())(prefix))(logArgs);');
      return { contents, loader: 'js' };
    });
  },
};
await esbuild.build({
  entryPoints: { main: entry, 'cv-thread': threadEntry },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Code loaded only on some paths (the JSON Resume validator, pdf-lib, puppeteer's BiDi support) stays in its own chunk.
  splitting: true,
  outdir,
  // TypeScript is needed only for a cvpress.config.ts, and is large: loaded from node_modules when needed.
  // esbuild is only imported when cvpress runs from its TypeScript sources (to bundle the CV thread).
  // pdf.js (check, preview) and the font subsetter (--html) load their worker and wasm files from their own
  // package folders, so they stay in node_modules too.
  external: ['typescript', 'esbuild', 'pdfjs-dist', 'subset-font', 'harfbuzzjs', 'fontverter', 'wawoff2'],
  // CommonJS dependencies call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __cvpressCreateRequire } from 'node:module'; const require = __cvpressCreateRequire(import.meta.url);" },
  plugins: [prebuiltIndex, puppeteerDebugOnce],
  sourcemap: true,
  logLevel: 'warning',
});
// In the thread's bundle, import() is the one its ES-module entry passes in (see import-module.ts, load-thread-bundle.ts).
const threadImport = {
  name: 'thread-import',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]theme[\\/]import-module\.js$/ }, () => ({
      contents: 'export function importModule(url) { return require.importModule(url); }',
      loader: 'js',
    }));
  },
};
// The CV thread's code: one CommonJS file (vm.Script takes a code cache; an ES module does not in Node 20), whose
// import.meta.url is its own file's URL (dist/bin/, as for the chunks above).
await esbuild.build({
  entryPoints: [threadBundle],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: path.join(outdir, 'cv-thread.cjs'),
  external: ['typescript', 'esbuild', 'pdfjs-dist', 'subset-font', 'harfbuzzjs', 'fontverter', 'wawoff2'],
  define: { 'import.meta.url': '__cvpressModuleUrl' },
  banner: { js: "const __cvpressModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [prebuiltIndex, threadImport],
  sourcemap: true,
  logLevel: 'warning',
});
writeFileSync(path.join(outdir, INDEX_FILE), toAscii(serializeLexiconIndex(LEXICON_INDEX)));
// esbuild escapes strings but leaves other characters beyond ASCII as they are (in regular expression literals and
// comments): one of them makes Node read the whole 5 MB file as a two-byte string, about 55 ms more to decode
// and slower to scan. Written as \u escapes, every file is ASCII.
for (const f of readdirSync(outdir)) {
  if (!/\.c?js$/.test(f)) continue;
  const file = path.join(outdir, f);
  const text = readFileSync(file, 'utf8');
  if (/[^\x00-\x7f]/.test(text)) writeFileSync(file, toAscii(text));
}
// V8's code cache of that file, made after a warm-up CV; without it (a failure here) the thread compiles as it loads.
const made = spawnSync(process.execPath, [path.join(root, 'scripts/make-thread-code-cache.js')], { stdio: ['ignore', 'ignore', 'inherit'] });
if (made.status !== 0) console.warn('bundle-cli: the CV thread\'s code cache was not written; a cold CV thread compiles its code as it loads.');
