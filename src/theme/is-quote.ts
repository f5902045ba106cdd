// Tells whether a character is a CSS string quote, for the linear stylesheet scanners.

/**
 * Whether `c` opens or closes a CSS string: `"` or `'`.
 * @param c - one character (undefined past the end of the text)
 */
export function isQuote(c: string | undefined): boolean {
  return c === '"' || c === "'";
}
