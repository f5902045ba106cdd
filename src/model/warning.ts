// Non-fatal findings about a CV (parser, renderer, sandbox), returned by the library, printed by the CLI.

/** A non-fatal finding about one CV. The library returns these; only the CLI prints them. */
export interface CvWarning {
  /** Stable machine-readable kind, e.g. `placeholder`, `no-contact`, `bad-date`, `blocked-request`. */
  code: string;
  /** Human-readable sentence that says what was found and, where useful, what to do. */
  message: string;
  /** The CV file, when known. */
  file?: string;
  /** 1-based source line, when known. */
  line?: number;
  /** JSON pointer of the value concerned (JSON Resume input), e.g. `/work/0/endDate`. */
  path?: string;
  /** True when the value is off the JSON Resume schema: `--strict` (config `strict: true`) makes it an error. */
  schema?: boolean;
}

/** Builds a warning object; kept tiny so every stage reports warnings the same way. */
export function createWarning(code: string, message: string, line?: number, file?: string): CvWarning {
  const w: CvWarning = { code, message };
  if (line !== undefined) w.line = line;
  if (file !== undefined) w.file = file;
  return w;
}
