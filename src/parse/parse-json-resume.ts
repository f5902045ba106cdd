// JSON Resume (.json / .yaml) → résumé model: data-only parsing, off-schema values read with warnings (path, line, fix).
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import { checkExpandedSize } from './check-expanded-size.js';
import { checkYamlScalars } from './check-yaml-scalars.js';
import { findDuplicateKeys } from './find-duplicate-keys.js';
import { findYamlDuplicateKeys } from './find-yaml-duplicate-keys.js';
import { loadYaml } from './load-yaml.js';
import { mergeYamlDocuments, type MergedYamlDocuments } from './merge-yaml-documents.js';
import { LimitError, MalformedError } from '../model/errors.js';
import type { ParseResult } from '../model/parse-result.js';
import type { Resume } from '../model/types.js';
import { createWarning, type CvWarning } from '../model/warning.js';
import { detectJsonResumeLanguage } from './detect-json-resume-language.js';
import { findSchemaProblems } from './find-schema-problems.js';
import { normalizeJsonResume } from './normalize-json-resume.js';
import { toDuplicateKeyWarnings } from './to-duplicate-key-warnings.js';
import { relaxJson } from './relax-json.js';
import { toSchemaError } from './to-schema-error.js';

/** Options for {@link parseJsonResume}. */
export interface ParseJsonResumeOptions {
  /** The file name, for errors and warnings. */
  file?: string;
  kind: 'json' | 'yaml';
  /** Deepest nesting of objects/arrays accepted (default 64). */
  maxDepth?: number;
  /** Throw `E_SCHEMA` for any schema warning instead of reading past it (`--strict`). */
  strict?: boolean;
}

/** Default bound on nesting depth: a real CV needs about 5. */
const DEFAULT_MAX_DEPTH = 64;

/** 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}

/** Deepest bracket nesting of a JSON or flow-YAML text (outside strings), stopping early past `limit`. */
function measureBracketDepth(text: string, limit: number): { depth: number; offset: number } {
  let depth = 0;
  let inString: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\' && inString === '"') i++;
      else if (c === inString) inString = null;
      continue;
    }
    if (c === '"') inString = '"';
    else if (c === '{' || c === '[') {
      depth++;
      if (depth > limit) return { depth, offset: i };
    } else if (c === '}' || c === ']') depth = Math.max(0, depth - 1);
  }
  return { depth, offset: -1 };
}

