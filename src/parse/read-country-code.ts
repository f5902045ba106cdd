// Reads a country written where JSON Resume wants an ISO 3166-1 alpha-2 code: "Israel", "venezuela", "de" → IL, VE, DE.

let byName: Map<string, string> | undefined;

/** Every region code Intl knows, by its English name (lower case). */
function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code) byName.set(name.toLowerCase(), code);
    }
  }
  return byName;
}

/**
 * The ISO 3166-1 alpha-2 code that `value` means: a code in any case (`de` → `DE`) or a country's English
 * name (`Israel` → `IL`, `United States` → `US`).
 * @returns the code, or undefined when `value` is neither
 */
export function readCountryCode(value: string): string | undefined {
  const v = value.trim();
  if (/^[A-Za-z]{2}$/.test(v)) return v.toUpperCase();
  return names().get(v.toLowerCase().replace(/^the\s+/, '')) ?? names().get(v.toLowerCase());
}
