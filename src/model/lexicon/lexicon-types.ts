// The per-language lexicon: every word the parser reads and every label the themes print, for one language.

/** What a section of a CV holds. `doctitle` = "Curriculum Vitae"-style document titles. */
export type SectionKind =
  | 'doctitle' | 'contact' | 'summary' | 'work' | 'volunteer' | 'education' | 'skills' | 'languages' | 'interests'
  | 'awards' | 'certificates' | 'publications' | 'projects' | 'references';

/** Keys of the labels a theme prints (section headings plus small words). */
export type LabelKey =
  | 'summary' | 'work' | 'volunteer' | 'education' | 'awards' | 'certificates' | 'publications'
  | 'skills' | 'languages' | 'interests' | 'references' | 'projects' | 'contact' | 'present'
  | 'pageOf' | 'courses' | 'score' | 'timezone' | 'profiles' | 'roles' | 'keywords' | 'more'
  /** Punctuation: list separator (", ", Chinese "、"), label colon (": ", French " : ", Chinese "："), title–organisation separator, parentheses. */
  | 'sep' | 'colon' | 'orgSep' | 'open' | 'close';

/** ISO 15924 script codes cvpress tells apart. */
export type ScriptCode = 'Latn' | 'Cyrl' | 'Grek' | 'Arab' | 'Hebr' | 'Deva' | 'Thai' | 'Hani' | 'Hira' | 'Kana' | 'Hang';

/** Twelve lists, January first: every form of each month's name (lower case). */
export type MonthTable = readonly [
  readonly string[], readonly string[], readonly string[], readonly string[], readonly string[], readonly string[],
  readonly string[], readonly string[], readonly string[], readonly string[], readonly string[], readonly string[],
];

/** Labels people write before a value ("E-Mail:", "Должность:"), lower case, without the colon. */
export interface FieldLabels {
  /** Full name ("name", "nome", "名前", "이름"). */
  name: readonly string[];
  /** Given name ("first name", "vorname", "prénom"). */
  firstName: readonly string[];
  /** Family name ("last name", "nachname", "nom"). */
  lastName: readonly string[];
  email: readonly string[];
  phone: readonly string[];
  /** Address, city, place of residence. */
  location: readonly string[];
  /** Web site, home page, portfolio, blog. */
  website: readonly string[];
  /** Date or place of birth, age, nationality, marital status: personal details kept as text. */
  personal: readonly string[];
  /** The role of an entry ("position", "role", "должность", "職種"). */
  position: readonly string[];
  /** The organisation of an entry ("company", "employer", "компания", "会社"). */
  organisation: readonly string[];
  /** The period of an entry ("period", "dates", "временной период", "期間"). */
  period: readonly string[];
  /** The place of an entry ("location", "ort", "lieu"). */
  place: readonly string[];
  /** A degree or qualification ("degree", "abschluss", "学位"). */
  degree: readonly string[];
  /** A school or university ("institution", "school", "学校"). */
  institution: readonly string[];
  /** A column or label for the first date alone ("start", "from", "başlangıç", "開始"). */
  start?: readonly string[];
  /** A column or label for the last date alone ("end", "to", "bitiş", "終了"). */
  end?: readonly string[];
  /** A column of years beside a column of months (a Japanese 履歴書's "年 | 月 | 内容"): "year", "年". */
  year?: readonly string[];
  /** The column of months beside a year column: "month", "月". */
  month?: readonly string[];
}

/**
 * Everything about one language that cvpress reads or prints. One file per language
 * (`src/model/lexicon/<tag>.ts`), each checked against this type, so a missing key is a
 * compile error. Words are lower case (the parser compares after `toLocaleLowerCase` and NFKC);
 * put every inflected or abbreviated form people write, with and without diacritics where
 * people drop them.
 */
