// The lexicon index built ahead of time: none here; the CLI bundle (scripts/bundle-cli.js) puts the JSON of the built index in this module's place.

/**
 * The JSON of the lexicon index (`serializeLexiconIndex`), when a build step wrote it; undefined when cvpress runs
 * from its sources or from `tsc`'s output, where the index is built when lexicon-index.ts loads.
 */
export const PREBUILT_LEXICON_INDEX: string | undefined = undefined;
