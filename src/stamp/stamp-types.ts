// Options of the stamp stage.

/** Options for `stampMetadata`. */
export interface StampMetadataOptions {
  /** The theme the CV was rendered with (goes into Creator). */
  themeName: string;
  /** BCP 47 language of the document (`/Lang`, `dc:language`). */
  lang: string;
  /** cvpress version (Creator, Producer). */
  version: string;
  /** CreationDate and ModDate; callers pass `SOURCE_DATE_EPOCH` when set. Default: now. */
  date?: Date;
}
