// Types of the date finder: the word index built from the lexicons (DateWords) and the tokens findDates reads.

/** What one lexicon word (or phrase) means to the date finder; a word may mean several things. */
export interface DateWordEntry {
  /** Gregorian month 1–12 the word names, 0 when none (the first lexicon naming the word wins). */
  readonly month: number;
  /** Place of the lexicon that gave `month` in the lexicon order (0 = the CV's language). */
  readonly monthRank: number;
  /** The month word comes from a lexicon whose years may be Buddhist-era (Thai). */
  readonly thai: boolean;
  /** Solar Hijri month 1–12 (Farvardin = 1), 0 when none. */
  readonly persianMonth: number;
  /** "present", "heute", "現在": an ongoing end. */
  readonly present: boolean;
  /** "since", "seit", "depuis": opens a range with no end. */
  readonly since: boolean;
  /** "from", "von": before the first date of a range. */
  readonly from: boolean;
  /** Lowest place (in the lexicon order) of a lexicon that lists the word under `since` or `from`. */
  readonly leadRank: number;
  /** "class of", "expected", "promo": before a lone date that is an end. */
  readonly until: boolean;
  /** "ca", "circa", "около": before a date it makes approximate (read as the date). */
  readonly approx: boolean;
  /** "to", "bis", "~": between the two dates of a range. */
  readonly to: boolean;
  /** A duration word for years ("years", "года", "年"); after a year it marks the year ("2016 r.", "2019年"). */
  readonly years: boolean;
  /** A duration word for months ("meses", "mos", "月", "tháng"). */
  readonly months: boolean;
  /** A season or term written instead of a month ("summer", "Sommer", "קיץ"): the date keeps the year. */
  readonly season: boolean;
  /** An era written before a year and what to add to its number (平成 +1988, พ.ศ. −543); undefined when none. */
  readonly eraOffset: number | undefined;
  /** A product whose versions are years ("Windows 2000", "SQL Server 2005"): a bare year after it is no date. */
  readonly version: boolean;
}

/**
 * The character trie of date words (keys are folded char codes; a space matches a run of white space), flat:
 * nodes are numbers (the root is 0), and the edges of node i are [first[i], first[i + 1]) of `codes` and `kids`,
 * sorted by code. Typed arrays side by side keep a walk in a few cache lines (a trie of objects and maps cost a
 * cache miss a character).
 */
export interface DateTrie {
  /** Where each node's edges start in `codes` and `kids`, one more than there are nodes (the end of the last). */
  readonly first: Int32Array;
  /** The code of each edge. */
  readonly codes: Uint16Array;
  /** The node each edge leads to. */
  readonly kids: Int32Array;
  /** The entry of each node, undefined where no key ends. */
  readonly entries: ReadonlyArray<DateWordEntry | undefined>;
  /** The root's child for each code below DATE_ROOT_DENSE, -1 for none (the others are found among the root's edges). */
  readonly rootKids: Int32Array;
}

/** A node with more edges than this is searched by halving, one with fewer by scanning them. */
export const DATE_NODE_SCAN = 8;

/** Codes below this are looked up at the root in `rootKids` of DateTrie (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic). */
export const DATE_ROOT_DENSE = 0x700;

/** Every date word of a list of lexicons, merged in their order, ready for findDates. Immutable. */
export interface DateWords {
  /** Tags of the lexicons merged, in order (the first one won where two disagreed). */
  readonly tags: readonly string[];
  /** The words, as a trie over folded characters. */
  readonly trie: DateTrie;
  /** The longest key, in characters (bounds every trie walk). */
  readonly maxLength: number;
  /** Char codes (folded) that start a key although they are not letters ("~", "5" of "5月"). */
  readonly otherStarts: ReadonlySet<number>;
  /**
   * Full month names (six letters or more, one word) of the first two lexicons, for reading a misspelt
   * month one edit away ("Febuary 2011", "Janunary 2011") when a year follows it.
   */
  readonly typos: ReadonlyArray<{ readonly name: string; readonly entry: DateWordEntry }>;
  /** The first lexicon uses Buddhist-era years (Thai): 2493–2590 are read as years without a Thai word next to them. */
  readonly buddhist: boolean;
  /** The first lexicon uses the solar Hijri calendar (Persian): 1329–1425 in Arabic-Indic digits are Persian years. */
  readonly persian: boolean;
  /** First characters (folded char codes) of the lexicons' counter words: a four-digit number right before one is a count. */
  readonly counters: ReadonlySet<number>;
}

/** What a token of a line is. */
export type DateTokenKind =
  /** A run of digits (ASCII, Arabic-Indic, Persian, Devanagari, Thai, full width). */
  | 'num'
  /** A word or phrase of the date-word index. */
  | 'word'
  /** Other letters of a script written with spaces (Latin, Cyrillic, Greek, Hebrew, Arabic…). */
  | 'text'
  /** Other letters of a script written without spaces (Han, kana, Hangul, Thai). */
  | 'cjk'
  /** One punctuation mark or symbol; dashes and tildes are merged into one token each run. */
  | 'punct';

/** One token of a line, with where it is. */
export interface DateToken {
  kind: DateTokenKind;
  /** UTF-16 offsets in the line: [start, end). */
  start: number;
  end: number;
  /** White space separates it from the token before (or it starts the line). */
  space: boolean;
  /**
   * `num`: its value (capped at 10^9); `punct`: its mark, dashes as `-` (U+002D) and tildes and wave dashes
   * as `~`; `cjk`: the character for 年 月 日 년 월 일 (each its own token), else 0.
   */
  value: number;
  /** `punct`: the first character as written (tells a hyphen from an en dash). */
  raw: number;
  /** `num`: how many digits. */
  digits: number;
  /** `num`: written in Persian (U+06F0…) or Arabic-Indic (U+0660…) digits. */
  persianDigits: boolean;
  arabicDigits: boolean;
  /** `word`: what the word means. */
  entry: DateWordEntry | undefined;
}

/**
 * Token `i` of a line, or undefined past its end. Tokens are made on demand into a small ring: only the
 * last 128 made are kept (readers look at most a few tokens back and a few dozen ahead), so a line of any
 * length costs at most 128 token objects. A token read must not be kept across reading one 128 further.
 */
export type DateTokenAt = (i: number) => DateToken | undefined;

/** What the date finder reads a line with: its tokens, the lower-cased line and the word index. */
export interface DateContext {
  readonly tok: DateTokenAt;
  /** The line as written (its case kept: "CA" after a town is a state, "ca" before a year circa). */
  readonly text: string;
  readonly lower: string;
  readonly words: DateWords;
}

/** One date as written (a point of a range), converted to the Gregorian calendar. */
export interface DateAtom {
  /** Token range [first, next) it covers. */
  first: number;
  next: number;
  /** Gregorian year, month 1–12 and day; 0 where not written (a yearless atom has y = 0). */
  y: number;
  m: number;
  d: number;
  calendar: 'persian' | 'buddhist' | undefined;
  /** A short month abbreviation of a third language ("sie" of Polish in a German CV): only read inside a range. */
  weak: boolean;
  /** Only a four-digit year number, with no mark, month, era or season around it. */
  bare: boolean;
}