/** Deepest block-indentation nesting of a YAML text (each `- ` counts as a level), stopping early past `limit`. */
function measureIndentDepth(text: string, limit: number): { depth: number; line: number } {
  const stack: number[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    if (/^\s*(#|$)/.test(raw)) continue;
    const m = /^( *)((?:- +)*)/.exec(raw)!;
    let indent = m[1]!.length;
    const levels: number[] = [indent];
    for (const dash of m[2]!.match(/- +/g) ?? []) {
      indent += dash.length;
      levels.push(indent);
    }
    const first = levels[0]!;
    while (stack.length && stack[stack.length - 1]! >= first) stack.pop();
    stack.push(...levels);
    if (stack.length > limit) return { depth: stack.length, line: n + 1 };
  }
  return { depth: stack.length, line: -1 };
}

/** Records the start offset of every value of a valid JSON text, by JSON pointer. */
function mapJsonPointers(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  const ws = (): void => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  // Iterative walk with an explicit stack, so depth never hits the call-stack limit.
  type Frame = { kind: 'obj' | 'arr'; ptr: string; index: number };
  const stack: Frame[] = [];
  const esc = (k: string): string => k.replace(/~/g, '~0').replace(/\//g, '~1');
  let ptr = '';
  for (;;) {
    ws();
    out.set(ptr, i);
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      ws();
      if (text[i] === '}' || text[i] === ']') {
        i++;
      } else {
        const frame: Frame = { kind: c === '{' ? 'obj' : 'arr', ptr, index: 0 };
        stack.push(frame);
        if (frame.kind === 'obj') {
          const key = readString();
          ws();
          i++; // :
          ptr = `${frame.ptr}/${esc(key)}`;
        } else {
          ptr = `${frame.ptr}/0`;
        }
        continue;
      }
    } else if (c === '"') {
      readString();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    }
    // After a value: close finished containers, or move to the next member.
    for (;;) {
      const frame = stack[stack.length - 1];
      if (!frame) return out;
      ws();
      if (text[i] === ',') {
        i++;
        ws();
        frame.index++;
        if (frame.kind === 'obj') {
          const key = readString();
          ws();
          i++;
          ptr = `${frame.ptr}/${esc(key)}`;
        } else ptr = `${frame.ptr}/${frame.index}`;
        break;
      }
      i++; // } or ]
      stack.pop();
      if (i >= text.length + 1) return out;
    }
  }
}

/** Finds the YAML node at a JSON pointer, the key of a map entry (or the nearest existing ancestor). */
function findYamlNode(root: unknown, pointer: string): YamlNode | undefined {
  const { isMap, isPair, isScalar, isSeq } = loadYaml();
  let node = root as YamlNode | null | undefined;
  let found = node ?? undefined;
  const parts = pointer === '' ? [] : pointer.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const part of parts) {
    if (isMap(node)) {
      // the last of a key written twice: its value is the one kept
      const pair = node.items.findLast((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === part);
      node = (pair?.value ?? pair?.key) as YamlNode | undefined;
      // A field is reported at its key's line (a block value starts on the next one).
      if (node) found = (pair?.key ?? node) as YamlNode;
    } else if (isSeq(node)) {
      node = node.items[Number(part)] as YamlNode | undefined;
      if (node) found = node;
    } else break;
    if (!node) break;
  }
  return found ?? undefined;
}

/** Deepest nesting of a parsed value (iterative). */
function valueDepth(root: unknown, limit: number): number {
  const stack: Array<[unknown, number]> = [[root, 1]];
  let max = 0;
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    max = Math.max(max, d);
    if (max > limit) return max;
    for (const child of Object.values(v as object)) stack.push([child, d + 1]);
  }
  return max;
}

/** What ajv still finds in the normalized model (an email that is not one, a number where a list goes…), as schema warnings. */
function residualProblems(normalized: ReturnType<typeof normalizeJsonResume>, lineOf: (pointer: string) => number | undefined, file: string): CvWarning[] {
  const toSource = (ptr: string): string => {
    for (let p = ptr; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const from = normalized.origin.get(p);
      if (from !== undefined) return from + ptr.slice(p.length);
      if (p === '') return ptr;
    }
  };
  const warned = new Set(normalized.warnings.filter((w) => w.schema).map((w) => w.path));
  const out: CvWarning[] = [];
  for (const problem of findSchemaProblems(normalized.resume)) {
    const path = toSource(problem.path) || '/';
    if (warned.has(path)) continue;
    const w = createWarning('schema', `${path}: ${problem.message} Fix: see https://jsonresume.org/schema for what this field holds.`, lineOf(path === '/' ? '' : path), file);
    w.path = path;
    w.schema = true;
    out.push(w);
  }
  return out;
}

/** The `E_JSON` error for a text JSON.parse refuses, at the line and column it names. */
function malformedJson(text: string, file: string): MalformedError {
  let err: unknown;
  try {
    JSON.parse(text);
  } catch (e) {
    err = e;
  }
  const msg = err instanceof Error ? err.message : String(err);
  const m = /position (\d+)/.exec(msg);
  const offset = m ? Number(m[1]) : text.length;
  const { line, column } = lineColumn(text, offset);
  return new MalformedError('E_JSON', `is not valid JSON: ${msg.replace(/^JSON\.parse: /, '')}.`, {
    file,
    line,
    column,
    hint: 'Fix the syntax at that place (a missing comma, quote or bracket is the usual cause).',
    cause: err,
  });
}

/** One `json-syntax` warning for the trailing commas or the comments read past, naming their lines. */
function relaxedWarning(text: string, offsets: number[], one: string, many: string, fix: string, file: string): CvWarning[] {
  if (!offsets.length) return [];
  const lines = [...new Set(offsets.map((o) => lineColumn(text, o).line))];
  const named = lines.slice(0, 6).join(', ') + (lines.length > 6 ? ` and ${lines.length - 6} more` : '');
  const what = offsets.length === 1 ? `${one} (line ${named})` : `${offsets.length} ${many} (line${lines.length === 1 ? '' : 's'} ${named})`;
  return [createWarning('json-syntax', `has ${what}, which JSON does not allow: read past. Fix: ${fix}`, lines[0], file)];
}

/** JSON.parse of the text, else of the text with trailing commas and comments blanked out (warned), else undefined. */
function parseLenient(text: string, file: string, strict: boolean): { data: unknown; text: string; warnings: CvWarning[] } | undefined {
  try {
    return { data: JSON.parse(text), text, warnings: [] };
  } catch {
    if (strict) return undefined;
  }
  const relaxed = relaxJson(text);
  if (!relaxed.commas.length && !relaxed.comments.length) return undefined;
  try {
    const data: unknown = JSON.parse(relaxed.text);
    return {
      data,
      text: relaxed.text,
      warnings: [
        ...relaxedWarning(text, relaxed.commas, 'a comma after the last item', 'commas after the last item', 'remove the comma before the closing ] or }.', file),
        ...relaxedWarning(text, relaxed.comments, 'a comment', 'comments', 'remove the comments (JSON has none; YAML allows # comments).', file),
      ],
    };
  } catch {
    return undefined;
  }
}

/**
 * Parses JSON text; `lineOf` maps a JSON pointer to its source line (lazily). Trailing commas and comments
 * are read past with a `json-syntax` warning, unless `strict`.
 */
function readJson(text: string, file: string, strict: boolean): { data: unknown; lineOf: (pointer: string) => number | undefined; duplicates: CvWarning[] } {
  let lineOf: (pointer: string) => number | undefined;
  const lenient = parseLenient(text, file, strict);
  if (!lenient) throw malformedJson(text, file);
  const { data, warnings: syntax } = lenient;
  text = lenient.text;
  // JSON.parse keeps the last of two equal keys (so does cvpress): the other value must not vanish without a word.
  const duplicates = [...syntax, ...toDuplicateKeyWarnings(findDuplicateKeys(text), file)];
  let pointers: Map<string, number> | undefined;
  lineOf = (pointer) => {
    try {
      pointers ??= mapJsonPointers(text);
    } catch {
      return undefined;
    }
    let p = pointer;
    for (;;) {
      const off = pointers.get(p);
      if (off !== undefined) return lineColumn(text, off).line;
      if (p === '') return undefined;
      p = p.slice(0, p.lastIndexOf('/'));
    }
  };
  return { data, lineOf, duplicates };
}

/** The documents of a YAML text (one, or each `---` document), or the `E_YAML` error of the first problem. */
function parseYamlDocuments(text: string, file: string): { docs: Document[]; lineCounter: LineCounter } {
  const { LineCounter, parseAllDocuments, parseDocument } = loadYaml();
  // uniqueKeys off: duplicates are found below in one pass (the yaml package's check is quadratic and refuses the file)
  const options = { schema: 'core', uniqueKeys: false, prettyErrors: false, strict: true, merge: false } as const;
  let lineCounter = new LineCounter();
  let docs: Document[] = [parseDocument(text, { ...options, lineCounter })];
  if (docs[0]!.errors[0]?.code === 'MULTIPLE_DOCS') {
    lineCounter = new LineCounter();
    const all = parseAllDocuments(text, { ...options, lineCounter });
    docs = Array.isArray(all) ? all : [];
  }
  for (const doc of docs) {
    const problem = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (!problem) continue;
    const pos = lineCounter.linePos(problem.pos[0]);
    const isTag = problem.code === 'TAG_RESOLVE_FAILED';
    throw new MalformedError('E_YAML', isTag ? `uses a YAML tag that cvpress does not run: ${problem.message.split(' at line')[0]}.` : `is not valid YAML: ${problem.message.split(' at line')[0]}.`, {
      file,
      line: pos.line,
      column: pos.col,
      hint: isTag ? 'A CV is data only: remove the tag (e.g. `!!js/function`) and write the plain value.' : 'Fix the syntax at that place (indentation and unquoted colons are the usual causes).',
    });
  }
  return { docs, lineCounter };
}

/** A document's value, bounded alias expansion. */
function yamlToJs(doc: Document, file: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new MalformedError('E_YAML', `could not be read: ${err instanceof Error ? err.message : String(err)}.`, {
      file,
      hint: 'Remove YAML aliases (*name) that expand to huge documents.',
      cause: err,
    });
  }
}

