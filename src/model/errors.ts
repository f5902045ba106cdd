// Typed errors of cvpress: each has a stable `code`, the file and line where known, and a fix hint.

/** Where a problem is in a source file. */
export interface SourcePosition {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * Base class of every error cvpress throws on purpose. `code` is stable (for
 * scripts and reports); `hint` tells the user how to fix it. The message
 * reads `file:line: what happened. hint`.
 */
export class CvpressError extends Error {
  readonly code: string;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly hint: string | undefined;

  constructor(code: string, what: string, options: SourcePosition & { hint?: string; cause?: unknown } = {}) {
    const where = options.file
      ? `${options.file}${options.line !== undefined ? `:${options.line}` : ''}${options.line !== undefined && options.column !== undefined ? `:${options.column}` : ''}: `
      : '';
    super(`${where}${what}${options.hint ? ` ${options.hint}` : ''}`, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = new.target.name;
    this.code = code;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    this.hint = options.hint;
  }

  /** A plain object for reports (`--report`), JSON-safe. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, file: this.file, line: this.line, column: this.column };
  }
}

/** The input cannot be read as a CV at all (missing, empty, binary, too large, bad encoding). */
export class InputError extends CvpressError {}

/** The input is readable but malformed (Markdown front matter, JSON, YAML syntax). */
export class MalformedError extends CvpressError {}

/** One problem found by the JSON Resume schema; `path` is the JSON pointer of the bad value. */
export interface SchemaProblem {
  path: string;
  line?: number;
  message: string;
}

/** A JSON Resume document does not match the schema; lists every problem. */
export class SchemaError extends CvpressError {
  readonly problems: SchemaProblem[];
  constructor(file: string, problems: SchemaProblem[]) {
    const lines = problems.map((p) => `  ${file}${p.line !== undefined ? `:${p.line}` : ''} ${p.path || '/'}: ${p.message}`);
    super('E_SCHEMA', `does not match the JSON Resume schema (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}\n`, {
      file,
      ...(problems[0]?.line !== undefined ? { line: problems[0].line } : {}),
      hint: 'Fix each value named above (see https://jsonresume.org/schema).',
    });
    this.problems = problems;
  }
}

/** A theme cannot be found or is malformed. */
export class ThemeError extends CvpressError {}

/** Options or configuration are invalid (bad flag value, bad config file). */
export class ConfigError extends CvpressError {}

/** Chromium could not be found, launched, or failed while printing. */
export class BrowserError extends CvpressError {}

/** A resource bound was exceeded (size, depth, pages, time). */
export class LimitError extends CvpressError {}

/** The output could not be written. */
export class OutputError extends CvpressError {}
