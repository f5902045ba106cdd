// Finds where an indirect object's body lies in a PDF with one classic cross-reference table (between "N G obj" and its "endobj").
/**
 * The span of object `num` `gen`'s body: after its "num gen obj" header, up to the last "endobj" before the
 * next object (or the table). Undefined when the table's entry or the header does not match.
 * @param entries - the table's in-use entries by object number
 */
export function locateObjectBody(buf: Buffer, entries: ReadonlyMap<number, { offset: number; gen: number }>, xrefOffset: number, num: number, gen: number): { bodyStart: number; bodyEnd: number } | undefined {
  const e = entries.get(num);
  if (!e || e.gen !== gen) return undefined;
  const header = /^(\d{1,10})[\r\n ]+(\d{1,5})[\r\n ]+obj/.exec(buf.toString('latin1', e.offset, e.offset + 32));
  if (!header || Number(header[1]) !== num || Number(header[2]) !== gen) return undefined;
  const bodyStart = e.offset + header[0].length;
  // The object ends before the next object (or the table); its last "endobj" is the real one.
  let next = Infinity;
  for (const other of entries.values()) if (other.offset > e.offset && other.offset < next) next = other.offset;
  if (next === Infinity) next = xrefOffset;
  const bodyEnd = buf.lastIndexOf('endobj', next - 6);
  return bodyEnd < bodyStart ? undefined : { bodyStart, bodyEnd };
}
