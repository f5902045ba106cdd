// Watches the files a preview depends on (the CV, its images, the theme, the config) and reports changes after a quiet moment.
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** What to watch. */
export interface WatchTargets {
  /** Files watched through their folder, so a save by rename (write a new file, rename it over the old) is seen too. */
  files: string[];
  /** Folders watched with everything below them (the theme). */
  trees: string[];
}

/** A running watch. */
export interface FileWatch {
  /** Watches these targets instead (folders already watched stay watched). */
  update(targets: WatchTargets): void;
  close(): void;
}

/**
 * Watches `targets` with `fs.watch` and calls `onChange` with the changed paths once no event came for
 * `debounceMs` (an editor's save is often several events: write, rename, chmod). Files are watched through
 * their folder, filtered by name, so editors that save by renaming a new file over the old one are seen;
 * trees are watched recursively. Folders that vanish are ignored until `update` names them again.
 */
export function watchFiles(targets: WatchTargets, onChange: (files: string[]) => void, debounceMs: number): FileWatch {
  const watchers = new Map<string, FSWatcher>();
  let names = new Map<string, Set<string>>();
  let trees = new Set<string>();
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const fire = (file: string) => {
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...pending];
      pending = new Set();
      if (!closed) onChange(files);
    }, debounceMs);
  };
  const open = (dir: string, recursive: boolean) => {
    const key = `${recursive ? 'r' : 'f'}:${dir}`;
    if (watchers.has(key)) return;
    try {
      const w = watch(dir, { recursive, persistent: false }, (_event, name) => {
        const rel = name === null ? '' : name.toString();
        if (recursive) fire(path.join(dir, rel));
        else if (names.get(dir)?.has(rel)) fire(path.join(dir, rel));
      });
      w.on('error', () => {
        w.close();
        watchers.delete(key);
      });
      watchers.set(key, w);
    } catch {
      // A folder that does not exist (yet): nothing to watch there.
    }
  };
  const update = (next: WatchTargets) => {
    names = new Map();
    for (const f of next.files) {
      const dir = path.dirname(path.resolve(f));
      names.set(dir, (names.get(dir) ?? new Set()).add(path.basename(f)));
    }
    trees = new Set(next.trees.map((t) => path.resolve(t)));
    for (const dir of names.keys()) open(dir, false);
    for (const dir of trees) open(dir, true);
    for (const [key, w] of watchers) {
      const dir = key.slice(2);
      if ((key.startsWith('f:') && !names.has(dir)) || (key.startsWith('r:') && !trees.has(dir))) {
        w.close();
        watchers.delete(key);
      }
    }
  };
  update(targets);
  return {
    update,
    close() {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
