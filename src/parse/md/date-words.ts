// Interim: the index of date words (replaced by the date finder's own).

/** Month names, present/since/from/to words and calendars, indexed for findDates. */
export interface DateWords {
  readonly langs: readonly string[];
}
