#!/usr/bin/env node
// The cvpress command: runs the bundled CLI (dist/bin/, built by `npm run build` / `prepare`), else the compiled one (dist/cli/).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

// A short-lived process: compile each regular expression once, to native code, instead of first to
// bytecode and again when it turns hot (the parser's Unicode patterns made that about 50 ms of a cold run).
v8.setFlagsFromString('--no-regexp-tier-up');

const bundled = new URL('../dist/bin/main.js', import.meta.url);
const main = existsSync(fileURLToPath(bundled)) ? bundled : new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('cvpress: dist/ is missing. Run `npm run build` in the cvpress folder first.\n');
  process.exit(2);
}
await import(main.href);
