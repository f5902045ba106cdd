// Translated section headings and small labels for the languages cvpress themes know.

/** Keys of the labels a theme can ask for (section keys plus small words). */
export type LabelKey =
  | 'summary' | 'work' | 'volunteer' | 'education' | 'awards' | 'certificates' | 'publications'
  | 'skills' | 'languages' | 'interests' | 'references' | 'projects' | 'contact' | 'present'
  | 'pageOf' | 'courses' | 'score' | 'timezone' | 'profiles' | 'roles' | 'keywords' | 'more'
  /** Punctuation: list separator (", ", Chinese "、"), label colon (": ", French " : ", Chinese "："), title–organisation separator, parentheses. */
  | 'sep' | 'colon' | 'orgSep' | 'open' | 'close';

type LabelTable = Record<LabelKey, string>;

const EN: LabelTable = {
  summary: 'Summary', work: 'Work Experience', volunteer: 'Volunteering', education: 'Education',
  awards: 'Awards', certificates: 'Certificates', publications: 'Publications', skills: 'Skills',
  languages: 'Languages', interests: 'Interests', references: 'References', projects: 'Projects',
  contact: 'Contact', present: 'Present', pageOf: 'Page {page} of {pages}', courses: 'Courses',
  score: 'Grade', timezone: 'Time zone', profiles: 'Profiles', roles: 'Roles', keywords: 'Keywords',
  more: 'Additional information', sep: ', ', colon: ': ', orgSep: ', ', open: '(', close: ')',
};