export interface Lexicon {
  /** BCP 47 tag in lower case: `en`, `pt`, `zh-hans`, `zh-hant`, `no`. */
  readonly tag: string;
  /** The language's English name. */
  readonly name: string;
  /** The language's own name for itself. */
  readonly nativeName: string;
  /** Writing direction. */
  readonly dir: 'ltr' | 'rtl';
  /** Scripts the language is written in, the main one first (Japanese: Hani, Hira, Kana). */
  readonly scripts: readonly ScriptCode[];
  /** Section headings people write, per kind (lower case, without emoji, numbering or a trailing colon). */
  readonly sections: Readonly<Record<SectionKind, readonly string[]>>;
  /** What themes print: section headings and small words (`pageOf` holds `{page}` and `{pages}`). */
  readonly labels: Readonly<Record<LabelKey, string>>;
  /**
   * Labels that differ in a regional variant, by lower-case BCP 47 tag (`pt-pt`: "Formação
   * académica", "Prémios"); every other label comes from `labels`. Optional: absent = none.
   */
  readonly regionLabels?: Readonly<Record<string, Partial<Readonly<Record<LabelKey, string>>>>>;
  /** Gregorian month names: full, genitive/locative forms, abbreviations with and without a dot, and Roman numerals where the language writes months so ("VII 2016": read only in a CV of that language). */
  readonly months: MonthTable;
  /** Words that join two section names in one heading ("Work and Education", "Позиції та проекти", "工作和项目经历"); a Han one is read inside a heading without spaces. */
  readonly joiners: readonly string[];
  /** Words for an ongoing end date ("present", "heute", "現在", "至今", "현재"). */
  readonly present: readonly string[];
  /** Words that open a range with no end ("since", "seit", "depuis", "desde", "od", "с"). */
  readonly since: readonly string[];
  /** Words before the first date of a range ("from", "von", "de", "из", "從"). */
  readonly from: readonly string[];
  /** Words before a lone date that is when studies ended or will end ("class of 2008", "Expected May 2024", "Promo 2015"): the date is an end, the words part of it. Optional: absent = none. */
  readonly until?: readonly string[];
  /** Words before a date that make it approximate ("ca 2016", "circa 2010", "около 2015"): the date is read as written, the word part of it. Optional: absent = none. */
  readonly approximately?: readonly string[];
  /** Words between the two dates of a range ("to", "bis", "à", "a", "до", "~", "까지"). */
  readonly to: readonly string[];
  /** Duration words that may follow a range ("– 8 meses", "(2 years)"): years and months. */
  readonly durations: { readonly years: readonly string[]; readonly months: readonly string[] };
  /** Words that join a role and its organisation ("at", "chez", "bei", "em", "w", "в", "에서"). */
  readonly connectors: readonly string[];
  /**
   * Words that join a role and its organisation only when the organisation is named: linked, or by a school's or a company's
   * word ("Post Doc in Princeton University", "PhD in [PMMH](…)"; not "Engineer in Machine Learning"). Optional: absent = none.
   */
  readonly nameConnectors?: readonly string[];
  /**
   * Those of `connectors` that say whom a post served, which is as often a field as an employer ("Fachinformatiker für
   * Anwendungsentwicklung", "Teacher for Mathematics"; "Developer for Acme"): what follows one is the organisation only
   * when no other part of the entry's head names one better. Optional: absent = none.
   */
  readonly forConnectors?: readonly string[];
  /**
   * Studies that are also posts a school employs its holder in ("PhD Student", "Doktorand"): under a heading that names
   * work, such an entry stays a job, not a study. Optional: absent = none.
   */
  readonly employedStudies?: readonly string[];
  /**
   * Words after an organisation that introduce the role held there ("Thomas Magnete GmbH als Softwareentwickler", "Acme as Engineer", "jako");
   * after a section word they say in what capacity ("Experience as a teacher", "Опыт как системного администратора": that section). Optional: absent = none.
   */
  readonly roleAfter?: readonly string[];
  /** Words between an organisation's name and the town it is in, closing a head's part ("Brück Electronic GmbH in Lindlar", "Qball Internet B.V. te Alkmaar"); "in" counts in every language. Optional: absent = none. */
  readonly placeAfter?: readonly string[];
  /**
   * School words that close a school's name in this language, after which the field of study may follow with no
   * separator ("Boğaziçi Üniversitesi Bilgisayar Mühendisliği", "Helsingin yliopisto Tietojenkäsittelytiede"): the school is
   * cut after the last of them. Optional: absent = none (a school word opens the name, "University of …").
   */
  readonly schoolNameEnds?: readonly string[];
  /** Kinds of employment written beside a role ("Full-time", "Teilzeit", "CDI", "正社員"): never a place, a role or an organisation. Optional: absent = none. */
  readonly employment?: readonly string[];
  /** Of those, the ones that stand where the employer goes when one works for oneself ("Freelance", "Фриланс", "フリーランス"): an organisation where no other name is given. Optional: absent = none. */
  readonly selfEmployment?: readonly string[];
  /** Words that introduce one's own name at the top of a CV ("i'm", "my name is", "ich bin", "je m'appelle", "我是"), the name right after them. */
  readonly selfIntro: readonly string[];
  /** Words that introduce one's own name written after it, closing the line ("Szia, Kovács Anna vagyok!", "홍길동입니다", "山田太郎です"). Optional: absent = none. */
  readonly selfIntroAfter?: readonly string[];
  /** Degree words and abbreviations ("bachelor", "master", "phd", "bsc", "diplom", "学士", "석사"). */
  readonly degrees: readonly string[];
  /** Words that mark a school or university ("university", "college", "hochschule", "大学", "대학교"). */
  readonly institutions: readonly string[];
  /** Words that mark an organisation ("inc", "ltd", "gmbh", "company", "株式会社", "ооо", "有限公司"). */
  readonly organisations: readonly string[];
  /** Words that mark a job title ("engineer", "developer", "manager", "entwickler", "エンジニア", "개발자"). */
  readonly jobTitles: readonly string[];
  /** Labels before values, in contact blocks and in entries. */
  readonly fields: FieldLabels;
  /** Fluency words of a languages section ("native", "fluent", "muttersprache", "ネイティブ"). */
  readonly fluency: readonly string[];
  /** Names of languages as written in this language ("english", "deutsch", "英語"), for the languages section. */
  readonly languageNames: readonly string[];
  /**
   * Countries, regions and large cities as written in this language, and words for working remotely
   * ("remote", "remoto", "удалённо"): they tell a place from an organisation in an entry's head line.
   */
  readonly places?: readonly string[];
  /**
   * Words that make a name a region when written before or after it ("County Dublin", "Orange County"): such a
   * part of a place line is a region as surely as a listed one. Optional: absent = none.
   */
  readonly regionWords?: readonly string[];
  /**
   * The most common family names, for languages that write a name as one run of characters with the family
   * name first (Chinese 王, 欧阳; Korean 김, 남궁): a run that starts with one is likely a name ("史林"), one that
   * does not is likely a word ("未完成"). Optional: absent where names are spaced words.
   */
  readonly surnames?: readonly string[];
  /** Very frequent short words of the language (articles, prepositions), to tell Latin- and Cyrillic-script languages apart. */
  readonly commonWords: readonly string[];
  /**
   * Lower-case letters that, among the languages cvpress knows, this language alone (or with one or two
   * others) writes in its script: Turkish ı and ğ, Polish ł, Czech ř and ů. Each word holding one is a vote
   * for the language, which tells it apart where its frequent words are few or shared ("ve": tr and cs).
   */
  readonly letters?: readonly string[];
  /**
   * Words closing a dated row that say the row opens or closes a period (a Japanese 履歴書 lists
   * "2015 | 4 | 龍谷大学… 入学" and later "2019 | 3 | 龍谷大学… 卒業"): such rows pair into one entry.
   */
  readonly rowEvents?: { readonly start: readonly string[]; readonly end: readonly string[] };
  /**
   * A calendar other than the Gregorian that CVs in this language use, with its month names
   * (Persian: the solar Hijri months Farvardin… Esfand; Thai: Buddhist-era years, Gregorian months).
   */
  readonly calendar?: {
    readonly kind: 'persian' | 'buddhist';
    /** Month names of that calendar (for `persian`); empty for `buddhist` (Gregorian months, years + 543). */
    readonly months?: MonthTable;
  };
  /**
   * Seasons, academic terms and vague month words written in place of a month ("summer 2018",
   * "Sommer 2019", "WS 2019/20", "קיץ 2018", "mid 2019", "Q3 2021"): the date keeps the year only.
   * Optional: absent = none known.
   */
  readonly seasons?: readonly string[];
  /**
   * Year eras written before a year number, and what to add to that number for the Gregorian year
   * (平成 30 → 30 + 1988 = 2018; 民國 108 → 108 + 1911 = 2019; พ.ศ. 2566 → 2566 − 543 = 2023;
   * an offset of 0 marks an explicit Gregorian era such as ค.ศ.). Optional: absent = none.
   */
  readonly eras?: readonly { readonly names: readonly string[]; readonly offset: number }[];
  /**
   * Counter words written right after a number in a script without spaces ("2000人", "3000万円", "2000명"): a
   * four-digit number directly followed by one is a count, not a year. Optional: absent = none.
   */
  readonly counters?: readonly string[];
  /**
   * Possessive words written as a word of their own before or after a section word ("My Experience", "Mein
   * Werdegang", "Pengalaman Saya", "Experiența mea"): a heading is also read without them. Optional: absent = none.
   */
  readonly possessives?: readonly string[];
}
