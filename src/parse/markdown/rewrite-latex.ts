// Rewrites LaTeX commands in a pandoc-style Markdown body: layout commands go, formatting becomes Markdown, arguments that are words stay.
import { findCodeSpans } from './find-code-spans.js';
import { isInCodeSpan } from './is-in-code-span.js';

/** Commands whose one argument is kept, wrapped in Markdown (`%` stands for the argument). */
const WRAP: Readonly<Record<string, string>> = {
  textbf: '**%**', emph: '*%*', textit: '*%*', textsl: '*%*', texttt: '`%`',
  url: '%', textsuperscript: '%', textsubscript: '%', textsc: '%', textup: '%', textrm: '%', textsf: '%',
  textnormal: '%', textmd: '%', underline: '%', uline: '%', mbox: '%', hbox: '%', text: '%', makebox: '%', fbox: '%',
};
/** Sectioning commands, at the start of a line: their argument becomes a Markdown heading of this level. */
const HEADING: Readonly<Record<string, number>> = { section: 1, subsection: 2, subsubsection: 3, cvsection: 1, cvsubsection: 2 };
/** Commands whose last argument may open on their line and close lines later (`\parbox[t]{0.85\textwidth}{%`): the widths go, the content stays. */
const BOX: Readonly<Record<string, number>> = { parbox: 1, minipage: 1, resizebox: 2, scalebox: 1, colorbox: 1, raisebox: 1 };
/** Commands replaced by a text (spaces, quotes, symbols). */
const SYMBOL: Readonly<Record<string, string>> = {
  hfill: ' | ', quad: ' ', qquad: ' ', enspace: ' ', enskip: ' ', thinspace: ' ', hspace: ' ', newline: ' ', linebreak: ' ',
  og: '«', fg: '»', ldots: '…', dots: '…', textendash: '–', textemdash: '—', textbar: '|', textbullet: '•',
  textperiodcentered: '·', cdot: '·', cdotp: '·', bullet: '•', times: '×', euro: '€', textasciitilde: '~', LaTeX: 'LaTeX', TeX: 'TeX', copyright: '©', S: '§',
};
/** Commands dropped with the given number of arguments (their optional `[…]` arguments go too). */
const DROP: Readonly<Record<string, number>> = {
  noindent: 0, indent: 0, newpage: 0, clearpage: 0, pagebreak: 0, nopagebreak: 0, par: 0, smallskip: 0, medskip: 0,
  bigskip: 0, vfill: 0, centering: 0, raggedright: 0, raggedleft: 0, maketitle: 0, tableofcontents: 0,
  small: 0, footnotesize: 0, scriptsize: 0, tiny: 0, large: 0, Large: 0, LARGE: 0, huge: 0, Huge: 0, normalsize: 0,
  bf: 0, it: 0, em: 0, sc: 0, bfseries: 0, mdseries: 0, itshape: 0, upshape: 0, slshape: 0, scshape: 0, normalfont: 0, rmfamily: 0, sffamily: 0, ttfamily: 0, columnbreak: 0, vspace: 1,
  label: 1, pagestyle: 1, thispagestyle: 1, usepackage: 1, input: 1, include: 1, includegraphics: 1, color: 1,
  setlength: 2, addtolength: 2, setcounter: 2, newcommand: 2, renewcommand: 2, providecommand: 2, def: 0,
  hyphenation: 1, addvspace: 1, enlargethispage: 1,
};

/**
 * Rewrites, in place, the LaTeX that pandoc-style CVs mix into Markdown, when the body uses at least one
 * command cvpress knows (so a lone `\word` in an ordinary CV is left alone): layout commands go
 * (`\noindent`, `\vspace{…}`, `\def\x{…}`, `\newcommand…`), spacing becomes a space (`\qquad`), `\url{x}` → `x`,
 * `\href{u}{t}` → `[t](u)`, `\emph{x}` → `*x*`, `\textbf{x}` → `**x**`, `\textsuperscript{e}` → `e`,
 * `\nth{2}` → `2nd`, `\og`/`\fg` → « », `\\` → a line break (a space inside a line). A line made only of
 * commands cvpress does not know (`\spaceabove`, `\insertbib{articles}`) becomes empty; an unknown command
 * inside text stays as written. Markdown escapes (`\_`, `\&`, `\#`) stay; code spans and fenced code too.
 * @param lines - the body's lines (changed in place)
 * @param fence - {@link findCodeFences} of the lines
 */
export function rewriteLatex(lines: string[], fence: Uint8Array): void {
  let known = false;
  for (let i = 0; i < lines.length && !known; i++) if (!fence[i] && lines[i]!.indexOf('\\') >= 0) known = usesKnownCommand(lines[i]!);
  if (!known) return;
  for (let i = 0; i < lines.length; i++) {
    if (fence[i] || lines[i]!.indexOf('\\') < 0) continue;
    lines[i] = rewriteLine(lines[i]!);
  }
}

