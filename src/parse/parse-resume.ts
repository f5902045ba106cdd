// Dispatches a read source to the Markdown or the JSON Resume (JSON/YAML) parser.
import type { ParseResult, SourceKind } from '../model/parse-result.js';
import { parseJsonResume } from './parse-json-resume.js';
import { parseMarkdown } from './parse-markdown.js';

/**
 * Parses one CV source into the résumé model, by its kind.
 * @throws MalformedError / SchemaError from the parser of that kind
 */
export function parseResume(source: { text: string; file: string; kind: SourceKind }): ParseResult {
  if (source.kind === 'markdown') return parseMarkdown(source.text, { file: source.file });
  return parseJsonResume(source.text, { file: source.file, kind: source.kind });
}
