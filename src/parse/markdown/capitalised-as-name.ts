// Whether a text is capitalised as a name is: its first word, and half of its first and longer words.

/** The first word capitalised (or of a script without case), and at least half of the first and the words of four letters or more: "Centro Nacional de Computacion", "Microsoft, Pakistan Chapter"; not "Best paper award", "Kept the build green". */
export function capitalisedAsName(text: string): boolean {
  if (!/^(?:\p{Lu}|\p{Lo})/u.test(text)) return false;
  const long = text.split(' ').filter((w, i) => (i === 0 || w.length > 3) && /\p{L}/u.test(w));
  return long.filter((w) => /^(?:\p{Lu}|\p{Lo})/u.test(w)).length * 2 >= long.length;
}