/** One line with LaTeX rewritten (code spans kept as they are); empty when nothing but layout is left. */
function rewriteLine(raw: string): string {
  // (a LaTeX comment mark ending the line: "…fonctionnelle »%"; "50%" is a number's; "$\\cdot$": one symbol in math mode;
  // "\\\\~Titre": a tie before a word is a space)
  const line = (latexComment(raw) ? raw.slice(0, -1) : raw).replace(/\$(\\[A-Za-z]+)\$/g, '$1{}').replace(/(?<!~)~(?=\p{L})/gu, ' ');
  if (onlyCommands(line)) return '';
  const spans = line.indexOf('`') >= 0 ? findCodeSpans(line) : [];
  let out = '';
  let last = 0;
  for (let k = 0; k <= spans.length; k += 2) {
    const end = k < spans.length ? spans[k]! : line.length;
    out += rewrite(line.slice(last, end), 0) + line.slice(end, k < spans.length ? spans[k + 1]! : end);
    last = k < spans.length ? spans[k + 1]! : end;
  }
  const indent = line.length - line.trimStart().length;
  out = line.slice(0, indent) + out.slice(indent).trimStart();
  // (\\hfill's separator before a space the line had already: one space)
  out = out.replace(/ \| {2,}/g, ' | ');
  // (a table cell's end, "2016-2020 & \\parbox…{%": the column mark goes with the box)
  if (/\s&\s*$/.test(out) && !/\s&\s*$/.test(line)) out = out.replace(/\s&\s*$/, '');
  return out.trim() === '' ? '' : out;
}

/** The line ends with a LaTeX comment mark: a `%` that no backslash escapes and no digit comes before. */
function latexComment(line: string): boolean {
  if (!line.endsWith('%')) return false;
  const before = line.charCodeAt(line.length - 2);
  return !(before >= 48 && before <= 57) && before !== 92;
}

/** A command whose arguments (or the text after it) print words: formatting, links, ordinals, headings, boxes, items. */
function printsWords(name: string): boolean {
  return name in WRAP || name in HEADING || name in BOX || name === 'href' || name === 'nth' || name === 'item';
}

/** The line calls at least one command of the tables above (outside code spans). */
function usesKnownCommand(line: string): boolean {
  const spans = line.indexOf('`') >= 0 ? findCodeSpans(line) : [];
  for (let p = line.indexOf('\\'); p >= 0; p = line.indexOf('\\', p + 1)) {
    if (isInCodeSpan(spans, p)) continue;
    const name = readName(line, p + 1);
    if (name && (printsWords(name) || name in SYMBOL || name in DROP)) return true;
  }
  return false;
}

/**
 * The line holds only commands with their `{…}`/`[…]` arguments, and white space, none of which prints words:
 * no formatting, link, heading or item command (`\textbf{Doctorat}` is content) and no group standing alone
 * (`{\footnotesize École Doctorale}`).
 */
function onlyCommands(line: string): boolean {
  const groups = matchGroups(line);
  let i = 0;
  let commands = 0;
  // (a group right after a command, or after its other arguments, is an argument)
  let argument = false;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      argument = false;
    } else if (c === 92 && readName(line, i + 1)) {
      const name = readName(line, i + 1);
      if (printsWords(name)) return false;
      i += 1 + name.length;
      if (line.charCodeAt(i) === 42) i++;
      commands++;
      argument = true;
    } else if ((c === 123 || c === 91) && argument) {
      const e = groups[i]!;
      if (e < 0) return false;
      i = e;
    } else return false;
  }
  return commands > 0;
}

/** ASCII letters from `i` on (a command name), or ''. */
function readName(s: string, i: number): string {
  let j = i;
  while (j < s.length && ((s.charCodeAt(j) | 32) >= 97 && (s.charCodeAt(j) | 32) <= 122)) j++;
  return s.slice(i, j);
}

/**
 * For each `{` and `[` of `s`, the end (exclusive) of its balanced group, else -1 (one pass, a stack per
 * bracket kind; a backslash escapes the next character).
 */
function matchGroups(s: string): Int32Array {
  const ends = new Int32Array(s.length).fill(-1);
  const braces: number[] = [];
  const squares: number[] = [];
  for (let j = 0; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 123) braces.push(j);
    else if (c === 91) squares.push(j);
    else if (c === 125 && braces.length) ends[braces.pop()!] = j + 1;
    else if (c === 93 && squares.length) ends[squares.pop()!] = j + 1;
  }
  return ends;
}

/** One command at `i` (a backslash): its replacement and where it ends. */
interface Step {
  text: string;
  end: number;
}

/** The next backslash or brace of `s` from `from` on, or -1. */
function nextSpecial(s: string, from: number): number {
  for (let j = from; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 92 || c === 123 || c === 125) return j;
  }
  return -1;
}

/**
 * Rewrites the commands of a piece of text (arguments recursively, nesting bounded); a group standing alone
 * (`{\footnotesize École}`) gives its content, and a brace left unmatched on the line (a box's argument that
 * opens or closes on another line) goes.
 */
