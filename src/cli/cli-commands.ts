// The command-line grammar of cvpress (citty definitions, used for parsing and for --help).
import { defineCommand } from 'citty';

/** `cvpress render`. */
export const renderCommand = defineCommand({
  meta: { name: 'render', description: 'Render CVs (Markdown, JSON Resume .json/.yaml) to stamped PDFs.' },
  args: {
    inputs: { type: 'positional', description: 'CV files, folders (searched for .md/.markdown/.Rmd/.qmd/.txt/.json/.yaml/.yml) or globs', required: false },
    out: { type: 'string', alias: 'o', valueHint: 'DIR', description: 'Output folder (default: output, or `out` in the config)' },
    theme: { type: 'string', alias: 't', valueHint: 'NAME|PATH', description: 'Theme name (see `cvpress themes`) or path to a theme folder' },
    format: { type: 'string', valueHint: 'A4|Letter', description: 'Paper size (default A4)' },
    lang: { type: 'string', valueHint: 'xx', description: 'Language of the CV (BCP 47), for dates and headings' },
    'max-pages': { type: 'string', valueHint: 'N', description: 'Fit each CV on at most N pages' },
    png: { type: 'boolean', description: 'Also write each page as PNG next to the PDF (needs pdftoppm)' },
    report: { type: 'string', valueHint: 'FILE', description: 'Write a JSON report of the run' },
    junit: { type: 'string', valueHint: 'FILE', description: 'Write JUnit XML (one test per CV)' },
    concurrency: { type: 'string', alias: 'j', valueHint: 'N', description: 'CVs printed at once (default: CPU count)' },
    timeout: { type: 'string', valueHint: 'MS', description: 'Per-CV time limit in milliseconds (default 60000)' },
    force: { type: 'boolean', alias: 'f', description: 'Re-render CVs even when unchanged since the last run' },
    shard: { type: 'string', valueHint: 'i/n', description: 'Render only shard i of n (1-based) of the sorted inputs' },
    'fail-fast': { type: 'boolean', description: 'Stop starting new CVs after the first failure' },
    strict: { type: 'boolean', description: 'Fail a JSON Resume CV on any schema warning (or `strict: true` in the config)' },
    progress: { type: 'string', valueHint: 'auto|bar|plain', description: 'Progress display (default auto: bar on a terminal, plain otherwise)' },
    quiet: { type: 'boolean', alias: 'q', description: 'Print only errors' },
    config: { type: 'string', alias: 'c', valueHint: 'FILE', description: 'Config file (default: cvpress.config.{ts,mjs,js,json} found from the current folder up)' },
    html: { type: 'boolean', description: 'Also write each CV as one self-contained web page, <out>/<name>.html' },
    check: { type: 'boolean', description: 'Also check each PDF as an applicant-tracking system reads it (score and misses)' },
    'min-score': { type: 'string', valueHint: 'N', description: 'With --check: exit 1 when a CV scores below N (0-100)' },
  },
});

/** `cvpress check`. */
export const checkCommand = defineCommand({
  meta: { name: 'check', description: 'Read finished PDFs as an applicant-tracking system does: score 0-100 and what it could not recover.' },
  args: {
    pdfs: { type: 'positional', description: 'PDF files made by cvpress (or any PDF, with --source)', required: false },
    source: { type: 'string', alias: 's', valueHint: 'FILE', description: 'The CV the PDF was made from (default: the model attached to the PDF)' },
    'min-score': { type: 'string', valueHint: 'N', description: 'Exit 1 when a PDF scores below N (0-100)' },
    json: { type: 'boolean', description: 'Print the results as JSON' },
    text: { type: 'boolean', description: 'Also print the text a machine reads from each PDF' },
  },
});

/** `cvpress preview`. */
export const previewCommand = defineCommand({
  meta: { name: 'preview', description: 'Show a CV in the browser as its theme lays it out, page by page, reloading on every save (alias: watch).' },
  args: {
    cv: { type: 'positional', description: 'The CV file', required: false },
    port: { type: 'string', alias: 'p', valueHint: 'N', description: 'Port on 127.0.0.1 (default: a free one)' },
    theme: { type: 'string', alias: 't', valueHint: 'NAME|PATH', description: 'Theme name or path to a theme folder (switchable on the page)' },
    format: { type: 'string', valueHint: 'A4|Letter', description: 'Paper size (switchable on the page)' },
    lang: { type: 'string', valueHint: 'xx', description: 'Language of the CV (BCP 47)' },
    'max-pages': { type: 'string', valueHint: 'N', description: 'Fit the CV on at most N pages' },
    pdf: { type: 'boolean', description: 'Also rewrite the PDF in --out on each save' },
    out: { type: 'string', alias: 'o', valueHint: 'DIR', description: 'Output folder for --pdf (default: output, or `out` in the config)' },
    open: { type: 'boolean', description: 'Open the page in the default browser' },
    config: { type: 'string', alias: 'c', valueHint: 'FILE', description: 'Config file (default: cvpress.config.{ts,mjs,js,json} found from the current folder up)' },
  },
});

/** `cvpress parse`. */
export const parseCommand = defineCommand({
  meta: { name: 'parse', description: 'Print the parsed model of a CV as JSON Resume (warnings go to stderr).' },
  args: {
    file: { type: 'positional', description: 'The CV file', required: false },
    yaml: { type: 'boolean', description: 'Print YAML instead of JSON' },
    explain: { type: 'boolean', description: 'Show which source lines became which model fields' },
  },
});

/** `cvpress validate`. */
export const validateCommand = defineCommand({
  meta: { name: 'validate', description: 'Check CVs against the JSON Resume schema without rendering (exit 0 clean, 1 problems).' },
  args: {
    inputs: { type: 'positional', description: 'CV files, folders or globs', required: false },
    quiet: { type: 'boolean', alias: 'q', description: 'Print only problems (no notes, no summary)' },
  },
});

/** `cvpress themes`. */
export const themesCommand = defineCommand({
  meta: { name: 'themes', description: 'List the installed themes with a one-line description.' },
  args: {
    config: { type: 'string', alias: 'c', valueHint: 'FILE', description: 'Config file (its `themes` folders are listed too)' },
  },
});

/** `cvpress theme init`. */
export const themeInitCommand = defineCommand({
  meta: { name: 'init', description: 'Copy a built-in theme into a folder as a custom theme to edit.' },
  args: {
    name: { type: 'positional', description: 'Name of the new theme', required: false },
    from: { type: 'string', valueHint: 'THEME', description: 'Built-in theme to start from (default classic)' },
    dir: { type: 'string', valueHint: 'DIR', description: 'Folder to create it in (default themes)' },
  },
});

/** `cvpress theme`. */
export const themeCommand = defineCommand({
  meta: { name: 'theme', description: 'Manage custom themes (`cvpress theme init <name>`).' },
  subCommands: { init: themeInitCommand },
});

/** `cvpress` itself. */
export const mainCommand = defineCommand({
  meta: { name: 'cvpress', description: 'Render résumés (Markdown or JSON Resume) to typeset, print-ready, metadata-stamped PDFs.' },
  args: {
    version: { type: 'boolean', alias: 'v', description: 'Print the version' },
  },
  subCommands: { render: renderCommand, validate: validateCommand, preview: previewCommand, watch: previewCommand, check: checkCommand, parse: parseCommand, themes: themesCommand, theme: themeCommand },
});
