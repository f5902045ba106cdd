#!/usr/bin/env node
// The cvpress command: runs the bundled CLI (dist/bin/, built by `npm run build` / `prepare`), else the compiled one (dist/cli/).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { V8_FLAGS } from './v8-flags.js';

// Before any other module loads: see v8-flags.js for what each flag saves.
for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);

const bundled = new URL('../dist/bin/main.js', import.meta.url);
const main = existsSync(fileURLToPath(bundled)) ? bundled : new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('cvpress: dist/ is missing. Run `npm run build` in the cvpress folder first.\n');
  process.exit(2);
}
await import(main.href);
