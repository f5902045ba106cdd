// Before any test file: builds dist/ when it is older than the sources, so the tests of `node bin/cvpress.js` (the bundled CLI) run today's code.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

/** Newest modification time of the files the build reads. */
function newestSource(): number {
  const files = readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' }).map((f) => path.join(root, 'src', f));
  files.push(path.join(root, 'scripts/bundle-cli.js'), path.join(root, 'package.json'), path.join(root, 'tsconfig.build.json'));
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

/** Runs `npm run build` when dist/bin (the bundled CLI and its CV thread) is missing or older than a source file. */
export default function setup(): void {
  const outputs = ['dist/bin/main.js', 'dist/bin/cv-thread.js', 'dist/index.js'].map((f) => path.join(root, f));
  const built = outputs.every((f) => existsSync(f)) ? Math.min(...outputs.map((f) => statSync(f).mtimeMs)) : 0;
  if (built >= newestSource()) return;
  process.stderr.write('global setup: dist/ is older than src/, building it (npm run build)…\n');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
