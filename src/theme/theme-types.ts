// Types of a loaded theme and its manifest (`theme.json`).
import type { FontCoverage } from './font-source-types.js';

/** Bounds a theme declares for fit-to-pages; each pair is [normal, floor]. */
export interface FitBounds {
  /** Body font size in pt. */
  fontSize: [number, number];
  lineHeight: [number, number];
  /** Multiplier of the theme's vertical spacing unit. */
  spacing: [number, number];
}

/** The manifest of a theme folder: `theme.json`. */
export interface ThemeManifest {
  name: string;
  description: string;
  version?: string;
  /** Layout template, relative to the theme folder (default `layout.hbs`). */
  layout?: string;
  /** Folder of partials, relative to the theme folder (default `partials`). */
  partials?: string;
  /** Stylesheets of the theme, relative to the theme folder, linked in order after the shared base. */
  styles?: string[];
  /** Font stylesheets from `@fontsource*` packages, e.g. `@fontsource-variable/inter/wght.css`. */
  fonts?: string[];
  /**
   * The fonts of other scripts, by ISO 15924 code, in fallback order: `Latn` (Latin, Greek, Cyrillic beyond
   * the main fonts), `Arab`, `Hebr`, `Deva`, `Thai`, the Han variants `Hans`, `Hant`, `Jpan`, `Kore`, and
   * `Zsym` (symbols), `Zmth` (math), `Zsye` (emoji); any other script code works the same way. A document
   * links a family only when it has characters that the main fonts lack and that family draws first (the
   * document's language puts its own scripts first), and lists it in `--cv-script-fonts`.
   */
  scriptFonts?: Record<string, string[]>;
  /**
   * Font stylesheets linked only when the document has characters that the `fonts` stylesheets do not draw
   * and these do; the theme names their families in its own CSS (older form of `scriptFonts`).
   */
  fallbackFonts?: string[];
  fit?: FitBounds;
  /** Footer with name and `page X of Y` on multi-page CVs (default true). */
  footer?: boolean;
  /** Section order by key (`summary`, `work`, …, `generic`, `extra`); unlisted keys go last (optional, added by B). */
  order?: string[];
  /** Use the translated standard section names even when the CV has its own (ATS); the CV's own go under them (optional, added by B). */
  standardHeadings?: boolean;
  /** A sidebar section with more text than this (characters, default 650) stays in the main column (optional, added by B). */
  sidebarMaxChars?: number;
  /** Section keys placed in the sidebar (`view.sidebar`) instead of `view.main` (optional, added by B). */
  sidebar?: string[];
}

/** A JSON Resume theme package (`jsonresume-theme-*`) loaded as a cvpress theme. */
export interface JsonResumeThemeModule {
  /** The npm package name, e.g. `jsonresume-theme-even`. */
  packageName: string;
  version?: string;
  /** The package's own `render(resume)`: the whole HTML document, sync or async. */
  render: (resume: unknown) => string | Promise<string>;
}

/** A theme ready to render. */
export interface Theme {
  name: string;
  /** Absolute path of the theme folder. */
  dir: string;
  manifest: ThemeManifest;
  /** Renders the layout with the prepared view data. */
  template: (data: unknown) => string;
  /** The shared base stylesheet every theme gets, inlined by renderHtml (optional, added by B). */
  baseCss?: string;
  /** What the font stylesheets cover, for choosing script fonts per document (see `selectFonts`). */
  fontCoverage?: FontCoverage;
  /** The text of the theme's own stylesheets (searched for characters that need a fallback font). */
  styleText?: string;
  /** Content version (`contentVersion`) of each of the manifest's `styles`, by the name the manifest gives:
   * the view links `/theme/<file>?v=<version>`, which the print stage may answer as cacheable. */
  styleVersions?: Record<string, string>;
  /** Set for a JSON Resume theme package: its `render` makes the document (`renderJsonResumeTheme`), not `template`. */
  jsonResume?: JsonResumeThemeModule;
}
