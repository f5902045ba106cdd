// Decodes a URI component, or gives the text back as written where its escapes are not valid.

/** `decodeURIComponent(s)`, or `s` itself when it holds an invalid escape ("%E0%A4%A"). */
export function decodeUriSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
