// Pass split-pasted-paragraphs: a CV pasted as one paragraph is cut at its section names in capitals and at its lines of dates alone; other paragraphs stay whole.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** The lines' plain texts, paragraph by paragraph. */
function project(s: ParseState): unknown {
  const paras: string[][] = [];
  let block: number | undefined;
  for (const l of s.lines) {
    if (l.block !== block) paras.push([]);
    block = l.block;
    paras[paras.length - 1]!.push(l.plain);
  }
  return paras;
}

describePass({ pass: 'split-pasted-paragraphs', until: 'split-pasted-paragraphs', project, minCases: 2 });
