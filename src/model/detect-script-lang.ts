// Guesses a CV's language from its writing system: kana, Hangul, Traditional or Simplified Han, Arabic letters only Persian uses…

/** Frequent Han characters written differently in Simplified and Traditional Chinese, pair by pair. */
const SIMPLIFIED = '这们个为发会经开与时业学国东区对长说门问间关进实现动过还产务网络项设计员应数据统构术验级类题组织资质负责参优维护库测试协调团队专导师际语获奖书历简电话邮职岗软编写云处视觉习课场营销层条总决执标准辑运线机页状态迁节点备览单从场际车钱银们华语读写务协议'; // cspell:disable-line
const TRADITIONAL = '這們個為發會經開與時業學國東區對長說門問間關進實現動過還產務網絡項設計員應數據統構術驗級類題組織資質負責參優維護庫測試協調團隊專導師際語獲獎書歷簡電話郵職崗軟編寫雲處視覺習課場營銷層條總決執標準輯運線機頁狀態遷節點備覽單從場際車錢銀們華語讀寫務協議'; // cspell:disable-line
const onlyIn = (a: string, b: string): Set<number> => new Set([...a].filter((c) => !b.includes(c)).map((c) => c.codePointAt(0)!));
const SIMP = onlyIn(SIMPLIFIED, TRADITIONAL);
const TRAD = onlyIn(TRADITIONAL, SIMPLIFIED);

/** Letters that tell one Arabic-script or Cyrillic language from another. */
const MARKS: Record<string, string> = {
  fa: 'پچژگیک', ar: 'يكةى', ur: 'ٹڈڑںےھ',
  uk: 'іїєґ', ru: 'ыэъё', be: 'ў', sr: 'ђћџљњј', mk: 'ѓќѕ', bg: 'ъ', kk: 'қғүұөһә',
};
const countOf = (text: string, chars: string): number => {
  let n = 0;
  for (const c of text) if (chars.includes(c)) n++;
  return n;
};

/** Counts of letters per writing system in `text`. */
function countScripts(text: string): Record<'latn' | 'viet' | 'grek' | 'cyrl' | 'hebr' | 'arab' | 'deva' | 'thai' | 'han' | 'kana' | 'hang' | 'simp' | 'trad', number> {
  const n = { latn: 0, viet: 0, grek: 0, cyrl: 0, hebr: 0, arab: 0, deva: 0, thai: 0, han: 0, kana: 0, hang: 0, simp: 0, trad: 0 };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) n.latn++;
    else if (c >= 0x1e00 && c <= 0x1eff) { n.latn++; if (c >= 0x1ea0) n.viet++; }
    else if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff)) n.grek++;
    else if (c >= 0x400 && c <= 0x52f) n.cyrl++;
    else if (c >= 0x591 && c <= 0x5f4) n.hebr++;
    else if ((c >= 0x620 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) n.arab++;
    else if (c >= 0x900 && c <= 0x97f) n.deva++;
    else if (c >= 0xe01 && c <= 0xe5b) n.thai++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9d)) n.kana++;
    else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3131 && c <= 0x318e)) n.hang++;
    else if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2ffff)) {
      n.han++;
      if (SIMP.has(c)) n.simp++;
      else if (TRAD.has(c)) n.trad++;
    }
    if (c === 0x1a1 || c === 0x1b0 || c === 0x111 || c === 0x103) n.viet++; // ơ ư đ ă
  }
  return n;
}

/**
 * The language a text's writing system points to, when it does: kana ⇒ `ja`, Hangul ⇒ `ko`, other Han
 * ⇒ `zh-Hant` or `zh-Hans` by the characters the two write differently, Arabic letters ⇒ `fa`, `ur` or `ar`
 * by the letters only each uses, Hebrew ⇒ `he`, Devanagari ⇒ `hi`, Thai ⇒ `th`, Greek ⇒ `el`, Cyrillic ⇒
 * `uk`, `be`, `sr`, `mk`, `bg`, `kk` or `ru`, Latin with Vietnamese letters ⇒ `vi`. A script counts when it
 * makes up at least a quarter of the letters (a Han character counts as two: it is a word more often than a
 * letter), so an English CV with a Chinese name stays undecided.
 * @param text - the CV's text (the first 50,000 characters are read)
 * @param minLetters - fewer letters than this tell nothing (default 8)
 * @returns a BCP 47 tag, or undefined for Latin text (and anything too short to tell)
 */
export function detectScriptLang(text: string, minLetters = 8): string | undefined {
  const sample = text.length > 50_000 ? text.slice(0, 50_000) : text;
  const n = countScripts(sample);
  const cjk = n.han + n.kana + n.hang;
  const scored: Array<[string, number]> = [['grek', n.grek], ['cyrl', n.cyrl], ['hebr', n.hebr], ['arab', n.arab], ['deva', n.deva], ['thai', n.thai], ['cjk', 2 * cjk]];
  const total = n.latn + scored.reduce((s, [, v]) => s + v, 0);
  if (total < minLetters) return undefined;
  const [script, count] = scored.reduce((best, x) => (x[1] > best[1] ? x : best));
  if (count * 4 < total) return n.viet >= 3 && n.viet * 25 >= n.latn ? 'vi' : undefined;
  const most = (langs: string[], fallback: string): string => {
    const counts = langs.map((l) => [l, countOf(sample, MARKS[l]!)] as const).filter(([, c]) => c > 0);
    return counts.length ? counts.reduce((b, x) => (x[1] > b[1] ? x : b))[0] : fallback;
  };
  switch (script) {
    case 'cjk':
      if (n.hang > n.kana && n.hang * 5 >= cjk) return 'ko';
      if (n.kana >= 3 && n.kana * 20 >= n.han + n.kana) return 'ja';
      return n.trad > n.simp ? 'zh-Hant' : 'zh-Hans';
    case 'arab': return most(['fa', 'ur', 'ar'], 'ar');
    case 'cyrl': {
      const l = most(['uk', 'be', 'sr', 'mk', 'kk', 'ru'], 'ru');
      // ъ alone (no ы, э, ё) is Bulgarian.
      return l === 'ru' && countOf(sample, 'ыэё') === 0 && countOf(sample, 'ъ') > 0 ? 'bg' : l;
    }
    case 'hebr': return 'he';
    case 'deva': return 'hi';
    case 'thai': return 'th';
    default: return 'el';
  }
}
