// An error thrown in a CV thread as it crosses to the main thread (createCvThreads revives it as its class).
import { CvpressError, SchemaError } from '../model/errors.js';
import type { ThreadReply } from './cv-thread-types.js';

/** An error as it crosses to the main thread: its class name and every field. */
export function toThreadError(err: unknown): NonNullable<ThreadReply['error']> {
  if (err instanceof CvpressError) {
    return {
      name: err.name,
      message: err.message,
      code: err.code,
      ...(err.file !== undefined ? { file: err.file } : {}),
      ...(err.line !== undefined ? { line: err.line } : {}),
      ...(err.column !== undefined ? { column: err.column } : {}),
      ...(err.hint !== undefined ? { hint: err.hint } : {}),
      ...(err instanceof SchemaError ? { problems: err.problems } : {}),
    };
  }
  return { name: 'Error', message: err instanceof Error ? err.message : String(err) };
}
