// What a parser returns: the model, its warnings and where each field came from.
import type { Resume } from './types.js';
import type { CvWarning } from './warning.js';

/** One line of `cvpress parse --explain`: source lines → model field (JSON pointer). */
export interface ExplainEntry {
  /** 1-based first source line. */
  line: number;
  /** 1-based last source line (inclusive); same as `line` for one line. */
  endLine: number;
  /** JSON pointer into the model, e.g. `/work/0/position`. */
  field: string;
  /** Why the parser decided so: the deciding features, e.g. `heading level 3`, `job-title word "engineer"`. */
  why?: string[];
}

/** The input formats cvpress reads. */
export type SourceKind = 'markdown' | 'json' | 'yaml';

/** The result of parsing one CV. */
export interface ParseResult {
  resume: Resume;
  warnings: CvWarning[];
  /** Source-line provenance of model fields (Markdown only; empty for JSON/YAML). */
  explain: ExplainEntry[];
  kind: SourceKind;
}
