// The comma a text parts its items with, for joining its comma parts back as written ("جنيف، سويسرا", "复旦大学，上海").

/**
 * The separator to join `text`'s comma parts (see splitCommas) with: the Arabic comma and a space, the fullwidth comma, or
 * ", ", whichever the text uses (the first of them it holds, in that order).
 */
export function commaOf(text: string): string {
  if (text.includes('،')) return '، ';
  if (text.includes('，')) return '，';
  return ', ';
}
