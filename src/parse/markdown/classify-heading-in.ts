// A heading's section kind in the CV's languages, classified once per parse for each text.
import { classifyHeading, type HeadingClass } from './classify-heading.js';
import { dropDurationTail } from './drop-duration-tail.js';
import type { ParseState } from './parse-types.js';
import { recall } from './recall.js';

/**
 * {@link classifyHeading} of `text` in the CV's languages, remembered for the parse (call it once the language is
 * detected). A heading that ends with how long it lasted ("Опыт работы — 6 лет 7 месяцев", a job board's export) is
 * classified without that duration when it is not classified whole.
 */
export function classifyHeadingIn(state: ParseState, text: string): HeadingClass | undefined {
  return recall(state, 'heading', text, (t) => {
    const whole = classifyHeading(t, state.langs);
    if (whole) return whole;
    const core = dropDurationTail(state, t);
    return core === t ? undefined : classifyHeading(core, state.langs);
  });
}
