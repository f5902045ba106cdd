// Chooses a CV's effective language: the one given, else what its text and the parser point to, else English.
import { detectScriptLang } from './detect-script-lang.js';

const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/** `zh` alone says nothing of the script: the characters do (`zh-Hant` or `zh-Hans`). */
function withChineseScript(tag: string, text: string): string {
  if (tag.toLowerCase() !== 'zh') return tag;
  const found = detectScriptLang(text);
  return found?.startsWith('zh-') ? found : 'zh-Hans';
}

/**
 * The language a CV is rendered in (headings, dates, fonts, direction, line breaking):
 * - `given` (flag, front matter, config) when set, with `zh` made `zh-Hant` or `zh-Hans` by the text;
 * - else the language the writing system shows (kana ⇒ `ja`, Hangul ⇒ `ko`, Persian letters ⇒ `fa`…,
 *   see {@link detectScriptLang}) unless the parser's `detected` language is written that way too;
 * - else `detected` (the parser's guess from headings and words), else `en`.
 * @param given - the language set by the options, if any
 * @param detected - the parser's guess (`meta.detectedLang`), if any
 * @param text - the CV's source text
 */
export function resolveLang(given: string | undefined, detected: string | undefined, text: string): string {
  if (given) return withChineseScript(given, text);
  const script = detectScriptLang(text);
  if (!detected) return script ?? 'en';
  if (!script) return withChineseScript(detected, text);
  if (primary(detected) !== primary(script)) return script;
  return detected.toLowerCase() === 'zh' ? script : detected;
}
