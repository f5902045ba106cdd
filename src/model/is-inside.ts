// Path containment by path segments (not by text prefix): is a file the folder itself or under it?
import path from 'node:path';

/**
 * True when `file` is `root` or lies under it. Compares resolved paths segment by segment, so `/a/bc` is
 * not inside `/a/b`; give real paths (`fs.realpath`) to rule out symlinks.
 */
export function isInside(root: string, file: string): boolean {
  const rel = path.relative(path.resolve(root), path.resolve(file));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
