// A label of Han characters or Hangul syllables spaced out to line up with longer labels ("姓  名", "이 름", "학 력") read without its spaces.

/** Han characters or Hangul syllables with white space between them and nothing else. */
const SPACED = /^[\u3400-\u9fff\uac00-\ud7a3](?:[\s\u3000]+[\u3400-\u9fff\uac00-\ud7a3])+$/u;

/**
 * The label without the spaces between its characters when it is Han characters or Hangul syllables spaced out
 * ("姓  名" → "姓名", "경 력" → "경력"); the label as it is otherwise.
 */
export function unspaceCjkLabel(label: string): string {
  return SPACED.test(label) ? label.replace(/[\s\u3000]+/gu, '') : label;
}
