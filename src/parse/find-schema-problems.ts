// Validates a JSON Resume against the official schema with ajv and explains each problem in a sentence.
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { loadJsonResumeSchema } from './load-json-resume-schema.js';

const require = createRequire(import.meta.url);
let validator: ValidateFunction | undefined;

/** Compiles the official JSON Resume schema once. */
function getValidator(): ValidateFunction {
  if (validator) return validator;
  // ajv loads on first use: Markdown-only runs (and a cold single render) never pay for it.
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  const addFormatsModule = require('ajv-formats') as unknown;
  const ajv = new AjvClass({ allErrors: true, strict: false, validateFormats: true });
  const addFormats = ((addFormatsModule as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => void;
  addFormats(ajv);
  validator = ajv.compile(loadJsonResumeSchema());
  return validator;
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

/**
 * Checks `data` against the official JSON Resume schema (ajv, every error, formats on).
 * @returns one entry per distinct problem: its JSON pointer (`/work/0/startDate`, `` for the root) and a
 *   sentence saying what is expected and what was found; empty when the document matches
 */
export function findSchemaProblems(data: unknown): Array<{ path: string; message: string }> {
  const validate = getValidator();
  if (validate(data)) return [];
  const out: Array<{ path: string; message: string }> = [];
  const seen = new Set<string>();
  for (const err of validate.errors ?? []) {
    const message = explainError(err, data);
    const key = `${err.instancePath}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: err.instancePath, message });
  }
  return out;
}
