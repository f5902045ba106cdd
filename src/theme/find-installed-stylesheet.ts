// Finds a font package's stylesheet (`@fontsource/x/400.css`) in the nearest node_modules above cvpress.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findPackageRoot } from './find-package-root.js';

/** The absolute path of a package-relative file (`@fontsource/x/400.css`) in the nearest `node_modules` above cvpress, or undefined. */
export function findInstalledStylesheet(href: string): string | undefined {
  let dir = findPackageRoot();
  for (;;) {
    const file = path.join(dir, 'node_modules', ...href.split('/'));
    if (existsSync(file)) return file;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