/** The `yaml-documents` warning: which document is the résumé, which fields of the others are kept, clash or are skipped. */
function documentsWarning(merged: MergedYamlDocuments, docs: Document[], lineCounter: LineCounter, file: string): CvWarning {
  const lineOfDoc = (i: number): number => lineCounter.linePos(docs[i]!.contents?.range?.[0] ?? docs[i]!.range?.[0] ?? 0).line;
  const others = docs.map((_, i) => i).filter((i) => i !== merged.main && docs[i]!.contents !== null);
  const list = (keys: string[]): string => keys.slice(0, 6).map((k) => JSON.stringify(k)).join(', ') + (keys.length > 6 ? ` and ${keys.length - 6} more` : '');
  const parts = [`holds ${docs.length} YAML documents (separated by ---): the one at line ${lineOfDoc(merged.main)} is read as the résumé`];
  if (merged.kept.length) parts.push(`the fields of the other${others.length === 1 ? ` (line ${lineOfDoc(others[0]!)})` : 's'} are kept beside it: ${list(merged.kept)}`);
  if (merged.clashes.length) parts.push(`fields the résumé also has are not read from the other${others.length === 1 ? '' : 's'}: ${list(merged.clashes)}`);
  if (merged.skipped.length) parts.push(`documents that are not objects are not read (line${merged.skipped.length === 1 ? '' : 's'} ${merged.skipped.map(lineOfDoc).join(', ')})`);
  return createWarning('yaml-documents', `${parts.join('; ')}. Fix: keep one document (remove the --- lines and merge the fields).`, lineOfDoc(others[0] ?? merged.main), file);
}

