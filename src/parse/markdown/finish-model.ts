// Pass: finishes the model: empty lists dropped, document titles, language and section order in meta, explain sorted.
import type { ParseState } from './parse-types.js';

/** Pass: removes empty lists and fields, records meta (detected language, document title), sorts the explain entries. */
export function finishModel(state: ParseState): void {
  const r = state.resume as Record<string, unknown>;
  for (const [k, v] of Object.entries(r)) {
    if (Array.isArray(v) && v.length === 0) delete r[k];
  }
  if (state.resume.basics && Object.keys(state.resume.basics).length === 0) delete state.resume.basics;
  const meta = (state.resume.meta ??= {});
  meta.detectedLang = state.lang;
  if (state.docTitles.length) meta.documentTitle = state.docTitles.join(' / ');
  state.explain.sort((a, b) => a.line - b.line || a.endLine - b.endLine || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
}
