// Folds a lower-cased UTF-16 code unit to the form date words are compared in (apostrophes, Persian/Arabic letter variants, full-width Latin, digits).
import { readDigit } from './read-digit.js';

/**
 * The code unit date words are keyed and matched by, for `c` already lower-cased: curly and modifier
 * apostrophes → `'`, Arabic yeh/alef maksura → Persian yeh, Arabic kaf → Persian keheh, full-width Latin
 * → ASCII, every script's digit → its ASCII digit, Unicode hyphens → `-`.
 */
export function foldChar(c: number): number {
  if (c < 0x80) return c;
  if (c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0xb4) return 0x27;
  if (c === 0x64a || c === 0x649) return 0x6cc;
  if (c === 0x643) return 0x6a9;
  if (c === 0x2010 || c === 0x2011) return 0x2d;
  if (c >= 0xff41 && c <= 0xff5a) return c - 0xfee0;
  const d = readDigit(c);
  return d >= 0 ? 0x30 + d : c;
}
