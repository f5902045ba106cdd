// Types of adversarial-texts.js (a plain script module, imported by the TypeScript tests too).

/** Each generator makes a text of about `n` characters out of one thing repeated: the separators and marks a parser splits on. */
export declare const GENERATORS: Record<string, (n: number) => string>;
