// Pass read-markdown-source: front matter (YAML, TOML, broken, unclosed) found and parsed, line breaks normalised, every line kept in place.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { contentLines, describePass } from './fixtures/parse-passes/pass-harness.js';

/** The front matter the pass found (data, or that it could not be read), its warnings, and the lines left as content. */
function project(s: ParseState): unknown {
  const fm = s.source.frontMatter;
  return {
    frontMatter: fm ? { format: fm.format, line: fm.line, endLine: fm.endLine, ...(fm.data ? { data: fm.data } : { unreadable: true }) } : null,
    warnings: s.warnings.map((w) => ({ code: w.code, line: w.line })),
    content: contentLines(s.source.body),
  };
}

describePass({ pass: 'read-markdown-source', until: 'read-markdown-source', project, minCases: 10 });
