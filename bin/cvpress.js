#!/usr/bin/env node
// The cvpress command: runs the bundled CLI (dist/bin/, built by `npm run build` / `prepare`), else the compiled one (dist/cli/).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundled = new URL('../dist/bin/main.js', import.meta.url);
const main = existsSync(fileURLToPath(bundled)) ? bundled : new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('cvpress: dist/ is missing. Run `npm run build` in the cvpress folder first.\n');
  process.exit(2);
}
await import(main.href);