function rewrite(s: string, depth: number): string {
  if (s.indexOf('\\') < 0 || depth > 8) return s;
  const groups = matchGroups(s);
  let out = '';
  let last = 0;
  for (let p = nextSpecial(s, 0); p >= 0; p = nextSpecial(s, p)) {
    const c = s.charCodeAt(p);
    const step: Step = c === 92 ? command(s, p, depth, groups) : c === 123 && groups[p]! > 0 ? { text: rewrite(s.slice(p + 1, groups[p]! - 1), depth + 1), end: groups[p]! } : { text: '', end: p + 1 };
    out += s.slice(last, p) + step.text;
    last = step.end;
    p = step.end;
  }
  return out + s.slice(last);
}

/** The replacement of the command (or escape) at `p`. */
function command(s: string, p: number, depth: number, groups: Int32Array): Step {
  const next = s.charCodeAt(p + 1);
  // ("\\\\[-0.1cm]": a line break's optional spacing goes with it)
  if (next === 92) {
    const end = s.charCodeAt(p + 2) === 91 && groups[p + 2]! > 0 ? groups[p + 2]! : p + 2;
    return { text: s.slice(end).trim() === '' ? '' : ' ', end };
  }
  if (next === 44 || next === 32) return { text: ' ', end: p + 2 }; // \, and "\ " are spaces
  const name = readName(s, p + 1);
  if (!name) return { text: s.slice(p, p + 2), end: Math.min(p + 2, s.length) };
  let i = p + 1 + name.length;
  if (s.charCodeAt(i) === 42) i++; // \vspace*
  const args = (count: number): string[] => {
    const out: string[] = [];
    while (s.charCodeAt(i) === 91 && groups[i]! > 0) i = groups[i]!;
    while (out.length < count && s.charCodeAt(i) === 123) {
      const e = groups[i]!;
      if (e < 0) break;
      out.push(s.slice(i + 1, e - 1));
      i = e;
    }
    return out;
  };
  if (name === 'def') {
    while (i < s.length && s.charCodeAt(i) !== 123) i++;
    args(1);
    return { text: '', end: i };
  }
  // (at the start of its piece of line: "\\section*{Vzdělání}" is a heading, "\\item Normalien" an item)
  const atStart = s.slice(0, p).trim() === '';
  if (name in HEADING) {
    const [arg] = args(1);
    const text = arg === undefined ? '' : rewrite(arg, depth + 1).trim();
    return { text: atStart && text ? `${'#'.repeat(HEADING[name]!)} ${text}` : text, end: i };
  }
  if (name === 'item') {
    args(0);
    return { text: atStart ? '- ' : ' · ', end: i };
  }
  if (name in BOX) {
    args(BOX[name]!);
    // the content: kept when it closes on this line, else its opening brace goes (the closing one goes where it is)
    if (s.charCodeAt(i) === 123 && groups[i]! > 0) {
      const e = groups[i]!;
      return { text: rewrite(s.slice(i + 1, e - 1), depth + 1), end: e };
    }
    return { text: '', end: s.charCodeAt(i) === 123 ? i + 1 : i };
  }
  if (name === 'begin' || name === 'end') {
    // an environment's name and its parameters (\\begin{minipage}{0.7\\textwidth}, \\begin{longtable}{ll})
    args(1);
    while (s.charCodeAt(i) === 123 && groups[i]! > 0) i = groups[i]!;
    return { text: '', end: i };
  }
  if (name in WRAP) {
    const [arg] = args(1);
    return { text: arg === undefined ? '' : wrap(WRAP[name]!, rewrite(arg, depth + 1)), end: i };
  }
  if (name === 'href') {
    const [url, label] = args(2);
    return { text: url === undefined ? '' : `[${rewrite(label ?? url, depth + 1)}](${url})`, end: i };
  }
  if (name === 'nth') {
    const [n] = args(1);
    return { text: n === undefined ? '' : ordinal(n.trim()), end: i };
  }
  if (name in SYMBOL) {
    if (name === 'hspace') args(1);
    else if (s.charCodeAt(i) === 123 && s.charCodeAt(i + 1) === 125) i += 2; // \og{}
    return { text: SYMBOL[name]!, end: i };
  }
  if (name in DROP) {
    args(DROP[name]!);
    if (DROP[name] === 0 && s.charCodeAt(i) === 123 && s.charCodeAt(i + 1) === 125) i += 2;
    return { text: '', end: i };
  }
  return { text: s.slice(p, i), end: i };
}

/** `**%**` around the argument, with its outer spaces moved outside the marks; nothing for an empty one. */
function wrap(pattern: string, arg: string): string {
  const inner = arg.trim();
  if (inner === '') return arg === '' ? '' : ' ';
  const lead = arg.length - arg.trimStart().length > 0 ? ' ' : '';
  const trail = arg.length - arg.trimEnd().length > 0 ? ' ' : '';
  return lead + pattern.replace('%', () => inner) + trail;
}

/** 1 → 1st, 2 → 2nd, 3 → 3rd, 11 → 11th (the nth package prints English ordinals). */
function ordinal(n: string): string {
  const v = Number(n);
  if (!Number.isInteger(v)) return n;
  const tens = v % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : v % 10 === 1 ? 'st' : v % 10 === 2 ? 'nd' : v % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
