// The value of a decimal digit in the scripts CVs write years in (ASCII, Arabic-Indic, Persian, Devanagari, Thai, full width).

/** Code points of the digit zero of each script read. */
const ZEROS: readonly number[] = [0x30, 0x660, 0x6f0, 0x966, 0xe50, 0xff10];

/** The value 0–9 of digit `c`, or -1 when `c` is not one. */
export function readDigit(c: number): number {
  for (const zero of ZEROS) if (c >= zero && c <= zero + 9) return c - zero;
  return -1;
}
