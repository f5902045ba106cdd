// Removes Chromium profile folders that killed cvpress runs left in the temporary folder.
import { readdir, readlink, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Profile folders are named `cvpress-chromium-<pid of the cvpress process>-<random>`. */
const NAME = /^cvpress-chromium-(?:(\d{1,10})-)?[A-Za-z0-9]{6}$/;
/** An old-style folder (no pid in its name) with no live Chromium is removed after this long. */
const OLD_STYLE_AGE_MS = 60 * 60 * 1000;

/** True when a process with this pid exists (and may be signalled by us, or exists under another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let started: Promise<number> | undefined;

/**
 * Removes, once per process, the Chromium profile folders (`cvpress-chromium-*` in the temporary folder)
 * whose cvpress process is gone: a run killed with SIGKILL (or a machine that lost power) cannot
 * remove its own. A folder whose owner still runs, or whose Chromium still holds its `SingletonLock`, is
 * left alone.
 * @returns how many folders were removed
 */
export function removeStaleProfiles(dir = tmpdir()): Promise<number> {
  started ??= (async () => {
    let removed = 0;
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const m = NAME.exec(name);
      if (!m) continue;
      const folder = path.join(dir, name);
      const owner = m[1] !== undefined ? Number(m[1]) : undefined;
      if (owner === process.pid || (owner !== undefined && alive(owner))) continue;
      // Chromium's own lock names its process ("host-pid"): a live one keeps the folder.
      const lock = await readlink(path.join(folder, 'SingletonLock')).catch(() => undefined);
      const chromium = lock ? Number(/-(\d+)$/.exec(lock)?.[1]) : NaN;
      if (Number.isInteger(chromium) && alive(chromium)) continue;
      if (owner === undefined) {
        const age = await stat(folder).then((s) => Date.now() - s.mtimeMs, () => 0);
        if (age < OLD_STYLE_AGE_MS) continue;
      }
      await rm(folder, { recursive: true, force: true, maxRetries: 2 }).then(() => removed++, () => undefined);
    }
    return removed;
  })();
  return started;
}
