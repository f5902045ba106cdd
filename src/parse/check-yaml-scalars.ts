// Refuses a YAML double-quoted value too long to parse in linear time (the yaml package builds it a character at a time).
import { LimitError } from '../model/errors.js';
import { loadYaml } from './load-yaml.js';

/** Longest double-quoted YAML value read: a CV's longest text is a few kilobytes. */
const MAX_QUOTED = 256 * 1024;

/**
 * Scans a YAML text's tokens (the yaml package's lexer, linear and allocation-free) for a double-quoted
 * value longer than 256 KB. The yaml package decodes such a value by appending one character at a time,
 * which takes quadratic time in V8 past a few hundred kilobytes (1 MB: about 0.5 s, 2 MB: 1-2 s), so it
 * is refused before parsing. Plain, single-quoted and block (`|`, `>`) values of any length are fine.
 * @param text - the YAML text (a .yaml CV or front matter)
 * @param opts - `file`, `what` (e.g. "The front matter") and `firstLine` (the text's first line in the file, default 1) for the error
 * @throws LimitError `E_TOO_LARGE` naming the value's size, the limit and the line
 */
export function checkYamlScalars(text: string, opts: { file?: string; what: string; firstLine?: number }): void {
  let offset = 0;
  for (const token of new (loadYaml().Lexer)().lex(text)) {
    if (token.length > MAX_QUOTED && token.startsWith('"')) {
      let line = opts.firstLine ?? 1;
      for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
      throw new LimitError('E_TOO_LARGE', `${opts.what} has a double-quoted value of ${(token.length / 1024).toFixed(0)} KB, more than the ${MAX_QUOTED / 1024} KB cvpress reads in quotes.`, {
        ...(opts.file !== undefined ? { file: opts.file } : {}),
        line,
        hint: 'Write a long text as a block value (`key: |` and the text indented on the next lines), or shorten it.',
      });
    }
    offset += token.length;
  }
}
