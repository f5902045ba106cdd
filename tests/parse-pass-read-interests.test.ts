// Reader read-interests (in pass read-sections): one interest per item or line, comma lists split, "Group: a, b" and sub-items as keywords.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** The model's interests. */
const project = (s: ParseState): unknown => s.resume.interests ?? [];

describePass({ pass: 'read-interests', until: 'read-sections', project, minCases: 3 });
