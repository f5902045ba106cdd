// Keeps lines no reader took as a generic section of the model (a table's header row goes to meta.tableHeaders).
import type { GenericSection } from '../../model/types.js';
import { bodyMarkdown } from './body-markdown.js';
import { noteField } from './note-field.js';
import type { Line, ParseState } from './parse-types.js';

/** Adds a generic section (kept verbatim as Markdown) unless it is empty; a table's header row is kept in meta, not shown. */
export function addGenericSection(state: ParseState, title: string, all: readonly Line[], order: number, from?: Line): void {
  const headers = all.filter((l) => l.kind === 'row' && l.header);
  if (headers.length) {
    const meta = (state.resume.meta ??= {});
    meta.tableHeaders = [...((meta.tableHeaders as string[] | undefined) ?? []), ...headers.map((h) => (h.cells ?? []).join(' | '))];
  }
  const lines = all.filter((l) => !headers.includes(l));
  const markdown = bodyMarkdown(lines);
  if (!markdown && (!title || all.length > 0)) return;
  const g: GenericSection = { title, order };
  if (markdown) g.markdown = markdown;
  const list = (state.resume.sections ??= []);
  list.push(g);
  const first = from ?? lines[0];
  const last = lines[lines.length - 1] ?? first;
  if (first && last) noteField(state, `/sections/${list.length - 1}`, { line: first.line, endLine: last.endLine }, ['kept as a section of its own']);
}
