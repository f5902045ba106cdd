// Pass: a projects section whose table has a column of companies ("会社名 / プロジェクト名", "Company") and one of periods, in a CV with no work section, lists jobs.
import { columnLabels } from './split-head.js';
import type { ParseState, Section } from './parse-types.js';

/** Whether a header row of the section's tables names an organisation column and a period (or start) column. */
function companyTable(state: ParseState, s: Section): boolean {
  return s.lines.some((l) => {
    if (l.kind !== 'row' || !l.header) return false;
    const labels = columnLabels(l, s.lines, state);
    return labels.includes('organisation') && (labels.includes('period') || labels.includes('start'));
  });
}

/**
 * Pass: retypes as `work` each projects section holding a table whose header names a company column and a period
 * column ("| 期間 | 会社名 / プロジェクト名 | 概要 |"), when the CV has no work section: the rows are the person's jobs.
 */
export function retypeCompanyTables(state: ParseState): void {
  if (state.sections.some((s) => s.type === 'work')) return;
  for (const s of state.sections) {
    if (s.type !== 'projects' || !companyTable(state, s)) continue;
    s.type = 'work';
    s.why.push('a table of it has a company column and a period column, and the CV has no work section: jobs');
  }
}
