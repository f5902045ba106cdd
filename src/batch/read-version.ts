// Finds the cvpress package root and reads its version (works from src/ and from dist/).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: { root: string; version: string } | undefined;

function findRoot(): { root: string; version: string } {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      const json = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string; version?: string };
      if (json.name === 'cvpress') return (cached = { root: dir, version: json.version ?? '0.0.0' });
    }
    const parent = path.dirname(dir);
    if (parent === dir) return (cached = { root: process.cwd(), version: '0.0.0' });
    dir = parent;
  }
}

/** The version of the installed cvpress package (from its package.json). */
export function readVersion(): string {
  return findRoot().version;
}

/** The folder holding cvpress's package.json. */
export function findPackageRoot(): string {
  return findRoot().root;
}
