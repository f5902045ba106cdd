// Types of the data a theme layout receives (the "view"), documented in docs/themes.md.

/** A piece of text with an optional safe link target. */
export interface ViewLink {
  text: string;
  href?: string;
  /** What it is: email, phone, url, location, timezone, profile, extra. */
  kind: string;
  /** A short label (profile network, extra field name), when there is one. */
  label?: string;
}

/** An unknown extra field of an entry, shown as `label: value`. */
export interface ViewExtra {
  label: string;
  value: string;
}

/** One dated entry (job, volunteering, degree, project, award, certificate, publication). */
export interface ViewEntry {
  /** The eye's anchor: position, degree, project/award/certificate/publication name. */
  heading: string;
  /** The organisation: company, institution, awarder, issuer, publisher, entity. */
  org: string;
  /** Safe link of the entry (its `url`), if any. */
  href?: string;
  /** The URL as written, shown in print. */
  urlText: string;
  /** Formatted date or date range ('' when none). */
  dates: string;
  location: string;
  /** Secondary facts on one line: study area details, score, roles, type. */
  meta: string[];
  /** Sanitized HTML of the description/summary (block Markdown). */
  summaryHtml: string;
  /** Sanitized inline HTML of each highlight. */
  highlightsHtml: string[];
  keywords: string[];
  courses: string[];
  /** Sanitized inline HTML of each course (Markdown sources keep inline Markdown there). */
  coursesHtml: string[];
  extras: ViewExtra[];
  /** True when the entry is short enough never to split across pages. */
  short: boolean;
}

/** A skill, language or interest group. */
export interface ViewItem {
  name: string;
  /** Level / fluency. */
  level: string;
  keywords: string[];
  /** True when the keywords are phrases (long or containing commas): show them as a list, not comma-joined. */
  list: boolean;
  extras: ViewExtra[];
}

/** A reference (testimonial). */
export interface ViewReference {
  name: string;
  html: string;
  extras: ViewExtra[];
}

/** One section of the CV as the layout sees it. */
export interface ViewSection {
  /** `summary`, a JSON Resume section key, `generic` or `extra`. */
  key: string;
  /** The partial that renders it: `section-entries`, `section-skills`, `section-languages`, `section-interests`, `section-references`, `section-generic`, `section-summary`. */
  partial: string;
  /** The heading: the CV's own (`meta.sectionTitles`) or the translated standard one; generic sections keep theirs. */
  title: string;
  /** With `standardHeadings` themes: the CV's own heading when it differs from the standard `title`, else ''. */
  subtitle: string;
  /** Anchor id, unique in the document. */
  id: string;
  entries: ViewEntry[];
  items: ViewItem[];
  references: ViewReference[];
  /** Sanitized HTML (summary, generic Markdown body). */
  html: string;
  /** Sanitized inline HTML list items (generic list sections). */
  listHtml: string[];
  /** True when every item is a bare name (no level, keywords or extras): themes may run them inline. */
  inline: boolean;
}

/** The candidate's header data. */
export interface ViewBasics {
  name: string;
  /** What the CV writes around the name (schema.org's Person properties): "Dr.", "PhD", "Janie"; '' when none. */
  honorificPrefix: string;
  honorificSuffix: string;
  alternateName: string;
  label: string;
  /** Safe image URL (`/cv/…` or a data: image) or ''. */
  image: string;
  /** Contact lines in reading order: email, phone, url, location, timezone, profiles, extras. */
  contact: ViewLink[];
  email: string;
  phone: string;
  url: string;
  location: string;
  timezone: string;
  profiles: ViewLink[];
  extras: ViewExtra[];
}

/** Everything a layout receives. */
export interface ThemeView {
  lang: string;
  /** Text direction for `lang`. */
  dir: 'ltr' | 'rtl';
  format: string;
  density: number;
  /** `<title>` text. */
  title: string;
  /** The CV's own document title (`meta.documentTitle`, e.g. "Curriculum Vitae"), or ''. */
  documentTitle: string;
  /** The CV's own heading of its contact block (`meta.sectionTitles.contact`), or ''. */
  contactTitle: string;
  basics: ViewBasics;
  /** Sections of the main column (all sections for single-column themes), in order. */
  main: ViewSection[];
  /** Sections the manifest's `sidebar` list sends to the sidebar (empty otherwise). */
  sidebar: ViewSection[];
  /** Every section by key (first one of each key), for layouts that place sections by hand. */
  byKey: Record<string, ViewSection>;
  /** Translated labels (see translateLabel). */
  labels: Record<string, string>;
  /** Absolute `/fonts/…` stylesheet URLs. */
  fontLinks: string[];
  /** Absolute `/theme/…` stylesheet URLs. */
  styleLinks: string[];
  /** The shared base stylesheet, inlined. */
  baseCss: string;
  /** Generated CSS: density custom properties and the multi-page footer rule. */
  rootCss: string;
  /** The raw model, for custom themes (always output it with `{{ }}`). */
  resume: unknown;
}
