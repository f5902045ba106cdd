// Turns a CV's schema warnings into one SchemaError (`--strict`, `strict: true` in the config).
import { SchemaError, type SchemaProblem } from '../model/errors.js';
import type { CvWarning } from '../model/warning.js';

/**
 * The `E_SCHEMA` error that `--strict` raises for `warnings`: one problem per schema warning (`schema: true`)
 * with its JSON path, line and message; undefined when there is none (the CV renders).
 */
export function toSchemaError(file: string, warnings: readonly CvWarning[]): SchemaError | undefined {
  const problems: SchemaProblem[] = warnings
    .filter((w) => w.schema)
    .map((w) => {
      const path = w.path ?? '/';
      const message = w.message.startsWith(`${path}: `) ? w.message.slice(path.length + 2) : w.message;
      return { path, message, ...(w.line !== undefined ? { line: w.line } : {}) };
    });
  return problems.length ? new SchemaError(file, problems) : undefined;
}
