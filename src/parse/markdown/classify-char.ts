// Sorts a UTF-16 code unit into the classes the date tokenizer needs (space, digit, letter, unspaced letter, mark, other), by table.

/** Punctuation, symbols and everything else (surrogates included). */
export const OTHER = 0;
/** White space, including no-break and ideographic spaces. */
export const SPACE = 1;
/** A decimal digit of a script cvpress reads (see readDigit). */
export const DIGIT = 2;
/** A letter of a script written with spaces between words (Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari…). */
export const LETTER = 3;
/** A letter of a script written without spaces (Han, kana, Hangul, Thai, Lao): words are found anywhere. */
export const CJK = 4;
/** A mark that does not change a word (Hebrew points, Arabic vowel signs and tatweel, joiners, variation selectors). */
export const MARK = 5;

/** [first, last, class] ranges, later ones overriding earlier ones. */
const RANGES: ReadonlyArray<readonly [number, number, number]> = [
  [0x41, 0x5a, LETTER], [0x61, 0x7a, LETTER], [0xaa, 0xaa, LETTER], [0xb5, 0xb5, LETTER], [0xba, 0xba, LETTER],
  [0xc0, 0x2ff, LETTER], [0xd7, 0xd7, OTHER], [0xf7, 0xf7, OTHER], [0x300, 0x36f, LETTER], [0x370, 0x3ff, LETTER],
  [0x37e, 0x37e, OTHER], [0x387, 0x387, OTHER], [0x400, 0x52f, LETTER], [0x482, 0x482, OTHER], [0x531, 0x58f, LETTER],
  [0x589, 0x58a, OTHER], [0x591, 0x5c7, MARK], [0x5be, 0x5be, OTHER], [0x5c0, 0x5c0, OTHER], [0x5c3, 0x5c3, OTHER],
  [0x5c6, 0x5c6, OTHER], [0x5d0, 0x5f4, LETTER], [0x620, 0x6ff, LETTER], [0x610, 0x61a, MARK], [0x640, 0x640, MARK],
  [0x64b, 0x65f, MARK], [0x670, 0x670, MARK], [0x6d4, 0x6d4, OTHER], [0x6d6, 0x6ed, MARK], [0x660, 0x669, DIGIT],
  [0x66a, 0x66d, OTHER], [0x6f0, 0x6f9, DIGIT], [0x750, 0x77f, LETTER], [0x8a0, 0x8ff, LETTER], [0x900, 0xdff, LETTER],
  [0x964, 0x965, OTHER], [0x966, 0x96f, DIGIT], [0xe00, 0xeff, CJK], [0xe2f, 0xe2f, OTHER], [0xe50, 0xe59, DIGIT],
  [0xe5a, 0xe5b, OTHER], [0x10a0, 0x10ff, LETTER], [0x1100, 0x11ff, CJK], [0x1e00, 0x1fff, LETTER],
  [0x1fbd, 0x1fbd, OTHER], [0x1fbf, 0x1fc1, OTHER], [0x1fcd, 0x1fcf, OTHER], [0x1fdd, 0x1fdf, OTHER],
  [0x1fed, 0x1fef, OTHER], [0x1ffd, 0x1ffe, OTHER], [0x2000, 0x200b, SPACE], [0x200c, 0x200d, MARK],
  [0x2028, 0x2029, SPACE], [0x202f, 0x202f, SPACE], [0x205f, 0x205f, SPACE], [0x2060, 0x2060, MARK],
  [0x3000, 0x3000, SPACE], [0x3005, 0x3007, CJK], [0x3041, 0x30fa, CJK], [0x30fc, 0x30ff, CJK], [0x3130, 0x318f, CJK],
  [0x31f0, 0x31ff, CJK], [0x3400, 0x4dbf, CJK], [0x4e00, 0x9fff, CJK], [0xac00, 0xd7af, CJK], [0xf900, 0xfaff, CJK],
  [0xfe00, 0xfe0f, MARK], [0xfeff, 0xfeff, MARK], [0xff10, 0xff19, DIGIT], [0xff21, 0xff3a, LETTER],
  [0xff41, 0xff5a, LETTER], [0xff66, 0xff9f, CJK], [0x09, 0x0d, SPACE], [0x20, 0x20, SPACE], [0xa0, 0xa0, SPACE],
  [0xad, 0xad, MARK], [0x1680, 0x1680, SPACE], [0x30, 0x39, DIGIT],
];

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [first, last, cls] of RANGES) table.fill(cls, first, last + 1);
  return table;
}

const TABLE = buildTable();

/** The class of UTF-16 code unit `c` (OTHER, SPACE, DIGIT, LETTER, CJK or MARK). */
export function classifyChar(c: number): number {
  return TABLE[c] ?? OTHER;
}
