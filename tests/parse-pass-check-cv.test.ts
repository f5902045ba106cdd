// Pass check-cv: the warnings a user should act on (placeholders, no contact, a phone label without a number, reversed or overlapping dates, words that did not reach the model), each naming its line.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** Every warning's code and line. */
const project = (s: ParseState): unknown => s.warnings.map((w) => ({ code: w.code, line: w.line }));

describePass({
  pass: 'check-cv',
  until: 'check-cv',
  project,
  minCases: 8,
  knownFailures: {
    'overlapping-roles-name-their-lines': 'the overlapping-dates warning names no line (expected: the later role\'s dates, line 11)',
    'reversed-range-warned': '"2021 – 2019" is read as the single date 2021 (the 2019 goes to the description), so no reversed-date warning; it should warn naming line 8',
  },
});
