// Reads the version of the installed cvpress package from its package.json (works from src/ and from dist/).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findPackageRoot } from '../theme/find-package-root.js';

let cached: string | undefined;

/** The version of the installed cvpress package (from its package.json). */
export function readVersion(): string {
  if (cached !== undefined) return cached;
  try {
    const json = JSON.parse(readFileSync(path.join(findPackageRoot(), 'package.json'), 'utf8')) as { version?: string };
    cached = json.version ?? '0.0.0';
  } catch {
    cached = '0.0.0';
  }
  return cached;
}
