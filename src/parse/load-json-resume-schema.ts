// The official JSON Resume schema (@jsonresume/schema), loaded once: the source of truth for what is off-schema.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A node of the JSON Resume schema (draft-07), as far as cvpress reads it. */
export interface SchemaNode {
  type?: string;
  format?: string;
  $ref?: string;
  pattern?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  [key: string]: unknown;
}

let schema: SchemaNode | undefined;

/**
 * The official JSON Resume schema shipped by `@jsonresume/schema`, read once.
 * @returns the schema object (shared: do not modify it)
 */
export function loadJsonResumeSchema(): SchemaNode {
  schema ??= require('@jsonresume/schema/schema.json') as SchemaNode;
  return schema;
}
