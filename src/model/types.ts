// The résumé model: JSON Resume field names plus the `sections` extension, in one place.

/** A date as written in JSON Resume: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type IsoDate = string;

/** A social or professional profile (`basics.profiles[]`). */
export interface Profile {
  network?: string;
  username?: string;
  url?: string;
  [extra: string]: unknown;
}

/** A postal location (`basics.location`). */
export interface Location {
  address?: string;
  postalCode?: string;
  city?: string;
  countryCode?: string;
  region?: string;
  [extra: string]: unknown;
}

/** Who the candidate is and how to reach them. */
export interface Basics {
  name?: string;
  label?: string;
  image?: string;
  email?: string;
  phone?: string;
  url?: string;
  summary?: string;
  location?: Location;
  profiles?: Profile[];
  /** cvpress extension: IANA or free-text time zone ("CET", "Europe/Warsaw"). */
  timezone?: string;
  [extra: string]: unknown;
}

/** A job (`work[]`); `volunteer[]` uses the same shape with `organization`. */
export interface Work {
  name?: string;
  position?: string;
  url?: string;
  location?: string;
  startDate?: IsoDate;
  endDate?: IsoDate;
  summary?: string;
  highlights?: string[];
  description?: string;
  [extra: string]: unknown;
}

export interface Volunteer {
  organization?: string;
  position?: string;
  url?: string;
  startDate?: IsoDate;
  endDate?: IsoDate;
  summary?: string;
  highlights?: string[];
  [extra: string]: unknown;
}

export interface Education {
  institution?: string;
  url?: string;
  area?: string;
  studyType?: string;
  startDate?: IsoDate;
  endDate?: IsoDate;
  score?: string;
  courses?: string[];
  /** cvpress extension: free text (thesis, notes) that is not a course. */
  summary?: string;
  [extra: string]: unknown;
}

export interface Award {
  title?: string;
  date?: IsoDate;
  awarder?: string;
  summary?: string;
  [extra: string]: unknown;
}

export interface Certificate {
  name?: string;
  date?: IsoDate;
  issuer?: string;
  url?: string;
  [extra: string]: unknown;
}

export interface Publication {
  name?: string;
  publisher?: string;
  releaseDate?: IsoDate;
  url?: string;
  summary?: string;
  [extra: string]: unknown;
}

export interface Skill {
  name?: string;
  level?: string;
  keywords?: string[];
  [extra: string]: unknown;
}

export interface Language {
  language?: string;
  fluency?: string;
  [extra: string]: unknown;
}

export interface Interest {
  name?: string;
  keywords?: string[];
  [extra: string]: unknown;
}

export interface Reference {
  name?: string;
  reference?: string;
  [extra: string]: unknown;
}

export interface Project {
  name?: string;
  description?: string;
  highlights?: string[];
  keywords?: string[];
  startDate?: IsoDate;
  endDate?: IsoDate;
  url?: string;
  roles?: string[];
  entity?: string;
  type?: string;
  [extra: string]: unknown;
}

/**
 * cvpress extension: content that fits no JSON Resume section, kept in document
 * order so nothing is dropped. `markdown` holds the section body verbatim
 * (inline Markdown preserved); `items` is used when the body was a plain list.
 */
export interface GenericSection {
  title: string;
  markdown?: string;
  items?: string[];
  /** Index of the section in the source document (for ordering). */
  order?: number;
  [extra: string]: unknown;
}

/**
 * One of several headings under which a CV lists entries of one kind ("Work Experience" and, further down,
 * "Teaching Experience"): the entries of the list from index `from` up to the next part's `from` are this part's.
 */
export interface SectionPart {
  /** The list: `work`, `education`, `projects`… */
  key: string;
  /** The CV's own heading of this part. */
  title: string;
  /** The index in the list of this part's first entry. */
  from: number;
  /** The standard section the CV has just before this part (`summary`, `education`…), or '' when none. */
  after: string;
}

/** JSON Resume `meta`, plus the render options a CV may carry for itself. */
export interface Meta {
  canonical?: string;
  version?: string;
  lastModified?: string;
  theme?: string;
  lang?: string;
  format?: string;
  maxPages?: number;
  /** Lists the CV gives under several headings, each part with its own heading (set by the Markdown reader; themes print each part where the CV has it). */
  sectionParts?: SectionPart[];
  [extra: string]: unknown;
}

/** The whole résumé: JSON Resume plus `sections` (generic) and the per-CV meta. */
export interface Resume {
  $schema?: string;
  basics?: Basics;
  work?: Work[];
  volunteer?: Volunteer[];
  education?: Education[];
  awards?: Award[];
  certificates?: Certificate[];
  publications?: Publication[];
  skills?: Skill[];
  languages?: Language[];
  interests?: Interest[];
  references?: Reference[];
  projects?: Project[];
  sections?: GenericSection[];
  meta?: Meta;
  [extra: string]: unknown;
}

/** The keys of `Resume` that hold lists of entries rendered as sections. */
export const SECTION_KEYS = [
  'work',
  'volunteer',
  'education',
  'awards',
  'certificates',
  'publications',
  'skills',
  'languages',
  'interests',
  'references',
  'projects',
] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];
