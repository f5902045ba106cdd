// Turns whatever a CV's run threw into the JSON-safe error of its batch result.
import { CvpressError } from '../model/errors.js';
import type { BatchError } from './batch-types.js';

/**
 * A JSON-safe error; errors that name no file (unknown theme, browser) name the CV they failed.
 * @param input - the CV (or file) the error is about when it names none itself
 */
export function toBatchError(err: unknown, input: string): BatchError {
  if (err instanceof CvpressError) {
    return {
      code: err.code,
      message: err.message,
      file: err.file ?? input,
      ...(err.line !== undefined ? { line: err.line } : {}),
      ...(err.column !== undefined ? { column: err.column } : {}),
      ...(err.hint !== undefined ? { hint: err.hint } : {}),
    };
  }
  return { code: 'E_INTERNAL', message: err instanceof Error ? err.message : String(err), file: input };
}
