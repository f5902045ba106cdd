// Adversarial texts for the linearity tests and the large-input parse benchmark: one separator or mark repeated to a given size.

/** Each generator makes a text of about `n` characters out of one thing repeated: the separators and marks a parser splits on. */
export const GENERATORS = {
  pipes: (n) => `a ${'| '.repeat(n / 2)}x`,
  spaces: (n) => `a${' '.repeat(n)}x`,
  'spaced dashes': (n) => `Engineer${' –'.repeat(n / 2)} 2019`,
  'heading attributes': (n) => `## Skills ${'{#'.repeat(n / 2)}`,
  'middle dots': (n) => `Chess${' ·'.repeat(n / 2)}`,
  'open links': (n) => '<a href="'.repeat(n / 9),
  'nested brackets': (n) => `${'['.repeat(n / 2)}x${']'.repeat(n / 2)}`,
  'open brackets': (n) => '[]('.repeat(n / 3),
  'open images': (n) => '![]('.repeat(n / 4),
  'open tags': (n) => '<'.repeat(n),
  'tags and nul': (n) => '<\u0000'.repeat(n / 2),
  'html fragments': (n) => '<div><span class="a"><b>x</b></span>'.repeat(n / 38),
  'table spans': (n) => `<table><tr>${'<td colspan="65534" rowspan="65534">x</td>'.repeat(n / 42)}</tr></table>`,
  comments: (n) => '<!--'.repeat(n / 4),
  emphasis: (n) => '*_'.repeat(n / 2),
  headings: (n) => '# h\n'.repeat(n / 4),
  'nested headings': (n) => '### a\n#### b\n'.repeat(n / 13),
  'one word': (n) => 'a'.repeat(n),
  tabs: (n) => `x${'\t'.repeat(n)}\u0000г.`,
  colons: (n) => `Name${' :'.repeat(n / 2)}`,
  'date dashes': (n) => `2019${' -'.repeat(n / 2)}`,
  'font faces': (n) => '@FONT-FACE{'.repeat(n / 11),
};
