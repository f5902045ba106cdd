// Reads a skills section: "Group: a b c" / "Group: a, b, c" lines or items, sub-headings with lists, tables, or a plain list.
import type { Skill } from '../../model/types.js';
import type { Unit } from './build-units.js';
import { splitKeywords } from './split-keywords.js';
import { toPlainText } from './to-plain-text.js';

/** A skill group and the source lines it came from. */
export interface SkillFind {
  skill: Skill;
  line: number;
  endLine: number;
}

const GROUP = /^\s*(?:\*\*|__)?([^:：*_]{1,50}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.+)$/u;

/** `GROUP.exec(plain)`, tried only when a colon occurs (the pattern needs one, and fails slowly without it). */
function groupOf(plain: string): RegExpExecArray | null {
  return plain.includes(':') || plain.includes('：') ? GROUP.exec(plain) : null;
}

/** Reads skill groups from a section's units; `title` names the group of ungrouped items. */
export function parseSkills(units: Unit[], title: string): SkillFind[] {
  const out: SkillFind[] = [];
  let loose: SkillFind | undefined;
  let groupName: string | undefined;
  let group: SkillFind | undefined;
  const addLoose = (kw: string[], line: number, endLine: number): void => {
    if (group) {
      group.skill.keywords!.push(...kw);
      group.endLine = endLine;
      return;
    }
    if (!loose) {
      loose = { skill: { name: title, keywords: [] }, line, endLine };
      out.push(loose);
    }
    loose.skill.keywords!.push(...kw);
    loose.endLine = endLine;
  };
  const take = (text: string, line: number, endLine: number, isItem: boolean): void => {
    const plain = toPlainText(text);
    const m = groupOf(plain);
    if (m && (m[2] ?? '').trim() && !/^https?$/i.test((m[1] ?? '').trim())) {
      out.push({ skill: { name: (m[1] ?? '').trim(), keywords: splitKeywords(m[2] ?? '') }, line, endLine });
      return;
    }
    // a plain item is one keyword unless it is a list of short names; a plain line of comma-separated words is several
    const parts = splitKeywords(plain);
    addLoose(isItem && !(parts.length > 1 && /[,;，、]/.test(plain) && parts.every((x) => x.split(/\s+/).length <= 3)) ? [plain] : parts, line, endLine);
  };
  for (const u of units) {
    if (u.t === 'heading') {
      groupName = u.plain.replace(/[:：]\s*$/, '');
      group = { skill: { name: groupName, keywords: [] }, line: u.line, endLine: u.endLine };
      out.push(group);
    } else if (u.t === 'line') {
      if (group && !groupOf(u.plain)) {
        group.skill.keywords!.push(...splitKeywords(u.plain));
        group.endLine = u.endLine;
      } else take(u.text, u.line, u.endLine, false);
    } else if (u.t === 'list') {
      for (const it of u.items) {
        take(it.text.replace(/\n/g, ' '), it.line, it.endLine, true);
        for (const c of it.children) addLoose([toPlainText(c)], it.line, it.endLine);
      }
    } else if (u.t === 'table') {
      const rows = u.rows;
      const headerLike = rows.length > 1 && rows[0]!.every((c) => c.split(/\s+/).length <= 3);
      for (const [k, r] of rows.entries()) {
        if (k === 0 && headerLike && /skill|kenntnis|compétence|habilidad|competên|umiejęt|competenz|vaardig|навык|技能|category|kategorie|catégorie|categoría|area|bereich/i.test(r.join(' '))) continue;
        const cells = r.map(toPlainText).filter(Boolean);
        if (cells.length >= 2) {
          out.push({ skill: { name: cells[0]!, keywords: splitKeywords(cells.slice(1).join(', ')), ...(cells.length > 2 && cells[2]!.split(/\s+/).length <= 2 ? {} : {}) }, line: u.line, endLine: u.endLine });
        } else if (cells.length === 1) addLoose(splitKeywords(cells[0]!), u.line, u.endLine);
      }
    } else if (u.t === 'raw') {
      addLoose([u.raw.trim()], u.line, u.endLine);
    }
  }
  return out.filter((s) => s.skill.keywords!.length > 0 || s.skill.name);
}
