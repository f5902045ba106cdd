// Drops the icons that open a line's text ("📧 Email:", "🏫 毕业院校：", "☎ Tel:"): emoji, symbols, their joiners and selectors, and the spaces after them.

const LEADING_ICONS = /^[\p{Extended_Pictographic}\p{So}\ufe0f\u200d\s]+/u;

/** `text` without the emoji and symbols (and white space) it opens with. */
export function dropLeadingIcons(text: string): string {
  return text.replace(LEADING_ICONS, '');
}
