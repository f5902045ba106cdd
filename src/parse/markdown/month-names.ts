// Month names and abbreviations in the languages cvpress reads, mapped to month numbers.

/** Full month names (genitive and nominative forms where they differ), index 0 = January. */
const FULL: readonly (readonly string[])[] = [
  ['january', 'januar', 'jänner', 'janvier', 'enero', 'janeiro', 'styczeń', 'stycznia', 'styczen', 'gennaio', 'januari', 'январь', 'января', 'januar'],
  ['february', 'februar', 'février', 'fevrier', 'febrero', 'fevereiro', 'luty', 'lutego', 'febbraio', 'februari', 'февраль', 'февраля'],
  ['march', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'marzec', 'marca', 'maart', 'март', 'марта'],
  ['april', 'avril', 'abril', 'kwiecień', 'kwietnia', 'kwiecien', 'aprile', 'апрель', 'апреля'],
  ['may', 'mai', 'mayo', 'maio', 'maj', 'maja', 'maggio', 'mei', 'май', 'мая'],
  ['june', 'juni', 'juin', 'junio', 'junho', 'czerwiec', 'czerwca', 'giugno', 'июнь', 'июня'],
  ['july', 'juli', 'juillet', 'julio', 'julho', 'lipiec', 'lipca', 'luglio', 'июль', 'июля'],
  ['august', 'août', 'aout', 'agosto', 'sierpień', 'sierpnia', 'sierpien', 'augustus', 'август', 'августа'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'setembro', 'wrzesień', 'września', 'wrzesien', 'settembre', 'сентябрь', 'сентября'],
  ['october', 'oktober', 'octobre', 'octubre', 'outubro', 'październik', 'października', 'pazdziernik', 'ottobre', 'октябрь', 'октября'],
  ['november', 'novembre', 'noviembre', 'novembro', 'listopad', 'listopada', 'ноябрь', 'ноября'],
  ['december', 'dezember', 'décembre', 'decembre', 'diciembre', 'dezembro', 'grudzień', 'grudnia', 'grudzien', 'dicembre', 'декабрь', 'декабря'],
];

/** Abbreviations that are not simple prefixes of a full name. */
const EXTRA: Readonly<Record<string, number>> = {
  sept: 9, juil: 7, 'févr': 2, fevr: 2, 'déc': 12, 'dic': 12, 'janv': 1, 'avr': 4, 'fév': 2, 'aoû': 8, 'sen': 9, 'lut': 2,
};

function build(): Map<string, number> {
  const map = new Map<string, number>();
  const clash = new Set<string>();
  const add = (key: string, month: number): void => {
    const prev = map.get(key);
    if (prev !== undefined && prev !== month) clash.add(key);
    else map.set(key, month);
  };
  FULL.forEach((names, i) => {
    for (const name of names) {
      add(name, i + 1);
      for (const n of [3, 4]) {
        if (name.length > n) add(name.slice(0, n), i + 1);
      }
    }
  });
  for (const [k, v] of Object.entries(EXTRA)) add(k, v);
  for (const k of clash) map.delete(k);
  // "jui" (juin/juillet) and the like are ambiguous and were dropped above; French uses "juin"/"juil".
  return map;
}

/** Lower-case month name or abbreviation → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = build();

/** A regular-expression alternation of every month name, longest first. */
export const MONTH_PATTERN: string = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