/**
 * Parses YAML text with the core schema (no custom tags, bounded aliases); `lineOf` maps a JSON pointer to its line.
 * A key written twice keeps its last value, as JSON.parse does, with a `duplicate-key` warning. A text of several
 * `---` documents is read as one résumé (`mergeYamlDocuments`), with a `yaml-documents` warning.
 */
function readYaml(text: string, file: string, tooDeep: (line?: number) => LimitError, maxDepth: number): { data: unknown; lineOf: (pointer: string) => number | undefined; duplicates: CvWarning[] } {
  const indent = measureIndentDepth(text, maxDepth);
  if (indent.depth > maxDepth) throw tooDeep(indent.line);
  checkYamlScalars(text, { file, what: 'The document' });
  const { docs, lineCounter } = parseYamlDocuments(text, file);
  const values = docs.map((doc) => yamlToJs(doc, file));
  const merged = docs.length > 1 ? mergeYamlDocuments(docs, values) : undefined;
  const data = merged ? merged.data : values[0];
  checkExpandedSize(data, { textLength: text.length, file, what: 'The document' });
  const duplicates = docs.flatMap((doc) => toDuplicateKeyWarnings(findYamlDuplicateKeys(doc, text), file));
  if (merged) duplicates.unshift(documentsWarning(merged, docs, lineCounter, file));
  const lineOf = (pointer: string): number | undefined => {
    const key = pointer.split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
    const doc = docs[(key !== undefined ? merged?.from.get(key) : undefined) ?? merged?.main ?? 0];
    const node = findYamlNode(doc?.contents, pointer);
    const start = node?.range?.[0];
    return start === undefined ? undefined : lineCounter.linePos(start).line;
  };
  return { data, lineOf, duplicates };
}

/**
 * Parses a JSON Resume document written as JSON or YAML (data only: JSON.parse, YAML core schema
 * with custom tags rejected), bounds its nesting, and reads it against the official JSON Resume schema
 * (see `normalizeJsonResume`): what is off-schema but readable is read and reported as a warning with
 * its JSON path, line and fix (`schema: true`), ajv's remaining findings too. Unknown fields are kept. A key
 * written twice in one object keeps its last value, with a `duplicate-key` warning naming the key and both lines.
 * A file that names no language (`meta.lang`) and whose prose is in a Latin-script language other than English
 * gets that language as `meta.detectedLang` (`detectJsonResumeLanguage`), as a Markdown CV does.
 * @param text - the file's text (BOM already stripped)
 * @param opts - `kind` (json or yaml), `file` for messages, `maxDepth` (default 64), `strict`
 * @returns the model, warnings, an empty explain list, and the kind
 * @throws MalformedError `E_JSON`/`E_YAML` with line and column; SchemaError `E_SCHEMA` for what cannot
 *   be read (every problem with its JSON path and line), or with `strict` for every schema warning;
 *   LimitError `E_TOO_DEEP` when nesting exceeds `maxDepth`
 */
export function parseJsonResume(text: string, opts: ParseJsonResumeOptions): ParseResult {
  const file = opts.file ?? '<input>';
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  const warnings: CvWarning[] = [];
  const tooDeep = (line?: number): LimitError =>
    new LimitError('E_TOO_DEEP', `nests objects and lists more than ${maxDepth} levels deep.`, {
      file,
      ...(line !== undefined && line > 0 ? { line } : {}),
      hint: 'A JSON Resume needs only a few levels; flatten the structure.',
    });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const brackets = measureBracketDepth(text, maxDepth);
  if (brackets.depth > maxDepth) throw tooDeep(lineColumn(text, brackets.offset).line);

  const { data, lineOf, duplicates } = opts.kind === 'json' ? readJson(text, file, opts.strict === true) : readYaml(text, file, tooDeep, maxDepth);
  if (valueDepth(data, maxDepth) > maxDepth) throw tooDeep();

  const normalized = normalizeJsonResume(data, { file, lineOf });
  warnings.push(...duplicates, ...normalized.warnings, ...residualProblems(normalized, lineOf, file));
  if (opts.strict) {
    const error = toSchemaError(file, warnings);
    if (error) throw error;
  }
  const resume = normalized.resume as Resume;
  // (the language its prose is written in, when the file does not name it and it is one the script cannot tell:
  // Spanish, Polish…; never English, the default, so an English file's model stays as written)
  const detectedLang = detectJsonResumeLanguage(resume);
  if (detectedLang) resume.meta = { ...resume.meta, detectedLang };
  return { resume, warnings, explain: [], kind: opts.kind };
}
