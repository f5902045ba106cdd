// Section headings are classified by their words in ten languages, whatever their case or decoration; title lines split into title and organisation.
import { describe, expect, it } from 'vitest';
import { classifySection } from '../src/parse/markdown/classify-section.js';
import { extractContacts } from '../src/parse/markdown/extract-contacts.js';
import { splitTitleLine } from '../src/parse/markdown/split-title-line.js';
import { findLostWords } from '../src/parse/find-lost-words.js';

const headings: Array<[string, string]> = [
  ['Experience', 'work'], ['## SKILLS', 'skills'], ['**Education**', 'education'], ['💼 Work experience', 'work'], ['Professional History', 'work'],
  ['EMPLOYMENT', 'work'], ['Notable talks', 'publications'], ['Computer skills', 'skills'], ['Soft skills', 'skills'], ['RECOGNITION', 'awards'],
  ['Berufserfahrung', 'work'], ['Ausbildung', 'education'], ['Kenntnisse', 'skills'], ['Sprachen', 'languages'],
  ['Expérience professionnelle', 'work'], ['Formation', 'education'], ['Compétences', 'skills'], ['Langues', 'languages'],
  ['Experiencia laboral', 'work'], ['Educación', 'education'], ['Habilidades', 'skills'], ['Idiomas', 'languages'],
  ['Experiência profissional', 'work'], ['Formação', 'education'],
  ['Doświadczenie zawodowe', 'work'], ['Wykształcenie', 'education'], ['Umiejętności', 'skills'], ['Języki', 'languages'],
  ['Esperienza lavorativa', 'work'], ['Istruzione', 'education'], ['Competenze', 'skills'], ['Lingue', 'languages'],
  ['Werkervaring', 'work'], ['Opleiding', 'education'], ['Vaardigheden', 'skills'], ['Talen', 'languages'],
  ['Опыт работы', 'work'], ['Образование', 'education'], ['Навыки', 'skills'], ['Языки', 'languages'],
  ['工作经历', 'work'], ['工作经验', 'work'], ['教育背景', 'education'], ['技能', 'skills'], ['语言', 'languages'],
  ['Curriculum Vitae', 'doctitle'], ['Résumé', 'doctitle'], ['CV', 'doctitle'], ['Volunteer experience', 'volunteer'],
  ['Programming languages', 'skills'], ['Language skills', 'languages'], ['Certifications', 'certificates'], ['Side projects', 'projects'],
  ['Hobbies', 'interests'], ['References', 'references'], ['Contact', 'contact'], ['Summary', 'summary'], ['About me', 'summary'],
];

describe('classifySection', () => {
  for (const [h, kind] of headings) {
    it(`"${h}" is ${kind}`, () => {
      expect(classifySection(h)?.kind).toBe(kind);
    });
  }
  it('leaves unknown, long, dated or "at" headings unclassified', () => {
    for (const h of ['Leading a development team', 'Final project', 'Engineer at Acme Tools', '2019 - 2020 Experience', 'Patents', 'Maintenance of a secure back-end for remote firmware updates']) {
      expect(classifySection(h)).toBeUndefined();
    }
  });
});

describe('splitTitleLine', () => {
  const cases: Array<[string, { title?: string; org?: string; location?: string }]> = [
    ['Head of Engineering at Trust Fractal', { title: 'Head of Engineering', org: 'Trust Fractal' }],
    ['*Senior Software Engineer*, Tesla', { title: 'Senior Software Engineer', org: 'Tesla' }],
    ['**Fabbrica Digitale S.r.l.** — Lead Developer', { title: 'Lead Developer', org: 'Fabbrica Digitale S.r.l.' }],
    ['Kettle Systems | Platform Engineer', { title: 'Platform Engineer', org: 'Kettle Systems' }],
    ['Senior Softwareentwicklerin bei Alpenblick IT GmbH', { title: 'Senior Softwareentwicklerin', org: 'Alpenblick IT GmbH' }],
    ['Working on my own software, cryptocurrency trading, travel', { title: 'Working on my own software, cryptocurrency trading, travel' }],
    ['Data Engineer | Spreewald Analytics | Berlin', { title: 'Data Engineer', org: 'Spreewald Analytics', location: 'Berlin' }],
  ];
  for (const [line, want] of cases) {
    it(`splits "${line}"`, () => {
      expect(splitTitleLine(line)).toEqual(want);
    });
  }
});

describe('extractContacts', () => {
  it('reads email, phone and link out of prose and keeps the prose', () => {
    const c = extractContacts('Portuguese citizen, currently living in Porto. paulo.koch@gmail.com, +351 934 902 555, <https://github.com/pkoch/cv>.');
    expect(c.email).toBe('paulo.koch@gmail.com');
    expect(c.phone).toBe('+351 934 902 555');
    expect(c.urls).toEqual(['https://github.com/pkoch/cv']);
    expect(c.location).toBe('Porto');
    expect(c.rest).toMatch(/^Portuguese citizen, currently living in Porto/);
  });
  it('says a phone label without a number is not a phone', () => {
    const c = extractContacts('Tel: Contact for info');
    expect(c.phone).toBeUndefined();
    expect(c.notPhone).toBe('Tel: Contact for info');
  });
  it('turns network URLs into profiles and keeps other sites as URLs', () => {
    const c = extractContacts('github.com/jdoe | [LinkedIn](https://www.linkedin.com/in/jdoe) | jdoe.dev');
    expect(c.profiles.map((p) => [p.network, p.username])).toEqual([['GitHub', 'jdoe'], ['LinkedIn', 'jdoe']]);
    expect(c.urls).toEqual(['jdoe.dev']);
  });
  it('reads labelled lines in several languages', () => {
    expect(extractContacts('Telefon: +49 171 2345678').phone).toBe('+49 171 2345678');
    expect(extractContacts('邮箱：wang@example.cn').email).toBe('wang@example.cn');
    expect(extractContacts('Timezone: CET').timezone).toBe('CET');
    expect(extractContacts('Wohnort: München').location).toBe('München');
  });
});

describe('findLostWords', () => {
  it('ignores Markdown syntax, link targets and front-matter delimiters', () => {
    const src = '---\ntheme: classic\n---\n# **Jane**\n\nSee [my blog](https://x.example/p) and <u>this</u>.';
    expect(findLostWords(src, 'classic Jane See my blog and this')).toEqual([]);
  });
  it('is case-insensitive and tolerates ligatures and hyphenation', () => {
    expect(findLostWords('Efficient deployment', 'eﬃcient de-\nployment')).toEqual([]);
  });
  it('lists what is missing, once, in source order', () => {
    expect(findLostWords('alpha beta gamma beta', 'alpha')).toEqual(['beta', 'gamma']);
  });
});
