#!/usr/bin/env node
// The cvpress command: runs the compiled CLI (dist/, built by `npm run build` / `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('cvpress: dist/ is missing. Run `npm run build` in the cvpress folder first.\n');
  process.exit(2);
}
await import(main.href);
