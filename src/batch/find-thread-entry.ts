// Finds the CV thread's entry module: compiled beside this module (dist/ and the bundled CLI), else bundled from the TypeScript sources.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findPackageRoot } from '../theme/find-package-root.js';

let bundled: Promise<URL> | undefined;

/**
 * The module a CV thread runs: `cv-thread.js` beside this module, as `tsc` (dist/batch/) and the CLI
 * bundle (dist/bin/, where `scripts/bundle-cli.js` builds it as an entry of its own) put it. Running
 * from the TypeScript sources (the tests), there is none: `cv-thread.ts` is then bundled once per process
 * with esbuild (a development dependency) into `node_modules/.cache/cvpress/` inside the package, so the
 * thread runs the same sources.
 * @throws Error when neither the compiled entry nor the sources (with esbuild) are there
 */
export function findThreadEntry(): Promise<URL> {
  const compiled = new URL('./cv-thread.js', import.meta.url);
  if (compiled.protocol === 'file:' && existsSync(fileURLToPath(compiled))) return Promise.resolve(compiled);
  const source = new URL('./cv-thread.ts', import.meta.url);
  if (source.protocol !== 'file:' || !existsSync(fileURLToPath(source))) {
    return Promise.reject(new Error(`cvpress: the CV thread's module is missing (${fileURLToPath(compiled)}); rebuild cvpress (npm run build).`));
  }
  bundled ??= (async () => {
    const esbuild = await import('esbuild');
    const out = await esbuild.build({
      entryPoints: [fileURLToPath(source)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      external: ['typescript', 'esbuild'],
      banner: { js: "import { createRequire as __cvpressCreateRequire } from 'node:module'; const require = __cvpressCreateRequire(import.meta.url);" },
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.text;
    // Inside the package, so that the thread finds the package root, its themes and node_modules as the sources do.
    const dir = path.join(findPackageRoot(), 'node_modules', '.cache', 'cvpress');
    const file = path.join(dir, `cv-thread-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    if (!existsSync(file)) {
      await mkdir(dir, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, code);
      await rename(temp, file);
    }
    return pathToFileURL(file);
  })();
  return bundled;
}
