// JSON Resume (.json / .yaml) → résumé model: data-only parsing, schema validation with lines, unknown fields kept.
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Node as YamlNode } from 'yaml';
import { checkExpandedSize } from './check-expanded-size.js';
import { checkYamlScalars } from './check-yaml-scalars.js';
import { findDuplicateKey } from './find-duplicate-key.js';
import { loadYaml } from './load-yaml.js';
import { LimitError, MalformedError, SchemaError, type SchemaProblem } from '../model/errors.js';
import type { ParseResult } from '../model/parse-result.js';
import type { Resume } from '../model/types.js';
import { createWarning, type CvWarning } from '../model/warning.js';

/** Options for {@link parseJsonResume}. */
export interface ParseJsonResumeOptions {
  /** The file name, for errors and warnings. */
  file?: string;
  kind: 'json' | 'yaml';
  /** Deepest nesting of objects/arrays accepted (default 64). */
  maxDepth?: number;
}

/** Default bound on nesting depth: a real CV needs about 5. */
const DEFAULT_MAX_DEPTH = 64;

const require = createRequire(import.meta.url);
let validator: ValidateFunction | undefined;

/** Compiles the official JSON Resume schema once. */
function getValidator(): ValidateFunction {
  if (validator) return validator;
  const schema = require('@jsonresume/schema/schema.json') as Record<string, unknown>;
  // ajv loads on first use: Markdown-only runs (and a cold single render) never pay for it.
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  const addFormatsModule = require('ajv-formats') as unknown;
  const ajv = new AjvClass({ allErrors: true, strict: false, validateFormats: true });
  const addFormats = ((addFormatsModule as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => void;
  addFormats(ajv);
  validator = ajv.compile(schema);
  return validator;
}

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

/** Finds the YAML node at a JSON pointer (or the nearest existing ancestor). */
function findYamlNode(root: unknown, pointer: string): YamlNode | undefined {
  const { isMap, isPair, isScalar, isSeq } = loadYaml();
  let node = root as YamlNode | null | undefined;
  let found = node ?? undefined;
  const parts = pointer === '' ? [] : pointer.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const part of parts) {
    if (isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === part);
      node = (pair?.value ?? pair?.key) as YamlNode | undefined;
    } else if (isSeq(node)) {
      node = node.items[Number(part)] as YamlNode | undefined;
    } else break;
    if (!node) break;
    found = node;
  }
  return found ?? undefined;
}

/** Describes a value for a message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const s = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(s);
  }
  return `${typeof value} ${String(value)}`;
}

/** Gets the value at a JSON pointer. */
function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let v: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** Turns one ajv error into a sentence that says what is expected. */
function explainError(err: ErrorObject, data: unknown): string {
  const got = describe(valueAt(data, err.instancePath));
  switch (err.keyword) {
    case 'type':
      return `must be ${/^[aeiou]/.test(String(err.params.type)) ? 'an' : 'a'} ${String(err.params.type)}, got ${got}.`;
    case 'pattern':
      if (err.schemaPath.includes('iso8601')) return `must be a date, expected YYYY, YYYY-MM or YYYY-MM-DD, got ${got}.`;
      return `must match ${String(err.params.pattern)}, got ${got}.`;
    case 'format':
      if (err.params.format === 'uri') return `must be a full URL such as https://example.com/page, got ${got}.`;
      if (err.params.format === 'email') return `must be an email address such as name@example.com, got ${got}.`;
      return `must match format "${String(err.params.format)}", got ${got}.`;
    default:
      return `${err.message ?? 'is invalid'}.`;
  }
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

/** YAML lets people write years as numbers (`startDate: 2020`); turn those into the strings the schema wants. */
function coerceYamlDates(root: unknown, warnings: CvWarning[], file: string): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
      if (!Array.isArray(v) && /^(date|releaseDate|startDate|endDate|lastModified)$/.test(key) && typeof child === 'number' && Number.isInteger(child) && child >= 1000 && child <= 2999) {
        (v as Record<string, unknown>)[key] = String(child);
        if (warnings.length < 20) warnings.push(createWarning('coerced-value', `"${key}: ${child}" read as the text "${child}" (quote dates in YAML).`, undefined, file));
      } else stack.push(child);
    }
  }
}

