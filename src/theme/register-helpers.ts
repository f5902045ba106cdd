// Registers the Handlebars helpers every cvpress theme can use (dates, labels, lists).
import type HandlebarsNs from 'handlebars';
import { formatDate } from './format-date.js';
import { formatDateRange } from './format-date-range.js';
import { translateLabel, type LabelKey } from './translate-label.js';

type HelperOptions = { data?: { root?: { lang?: string } }; hash?: Record<string, unknown> };

const langOf = (options: HelperOptions): string => String(options?.data?.root?.lang ?? 'en');
const isOptions = (v: unknown): v is HelperOptions => typeof v === 'object' && v !== null && 'data' in v && 'hash' in v;

/**
 * Registers on `hb` the helpers documented in docs/themes.md:
 * `t key` (translated label), `formatDate iso`, `dateRange start end`,
 * `join list sep`, `eq a b`, `any list…`. Dates and labels use the view's `lang`.
 */
export function registerHelpers(hb: typeof HandlebarsNs): void {
  hb.registerHelper('t', (key: unknown, options: HelperOptions) => translateLabel(String(key) as LabelKey, langOf(options)));
  hb.registerHelper('formatDate', (value: unknown, options: HelperOptions) =>
    typeof value === 'string' ? formatDate(value, langOf(options)) : '');
  hb.registerHelper('dateRange', (start: unknown, end: unknown, options: HelperOptions) =>
    formatDateRange(typeof start === 'string' ? start : undefined, typeof end === 'string' ? end : undefined, langOf(options)));
  hb.registerHelper('join', (list: unknown, sep: unknown) =>
    Array.isArray(list) ? list.filter((x) => x !== undefined && x !== null && x !== '').join(isOptions(sep) ? ', ' : String(sep)) : '');
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('any', (...args: unknown[]) =>
    args.slice(0, -1).some((a) => (Array.isArray(a) ? a.length > 0 : Boolean(a))));
}
