// The emoji people head CV sections with, and the section kind each names (the same in every language).
import type { SectionKind } from './lexicon-types.js';

/**
 * Emoji (without variation selectors or skin tones) that, standing alone as a heading ("# 💼", "## 🎓"), name a
 * section. Only emoji whose meaning in a CV is clear; a heading with words is read by its words.
 */
export const SECTION_EMOJI: Readonly<Record<string, SectionKind>> = {
  '💼': 'work', '👔': 'work', '🏢': 'work', '🏭': 'work', '👨‍💻': 'work', '👩‍💻': 'work', '🧑‍💻': 'work', '👨‍💼': 'work', '👩‍💼': 'work', '🧑‍💼': 'work',
  '🎓': 'education', '🏫': 'education', '📚': 'education', '🎒': 'education', '👨‍🎓': 'education', '👩‍🎓': 'education', '🧑‍🎓': 'education',
  '🛠': 'skills', '🧰': 'skills', '⚙': 'skills', '🔧': 'skills',
  '🌐': 'languages', '🗣': 'languages', '🌍': 'languages', '🌎': 'languages', '🌏': 'languages',
  '📫': 'contact', '📬': 'contact', '📭': 'contact', '📮': 'contact', '📞': 'contact', '☎': 'contact', '📱': 'contact', '✉': 'contact', '📧': 'contact',
  '🏆': 'awards', '🥇': 'awards', '🏅': 'awards', '🎖': 'awards',
  '📜': 'certificates',
  '🚀': 'projects',
  '📝': 'publications', '📰': 'publications',
  '🤝': 'volunteer',
  '👋': 'summary', '👤': 'summary',
};