const TABLES: Record<string, Partial<LabelTable>> = {
  en: EN,
  de: {
    summary: 'Profil', work: 'Berufserfahrung', volunteer: 'Ehrenamt', education: 'Ausbildung',
    awards: 'Auszeichnungen', certificates: 'Zertifikate', publications: 'Publikationen', skills: 'Kenntnisse',
    languages: 'Sprachen', interests: 'Interessen', references: 'Referenzen', projects: 'Projekte',
    contact: 'Kontakt', present: 'heute', pageOf: 'Seite {page} von {pages}', courses: 'Kurse',
    score: 'Note', timezone: 'Zeitzone', profiles: 'Profile', roles: 'Rollen', keywords: 'Stichwörter',
    more: 'Weitere Angaben',
  },
  fr: {
    summary: 'Profil', work: 'Expérience professionnelle', volunteer: 'Bénévolat', education: 'Formation',
    awards: 'Distinctions', certificates: 'Certifications', publications: 'Publications', skills: 'Compétences',
    languages: 'Langues', interests: "Centres d'intérêt", references: 'Références', projects: 'Projets',
    contact: 'Contact', present: "aujourd'hui", pageOf: 'Page {page} sur {pages}', courses: 'Cours',
    score: 'Mention', timezone: 'Fuseau horaire', profiles: 'Profils', roles: 'Rôles', keywords: 'Mots-clés',
    more: 'Informations complémentaires', colon: '\u202f: ',
  },
  es: {
    summary: 'Perfil', work: 'Experiencia laboral', volunteer: 'Voluntariado', education: 'Formación',
    awards: 'Premios', certificates: 'Certificaciones', publications: 'Publicaciones', skills: 'Habilidades',
    languages: 'Idiomas', interests: 'Intereses', references: 'Referencias', projects: 'Proyectos',
    contact: 'Contacto', present: 'actualidad', pageOf: 'Página {page} de {pages}', courses: 'Cursos',
    score: 'Calificación', timezone: 'Zona horaria', profiles: 'Perfiles', roles: 'Funciones', keywords: 'Palabras clave',
    more: 'Información adicional',
  },
  pt: {
    summary: 'Resumo', work: 'Experiência profissional', volunteer: 'Voluntariado', education: 'Formação acadêmica',
    awards: 'Prêmios', certificates: 'Certificações', publications: 'Publicações', skills: 'Competências',
    languages: 'Idiomas', interests: 'Interesses', references: 'Referências', projects: 'Projetos',
    contact: 'Contato', present: 'atual', pageOf: 'Página {page} de {pages}', courses: 'Cursos',
    score: 'Nota', timezone: 'Fuso horário', profiles: 'Perfis', roles: 'Funções', keywords: 'Palavras-chave',
    more: 'Informações adicionais',
  },
  'pt-pt': {
    education: 'Formação académica', awards: 'Prémios', contact: 'Contacto', more: 'Informações adicionais',
  },
  pl: {
    summary: 'Podsumowanie', work: 'Doświadczenie zawodowe', volunteer: 'Wolontariat', education: 'Wykształcenie',
    awards: 'Nagrody', certificates: 'Certyfikaty', publications: 'Publikacje', skills: 'Umiejętności',
    languages: 'Języki', interests: 'Zainteresowania', references: 'Referencje', projects: 'Projekty',
    contact: 'Kontakt', present: 'obecnie', pageOf: 'Strona {page} z {pages}', courses: 'Kursy',
    score: 'Ocena', timezone: 'Strefa czasowa', profiles: 'Profile', roles: 'Role', keywords: 'Słowa kluczowe',
    more: 'Dodatkowe informacje',
  },
  ru: {
    summary: 'О себе', work: 'Опыт работы', volunteer: 'Волонтёрство', education: 'Образование',
    awards: 'Награды', certificates: 'Сертификаты', publications: 'Публикации', skills: 'Навыки',
    languages: 'Языки', interests: 'Интересы', references: 'Рекомендации', projects: 'Проекты',
    contact: 'Контакты', present: 'н. в.', pageOf: 'Страница {page} из {pages}', courses: 'Курсы',
    score: 'Оценка', timezone: 'Часовой пояс', profiles: 'Профили', roles: 'Роли', keywords: 'Ключевые слова',
    more: 'Дополнительно',
  },
  zh: {
    summary: '个人简介', work: '工作经历', volunteer: '志愿服务', education: '教育背景',
    awards: '荣誉奖项', certificates: '证书', publications: '出版物', skills: '专业技能',
    languages: '语言能力', interests: '兴趣爱好', references: '推荐人', projects: '项目经历',
    contact: '联系方式', present: '至今', pageOf: '第 {page} 页，共 {pages} 页', courses: '课程',
    score: '成绩', timezone: '时区', profiles: '个人主页', roles: '角色', keywords: '关键词',
    more: '其他信息', sep: '、', colon: '：', orgSep: '，', open: '（', close: '）',
  },
  it: {
    summary: 'Profilo', work: 'Esperienza lavorativa', volunteer: 'Volontariato', education: 'Istruzione',
    awards: 'Premi', certificates: 'Certificazioni', publications: 'Pubblicazioni', skills: 'Competenze',
    languages: 'Lingue', interests: 'Interessi', references: 'Referenze', projects: 'Progetti',
    contact: 'Contatti', present: 'oggi', pageOf: 'Pagina {page} di {pages}', courses: 'Corsi',
    score: 'Voto', timezone: 'Fuso orario', profiles: 'Profili', roles: 'Ruoli', keywords: 'Parole chiave',
    more: 'Informazioni aggiuntive',
  },
  nl: {
    summary: 'Profiel', work: 'Werkervaring', volunteer: 'Vrijwilligerswerk', education: 'Opleiding',
    awards: 'Prijzen', certificates: 'Certificaten', publications: 'Publicaties', skills: 'Vaardigheden',
    languages: 'Talen', interests: 'Interesses', references: 'Referenties', projects: 'Projecten',
    contact: 'Contact', present: 'heden', pageOf: 'Pagina {page} van {pages}', courses: 'Cursussen',
    score: 'Cijfer', timezone: 'Tijdzone', profiles: 'Profielen', roles: 'Rollen', keywords: 'Trefwoorden',
    more: 'Aanvullende informatie',
  },
};

/**
 * Returns the label `key` in the language `lang` (BCP 47; `pt-PT` → European
 * Portuguese, any other region → the base language), falling back to English.
 */
export function translateLabel(key: LabelKey, lang: string): string {
  const tag = lang.toLowerCase().replace(/_/g, '-');
  const base = tag.split('-')[0] ?? 'en';
  return TABLES[tag]?.[key] ?? TABLES[base]?.[key] ?? EN[key];
}