/**
 * Parses a JSON Resume document written as JSON or YAML (data only: JSON.parse, YAML core schema
 * with custom tags rejected), bounds its nesting, and validates it against the official JSON Resume
 * schema. Unknown extra fields are kept.
 * @param text - the file's text (BOM already stripped)
 * @param opts - `kind` (json or yaml), `file` for messages, `maxDepth` (default 64)
 * @returns the model, warnings, an empty explain list, and the kind
 * @throws MalformedError `E_JSON`/`E_YAML` with line and column; SchemaError `E_SCHEMA` listing every
 *   problem with its JSON path and line; LimitError `E_TOO_DEEP` when nesting exceeds `maxDepth`
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

  let data: unknown;
  let lineOf: (pointer: string) => number | undefined;
  if (opts.kind === 'json') {
    try {
      data = JSON.parse(text);
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      const m = /position (\d+)/.exec(msg);
      const offset = m ? Number(m[1]) : text.length;
      const { line, column } = lineColumn(text, offset);
      throw new MalformedError('E_JSON', `is not valid JSON: ${msg.replace(/^JSON\.parse: /, '')}.`, {
        file,
        line,
        column,
        hint: 'Fix the syntax at that place (a missing comma, quote or bracket is the usual cause).',
        cause: err,
      });
    }
    // JSON.parse keeps the last of two equal keys: the other value would be lost without a word.
    const dup = findDuplicateKey(text);
    if (dup) {
      throw new MalformedError('E_JSON', `has the key ${JSON.stringify(dup.key)} twice in one object (lines ${dup.firstLine} and ${dup.line}); only one value could be kept.`, {
        file,
        line: dup.line,
        hint: 'Remove one of the two, or merge their values.',
      });
    }
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
  } else {
    const indent = measureIndentDepth(text, maxDepth);
    if (indent.depth > maxDepth) throw tooDeep(indent.line);
    checkYamlScalars(text, { file, what: 'The document' });
    const { LineCounter, parseDocument } = loadYaml();
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { schema: 'core', lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, merge: false });
    const problem = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (problem) {
      const pos = lineCounter.linePos(problem.pos[0]);
      const isTag = problem.code === 'TAG_RESOLVE_FAILED';
      throw new MalformedError('E_YAML', isTag ? `uses a YAML tag that cvpress does not run: ${problem.message.split(' at line')[0]}.` : `is not valid YAML: ${problem.message.split(' at line')[0]}.`, {
        file,
        line: pos.line,
        column: pos.col,
        hint: isTag ? 'A CV is data only: remove the tag (e.g. `!!js/function`) and write the plain value.' : 'Fix the syntax at that place (indentation and unquoted colons are the usual causes).',
      });
    }
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (err) {
      throw new MalformedError('E_YAML', `could not be read: ${err instanceof Error ? err.message : String(err)}.`, {
        file,
        hint: 'Remove YAML aliases (*name) that expand to huge documents.',
        cause: err,
      });
    }
    checkExpandedSize(data, { textLength: text.length, file, what: 'The document' });
    coerceYamlDates(data, warnings, file);
    lineOf = (pointer) => {
      const node = findYamlNode(doc.contents, pointer);
      const start = node?.range?.[0];
      return start === undefined ? undefined : lineCounter.linePos(start).line;
    };
  }
  if (valueDepth(data, maxDepth) > maxDepth) throw tooDeep();

  const validate = getValidator();
  if (!validate(data)) {
    const problems: SchemaProblem[] = [];
    const seen = new Set<string>();
    for (const err of validate.errors ?? []) {
      const message = explainError(err, data);
      const key = `${err.instancePath}\u0000${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const line = lineOf(err.instancePath);
      problems.push({ path: err.instancePath || '/', message, ...(line !== undefined ? { line } : {}) });
    }
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    throw new SchemaError(file, problems);
  }
  return { resume: data as Resume, warnings, explain: [], kind: opts.kind };
}
