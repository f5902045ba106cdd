// Splits text at separators and drops the white space around each one, in linear time (no `\s*` before a separator).

/**
 * Splits `text` as a pattern of white space, a separator and white space would, without that pattern's
 * quadratic leading white space: `separator` is the separator followed by `\s*` (no capture groups, no
 * leading white space), and the white space before each separator is trimmed off the part it ends. The
 * parts are the same: a separator's leftmost match starts where the white space before it starts, which
 * is exactly what `trimEnd` removes.
 */
export function splitAround(text: string, separator: RegExp): string[] {
  const parts = text.split(separator);
  for (let i = 0; i < parts.length - 1; i++) parts[i] = parts[i]!.trimEnd();
  return parts;
}
