// Ends a Chromium and deletes its profile folder if this process exits while they are still there.
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

const live = new Map<ChildProcess, string>();
let installed = false;

/** Kills every Chromium still listed (its whole process group) and deletes its profile, synchronously. */
function cleanUp(): void {
  for (const [proc, dir] of live) {
    try {
      if (proc.pid !== undefined && process.platform !== 'win32') process.kill(-proc.pid, 'SIGKILL');
      else proc.kill('SIGKILL');
    } catch {
      /* gone already */
    }
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      /* the next run removes it (removeStaleProfiles) */
    }
  }
  live.clear();
}

/**
 * Registers a running Chromium and its profile folder: if this process exits before the browser is
 * closed (`process.exit` after a second Ctrl-C, an uncaught error), the browser's process group is
 * killed and the folder deleted on the way out. Chromium runs in a process group of its own, so it would
 * otherwise outlive cvpress.
 * @returns the function that unregisters it (call it once the browser is closed and the folder gone)
 */
export function removeOnExit(proc: ChildProcess, profileDir: string): () => void {
  if (!installed) {
    installed = true;
    process.on('exit', cleanUp);
  }
  live.set(proc, profileDir);
  return () => {
    live.delete(proc);
  };
}
