// Splits a language written with its level ("Αγγλικά (Proficiency)", "English – native") into language and fluency.

/**
 * "Αγγλικά (Proficiency)", "English – native", "German: B2" → `{...entry, language, fluency}`; a name with no
 * level → `{...entry, language: name}`.
 */
export function splitLanguageLevel(name: string, entry: Record<string, unknown>): Record<string, unknown> {
  const open = name.lastIndexOf('(');
  if (open > 0 && name.endsWith(')')) return { ...entry, language: name.slice(0, open).trim(), fluency: name.slice(open + 1, -1).trim() };
  for (const sep of [' – ', ' — ', ' -- ', ' - ', ': ', ' | ']) {
    const at = name.indexOf(sep);
    if (at > 0) return { ...entry, language: name.slice(0, at).trim(), fluency: name.slice(at + sep.length).trim() };
  }
  return { ...entry, language: name };
}
