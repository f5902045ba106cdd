// The shape raw HTML blocks are turned into before they become Lines (see htmlToLines).
import type { LineKind } from './parse-types.js';

/** One line of content read out of raw HTML, as inline Markdown, before its features are computed. */
export interface HtmlLine {
  /** `<h1>`…`<h6>` → heading; `<li>` → item; `<tr>` → row; `<dt>` → term; `<dd>` → def; anything else → text. */
  kind: LineKind;
  /** Heading level for `<hN>`, else 0. */
  level: number;
  /** Nesting depth for list items (0 = top). */
  depth: number;
  ordered: boolean;
  /**
   * The line's content as inline Markdown: `<strong>/<b>` → `**…**`, `<em>/<i>` → `*…*`, `<code>` → backticks,
   * `<a href>` → `[text](href)`, `<img alt src>` → `![alt](src)`, entities decoded, tags dropped, white space collapsed.
   */
  md: string;
  /** Table rows: each cell as inline Markdown (`<th>`/`<td>`). */
  cells?: string[];
  /** Table rows made of `<th>` cells only (or inside `<thead>`). */
  header?: boolean;
  /** 1-based source line where the line's content starts / ends. */
  line: number;
  endLine: number;
  /** Lines of one HTML block element (a `<p>`, one `<li>`, one `<tr>`, a `<div>` run of text) share a key. */
  blockKey: number;
}
