// ANSI colours for the CLI, off when NO_COLOR is set, on a dumb terminal or when stderr is not a TTY.
import type { CliIo } from './cli-io.js';

/** The colour functions the CLI uses; identity functions when colour is off. */
export interface Styles {
  enabled: boolean;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

/** Chooses colours for `io`: FORCE_COLOR forces them on, NO_COLOR (any value) or a non-TTY stderr turns them off. */
export function styleText(io: CliIo): Styles {
  const env = io.env;
  const enabled = env.NO_COLOR === undefined && (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' ? true : Boolean(io.stderr.isTTY) && env.TERM !== 'dumb');
  const wrap = (open: number, close: number) => (s: string) => (enabled ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return { enabled, red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
