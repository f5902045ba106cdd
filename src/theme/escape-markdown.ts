// Escapes the characters that Markdown would read as formatting, for text that is shown as written.

/**
 * The text with Markdown's formatting characters (\ ` * _ [ ] < > #) backslash-escaped, so markdown-it
 * shows it as written.
 * @param s - plain text
 * @returns the escaped text
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>#])/g, '\\$1');
}
