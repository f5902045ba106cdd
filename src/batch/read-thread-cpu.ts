// Reads the CPU time one thread of this process has used so far, from /proc (Linux only).
import { readFileSync } from 'node:fs';

/** Milliseconds per clock tick of `/proc/<pid>/task/<tid>/stat` (USER_HZ is 100 on Linux). */
const MS_PER_TICK = 10;

/**
 * The user + system CPU time a thread of this process has used, in milliseconds (10 ms steps), read from
 * `/proc/self/task/<tid>/stat`.
 * @param tid - the thread's id (a CV thread sends its own when it is ready)
 * @returns the time, or undefined where there is no such file (not Linux, or the thread has ended)
 */
export function readThreadCpu(tid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/self/task/${tid}/stat`, 'latin1');
  } catch {
    return undefined;
  }
  // Fields after the command name (which may hold spaces and parentheses): state is the 3rd field, utime the 14th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks * MS_PER_TICK : undefined;
}
