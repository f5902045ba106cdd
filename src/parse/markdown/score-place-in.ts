// How much a text looks like a place, scored once per parse for each text.
import type { ParseState } from './parse-types.js';
import { recall } from './recall.js';
import { placeScore } from './score-segment.js';

/** {@link placeScore} of `text`, remembered for the parse. */
export function scorePlaceIn(state: ParseState, text: string): number {
  return recall(state, 'place', text, placeScore);
}
