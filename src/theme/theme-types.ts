// Types of a loaded theme and its manifest (`theme.json`).
import type { FontCoverage } from './select-fallback-fonts.js';

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
   * Font stylesheets linked only when the document has characters that the `fonts` stylesheets'
   * unicode ranges do not cover and these do (a CJK family behind a Latin one): most CVs never load them.
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
  /** What the font stylesheets cover, for choosing fallback fonts per document. */
  fontCoverage?: FontCoverage;
  /** The text of the theme's own stylesheets (searched for characters that need a fallback font). */
  styleText?: string;
  /** Set for a JSON Resume theme package: its `render` makes the document (`renderJsonResumeTheme`), not `template`. */
  jsonResume?: JsonResumeThemeModule;
}
