// Pass: finishes the model: empty lists dropped, document titles, language and section order in meta, explain sorted.
import type { ParseState } from './parse-types.js';

/** A plain object with no key. */
function isEmptyObject(x: unknown): boolean {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && Object.keys(x).length === 0;
}

/** Pass: removes empty lists, entries with no field at their ends, and empty fields, records meta (detected language, document title), sorts the explain entries. */
export function finishModel(state: ParseState): void {
  const r = state.resume as Record<string, unknown>;
  for (const [k, v] of Object.entries(r)) {
    if (!Array.isArray(v)) continue;
    // ("•" left where a template wrote "{{ e.who }} &bull; {{ e.when }}": an entry with no field at the end of a list is none)
    while (v.length && isEmptyObject(v[v.length - 1])) v.pop();
    if (state.resume.meta?.sectionParts) state.resume.meta.sectionParts = state.resume.meta.sectionParts.filter((p) => p.key !== k || p.from < v.length);
    if (v.length === 0) delete r[k];
  }
  if (state.resume.basics && Object.keys(state.resume.basics).length === 0) delete state.resume.basics;
  const meta = (state.resume.meta ??= {});
  meta.detectedLang = state.lang;
  if (state.docTitles.length) meta.documentTitle = state.docTitles.join(' / ');
  state.explain.sort((a, b) => a.line - b.line || a.endLine - b.endLine || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
}
