// Builds the index of date words (months, present/since/from/to, durations, seasons, eras, Persian months) from lexicons, first lexicon winning, cached per lexicon order.
import type { Lexicon } from '../../model/lexicon/lexicon-types.js';
import { DATE_ROOT_DENSE, type DateTrie, type DateWordEntry, type DateWords } from './date-words.js';
import { classifyChar, CJK, LETTER, MARK, SPACE } from './classify-char.js';
import { foldChar } from './fold-char.js';

/**
 * Products whose versions are written as years: a bare year right after one is a version, not a date
 * ("Windows 2000", "SQL Server 2005", "VisualStudio.NET 2005"). Not language data: product names.
 */
const VERSION_WORDS: readonly string[] = [
  'windows', 'server', 'office', 'studio', 'net', 'excel', 'outlook', 'powerpoint', 'sharepoint', 'exchange', 'autocad', 'revit',
];

/** A month written as a Roman numeral (Polish, Czech, Slovak, Hungarian CVs: "VII 2016"). */
const ROMAN = /^[ivx]+$/;

type Entry = { -readonly [K in keyof DateWordEntry]: DateWordEntry[K] };
interface Node { next: Map<number, Node>; entry: Entry | undefined }

/** Orders kept per first lexicon (the parser uses one order per CV language: its language, English, the rest). */
const PER_FIRST = 8;
/** Built indexes by first lexicon, then by the whole order (compared by identity); collected with the lexicons. */
const cache = new WeakMap<Lexicon, Array<{ lexicons: readonly Lexicon[]; words: DateWords }>>();
/** The index of no lexicon (only the version words), what every parse starts with. */
let noLexicon: DateWords | undefined;

/**
 * The date words of `lexicons`, merged in order: where two lexicons disagree (a word naming two
 * months), the first wins; the parser passes the CV's language first, English second, then the
 * others. The first lexicon's calendar decides whether bare Buddhist-era or Persian years are read.
 * Built once per lexicon order and cached by the lexicons' identity (at most eight orders per first
 * lexicon, the oldest dropped; a cached index is never changed), so calling it per CV costs a lookup.
 */
export function buildDateWords(lexicons: readonly Lexicon[]): DateWords {
  const first = lexicons[0];
  if (!first) return (noLexicon ??= indexDateWords([]));
  let kept = cache.get(first);
  const hit = kept?.find((k) => k.lexicons.length === lexicons.length && k.lexicons.every((l, i) => l === lexicons[i]));
  if (hit) return hit.words;
  const words = indexDateWords(lexicons);
  if (!kept) cache.set(first, (kept = []));
  if (kept.length >= PER_FIRST) kept.shift();
  kept.push({ lexicons: [...lexicons], words });
  return words;
}

function indexDateWords(lexicons: readonly Lexicon[]): DateWords {
  const root: Node = { next: new Map(), entry: undefined };
  const otherStarts = new Set<number>();
  let maxLength = 0;
  const add = (word: string, apply: (e: Entry) => void): void => {
    const key = foldKey(word);
    if (key.length === 0) return;
    maxLength = Math.max(maxLength, key.length);
    const first = key[0] ?? 0;
    const cls = classifyChar(first);
    if (cls !== LETTER && cls !== CJK) otherStarts.add(first);
    apply(entryAt(root, key));
  };
  lexicons.forEach((lex, rank) => addLexicon(lex, rank, add));
  for (const w of VERSION_WORDS) add(w, (e) => { e.version = true; });
  const kind = lexicons[0]?.calendar?.kind;
  return {
    tags: lexicons.map((l) => l.tag), trie: flattenTrie(root), maxLength, otherStarts, typos: typoNames(lexicons.slice(0, 2)),
    buddhist: kind === 'buddhist', persian: kind === 'persian',
    counters: new Set(lexicons.flatMap((l) => (l.counters ?? []).map((w) => w.toLowerCase().charCodeAt(0)))),
  };
}

/** Full one-word month names of six letters or more, each with the entry of its month (first lexicon wins). */
function typoNames(lexicons: readonly Lexicon[]): Array<{ name: string; entry: DateWordEntry }> {
  const out: Array<{ name: string; entry: DateWordEntry }> = [];
  const seen = new Set<string>();
  lexicons.forEach((lex, rank) => lex.months.forEach((forms, i) => {
    for (const f of forms) {
      const name = f.toLowerCase();
      if (name.length < 6 || seen.has(name) || [...name].some((ch) => classifyChar(ch.charCodeAt(0)) !== LETTER)) continue;
      seen.add(name);
      out.push({ name, entry: { ...emptyEntry(), month: i + 1, monthRank: rank } });
    }
  }));
  return out;
}

