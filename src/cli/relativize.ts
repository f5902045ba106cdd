// Shortens absolute paths under the working folder inside a text, for terminal output and reports.
import path from 'node:path';

/** Replaces every `<cwd>/` inside `text` by nothing, so absolute paths read as relative ones. */
export function relativize(text: string, cwd: string): string {
  const prefix = cwd.endsWith(path.sep) ? cwd : cwd + path.sep;
  return text.split(prefix).join('');
}
