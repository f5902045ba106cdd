// The streams, environment and folder the CLI works with (injectable for tests).

/** A text sink, like `process.stdout`. */
export interface TextSink {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** What the CLI reads from and writes to. */
export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Aborted on Ctrl-C: `render` stops starting new CVs, finishes the ones printing, and exits 130. */
  signal?: AbortSignal;
}
