// Reads a languages section: "Polish, native", "English (fluent)", "German – B2", "Deutsch: Muttersprache", tables, one-line lists.
import type { Language } from '../../model/types.js';
import type { Unit } from './build-units.js';
import { toPlainText } from './to-plain-text.js';

/** A language and the source lines it came from. */
export interface LanguageFind {
  language: Language;
  line: number;
  endLine: number;
}

const FLUENCY =
  /^(?:native|native speaker|mother tongue|first language|bilingual|fluent|full professional|professional|proficient|advanced|upper[- ]intermediate|intermediate|conversational|basic|beginner|elementary|limited|working|good|very good|excellent|[abc][12]\+?|muttersprache|fließend|verhandlungssicher|gut|sehr gut|grundkenntnisse|langue maternelle|maternelle|courant|bilingue|natif|native|notions|intermédiaire|avancé|débutant|lengua materna|nativo|nativa|fluido|fluida|básico|intermedio|avanzado|avanzada|nativo|fluente|avançado|intermediário|língua materna|ojczysty|biegły|biegle|komunikatywny|podstawowy|zaawansowany|średnio zaawansowany|madrelingua|buono|ottimo|discreto|moedertaal|vloeiend|goed|redelijk|родной|свободно|свободный|свободное владение|базовый|средний|продвинутый|разговорный|母语|流利|熟练|良好|精通|一般)/iu;

function one(text: string): Language | undefined {
  const t = text.trim().replace(/^[-–—·•*]\s*/, '').replace(/[.;]$/, '');
  if (!t) return undefined;
  let m = /^(.+?)\s*[(（](.+?)[)）]\s*$/u.exec(t);
  if (m) return { language: m[1]!.trim(), fluency: m[2]!.trim() };
  m = /^(.+?)\s*(?:[:：]|\s[–—-]\s|[–—]|,)\s*(.+)$/u.exec(t);
  if (m) return { language: m[1]!.trim(), fluency: m[2]!.trim() };
  m = /^(\p{L}+)\s+(.+)$/u.exec(t);
  if (m && FLUENCY.test(m[2]!.trim())) return { language: m[1]!, fluency: m[2]!.trim() };
  return { language: t };
}

/** Splits a line holding several languages ("English (C1), German (B2)"; "Polish – native | English – fluent"). */
function many(plain: string): Language[] {
  const parts = plain.split(/\s*[;|·•]\s*|,\s*(?=[^()]*(?:\(|$))(?![^(]*\))/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1) {
    // "Polish, native" is one language with its level, not two languages
    if (parts.length === 2 && FLUENCY.test(parts[1]!)) return [one(plain)!];
    const langs = parts.map(one).filter((l): l is Language => l !== undefined);
    if (langs.every((l) => l.fluency || l.language!.split(/\s+/).length <= 2)) return langs;
  }
  const l = one(plain);
  return l ? [l] : [];
}

/** Reads the languages of a section's units. */
export function parseLanguages(units: Unit[]): LanguageFind[] {
  const out: LanguageFind[] = [];
  for (const u of units) {
    if (u.t === 'line' || u.t === 'heading') {
      for (const language of many(u.plain)) out.push({ language, line: u.line, endLine: u.endLine });
    } else if (u.t === 'list') {
      for (const it of u.items) {
        for (const language of many(toPlainText(it.text.replace(/\n/g, ' ')))) out.push({ language, line: it.line, endLine: it.endLine });
        for (const c of it.children) for (const language of many(toPlainText(c))) out.push({ language, line: it.line, endLine: it.endLine });
      }
    } else if (u.t === 'table') {
      u.rows.forEach((r, k) => {
        const cells = r.map(toPlainText).filter(Boolean);
        if (k === 0 && /language|sprache|langue|idioma|língua|język|lingua|taal|язык|语言/i.test(cells.join(' '))) return;
        if (cells.length >= 2) out.push({ language: { language: cells[0]!, fluency: cells.slice(1).join(', ') }, line: u.line, endLine: u.endLine });
        else if (cells[0]) out.push({ language: { language: cells[0] }, line: u.line, endLine: u.endLine });
      });
    } else if (u.t === 'raw') {
      out.push({ language: { language: u.raw.trim() }, line: u.line, endLine: u.endLine });
    }
  }
  return out;
}