/** Adds every date word of one lexicon (at `rank` in the order). */
function addLexicon(lex: Lexicon, rank: number, add: (word: string, apply: (e: Entry) => void) => void): void {
  const thai = lex.calendar?.kind === 'buddhist';
  lex.months.forEach((forms, i) => {
    // (a Roman numeral month, "VII 2016", counts only in the CV's own language: "SDE II 2015" in English is no February)
    for (const f of forms) if (rank === 0 || !ROMAN.test(f)) add(f, (e) => { if (e.month === 0) { e.month = i + 1; e.monthRank = rank; e.thai = thai; } });
  });
  if (lex.calendar?.kind === 'persian') {
    lex.calendar.months?.forEach((forms, i) => {
      for (const f of forms) add(f, (e) => { if (e.persianMonth === 0) e.persianMonth = i + 1; });
    });
  }
  for (const w of lex.present) add(w, (e) => { e.present = true; });
  for (const w of lex.since) add(w, (e) => { e.since = true; e.leadRank = Math.min(e.leadRank, rank); });
  for (const w of lex.from) add(w, (e) => { e.from = true; e.leadRank = Math.min(e.leadRank, rank); });
  for (const w of lex.to) add(w, (e) => { e.to = true; });
  for (const w of lex.until ?? []) add(w, (e) => { e.until = true; });
  for (const w of lex.approximately ?? []) add(w, (e) => { e.approx = true; });
  for (const w of lex.durations.years) add(w, (e) => { e.years = true; });
  for (const w of lex.durations.months) add(w, (e) => { e.months = true; });
  for (const w of lex.seasons ?? []) add(w, (e) => { e.season = true; });
  for (const era of lex.eras ?? []) {
    for (const w of era.names) add(w, (e) => { e.eraOffset ??= era.offset; });
  }
}

/** The trie as typed arrays (see DateTrie): nodes numbered in depth-first order, each node's edges sorted by code. */
function flattenTrie(root: Node): DateTrie {
  const nodes: Node[] = [];
  const number = (node: Node): void => {
    nodes.push(node);
    for (const c of [...node.next.keys()].sort((a, b) => a - b)) number(node.next.get(c)!);
  };
  number(root);
  const ids = new Map<Node, number>(nodes.map((n, i) => [n, i]));
  const first = new Int32Array(nodes.length + 1);
  const edges = nodes.reduce((n, x) => n + x.next.size, 0);
  const codes = new Uint16Array(edges);
  const kids = new Int32Array(edges);
  let e = 0;
  nodes.forEach((node, i) => {
    first[i] = e;
    for (const c of [...node.next.keys()].sort((a, b) => a - b)) {
      codes[e] = c;
      kids[e++] = ids.get(node.next.get(c)!)!;
    }
  });
  first[nodes.length] = e;
  const rootKids = new Int32Array(DATE_ROOT_DENSE).fill(-1);
  for (const [c, child] of root.next) if (c < DATE_ROOT_DENSE) rootKids[c] = ids.get(child)!;
  return { first, codes, kids, entries: nodes.map((n) => n.entry), rootKids };
}

/** The trie entry for `key`, created empty when new. */
function entryAt(root: Node, key: readonly number[]): Entry {
  let node = root;
  for (const c of key) {
    let child = node.next.get(c);
    if (!child) {
      child = { next: new Map(), entry: undefined };
      node.next.set(c, child);
    }
    node = child;
  }
  node.entry ??= emptyEntry();
  return node.entry;
}

function emptyEntry(): Entry {
  return {
    month: 0, monthRank: 0, thai: false, persianMonth: 0, present: false, since: false, from: false,
    leadRank: Number.MAX_SAFE_INTEGER, to: false, until: false, approx: false, years: false, months: false, season: false, eraOffset: undefined, version: false,
  };
}

/** A word as the trie keys it: lower case, folded, marks dropped, white space runs as one space, trimmed. */
function foldKey(word: string): number[] {
  const lower = word.toLowerCase();
  const key: number[] = [];
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const cls = classifyChar(c);
    if (cls === MARK) continue;
    if (cls === SPACE) {
      if (key.length > 0 && key[key.length - 1] !== 0x20) key.push(0x20);
      continue;
    }
    key.push(foldChar(c));
  }
  while (key.length > 0 && key[key.length - 1] === 0x20) key.pop();
  return key;
}

