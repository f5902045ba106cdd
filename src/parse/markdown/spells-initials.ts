// Whether an acronym is the short form of a name ("Universidade de São Paulo" – "USP").

/** The initials of a name's capitalised words, a word in capitals whole ("Société Générale Corporate and Investment Banking" → "SGCIB", "Crédit Agricole CIB" → "CACIB"). */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0]))
    .join('');
}

/**
 * Whether an acronym of three letters or more spells the initials of a name, all of them or some in order from the first
 * ("Universidade de São Paulo" – "USP", "Universidade Regional Integrada do Alto Uruguai e das Missões" – "URI"; not
 * "Unidas" – "FMU").
 * @param short - the acronym, capitals only
 * @param name - the name it may stand for
 */
export function spellsInitials(short: string, name: string): boolean {
  const names = initials(name);
  if (short.length < 3 || short[0] !== names[0]) return false;
  let k = 0;
  for (const ch of names) if (ch === short[k]) k++;
  return k === short.length;
}
