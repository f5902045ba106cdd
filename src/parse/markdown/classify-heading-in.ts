// A heading's section kind in the CV's languages, classified once per parse for each text.
import { classifyHeading, type HeadingClass } from './classify-heading.js';
import type { ParseState } from './parse-types.js';
import { recall } from './recall.js';

/** {@link classifyHeading} of `text` in the CV's languages, remembered for the parse (call it once the language is detected). */
export function classifyHeadingIn(state: ParseState, text: string): HeadingClass | undefined {
  return recall(state, 'heading', text, (t) => classifyHeading(t, state.langs));
}
