// Drops the emoji shortcodes that open lines (":student:姓名：张恒华", "- :phone: 电话：…"): icons a site draws, no words of the CV's.

/** Shortcodes at a line's start, after its indentation and a list or quote mark. */
const SHORTCODES = /^([ \t]*(?:[-*+>][ \t]+)?)(?::[a-z0-9_+-]{2,30}:[ \t]*)+(?=\S)/gm;
/** A shortcode anywhere: a text without one has none at a line's start either (and is not scanned line by line). */
const ANY_SHORTCODE = /:[a-z0-9_+-]{2,30}:/;

/**
 * The text with the emoji shortcodes that open each of its lines removed (the marks before them kept). Only
 * leading ones: a shortcode inside a sentence, or a colon-delimited word there ("Ratio:1:2"), stays.
 */
export function dropShortcodes(text: string): string {
  return text.includes(':') && ANY_SHORTCODE.test(text) ? text.replace(SHORTCODES, '$1') : text;
}
