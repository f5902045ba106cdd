// Pass: the text past the lines read for structure (see cut-overlong-body) becomes the last section of the CV, as written.
import type { ParseState } from './parse-types.js';
import { noteField } from './note-field.js';

/** Pass: adds `state.overflow` to the model as a generic section with no title, after every other section. */
export function keepOverflow(state: ParseState): void {
  const overflow = state.overflow;
  if (!overflow) return;
  const list = (state.resume.sections ??= []);
  list.push({ title: '', markdown: overflow.markdown, order: state.sections.length });
  const meta = (state.resume.meta ??= {});
  meta.sectionOrder = [...((meta.sectionOrder as string[] | undefined) ?? []), `sections/${list.length - 1}`];
  const endLine = overflow.line + overflow.markdown.split('\n').length - 1;
  noteField(state, `/sections/${list.length - 1}`, { line: overflow.line, endLine }, ['past the lines read for structure: kept as written']);
}
