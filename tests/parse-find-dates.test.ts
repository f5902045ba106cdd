// The date finder: every written form of a date or range found in a line, in 30 languages, as ISO Gregorian dates, and what is not a date left alone.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEXICONS } from '../src/model/lexicon/lexicons.js';
import { findLexicon } from '../src/model/lexicon/find-lexicon.js';
import type { Lexicon } from '../src/model/lexicon/lexicon-types.js';
import { buildDateWords } from '../src/parse/markdown/build-date-words.js';
import type { DateWords } from '../src/parse/markdown/date-words.js';
import { findDates } from '../src/parse/markdown/find-dates.js';
import { persianMonthStart } from '../src/parse/markdown/persian-month-start.js';
import type { DateSpan } from '../src/parse/markdown/parse-types.js';

/** Lexicons in the parser's order for a CV in `tag`: its language, English, then every other. */
function orderFor(tag: string): Lexicon[] {
  const first = findLexicon(tag);
  const en = findLexicon('en');
  return [first, ...(first === en ? [] : [en]), ...Object.values(LEXICONS).filter((l) => l !== first && l !== en)];
}

const wordsByTag = new Map<string, DateWords>();
function wordsFor(tag: string): DateWords {
  let w = wordsByTag.get(tag);
  if (!w) wordsByTag.set(tag, (w = buildDateWords(orderFor(tag))));
  return w;
}

/**
 * A span in short: `2019-05` a single date, `2019-05..2020-03` a range, `2019-05..` ongoing, `..2019` an
 * end only, `..` ongoing with no date; `[persian]`/`[buddhist]` after it for the calendar.
 */
function show(s: DateSpan): string {
  const body = s.single ? s.start ?? '?' : `${s.start ?? ''}..${s.end ?? ''}`;
  const bad = (s.single && (s.ongoing || s.end !== undefined)) || (s.ongoing && s.end !== undefined);
  return `${body}${s.calendar ? `[${s.calendar}]` : ''}${bad ? '!inconsistent' : ''}`;
}

function read(tag: string, text: string): { got: string; cut: string } {
  const spans = findDates(text, wordsFor(tag));
  return { got: spans.map(show).join(' ; '), cut: spans.map((s) => text.slice(s.index, s.index + s.length)).join(' ; ') };
}

/** [CV language, line, spans read, text each span covers (when it matters)]. */
const FORMS: ReadonlyArray<readonly [string, string, string, string?]> = [
  // numbers only
  ['en', '2019', '2019'],
  // (a table's period column, a PDF export that lost the dash: two month dates side by side are a range, the later
  // first too: "Aug 2023<br>Nov 2022", a period cell written newest first; a present word before a date is ongoing)
  ['en', 'Jun 2012 Dec 2013', '2012-06..2013-12'],
  ['en', 'Dec 2013 Jun 2012', '2012-06..2013-12'],
  ['en', 'Present Oct 2023', '2023-10..'],
  ['en', 'current - 2018', '2018..'],
  ['en', 'Present – 2019', '2019..'],
  ['en', 'Python - 2019', '2019'],
  ['de', 'heute – 2017', '2017..'],
  // (years in a row listed with commas are the span they cover; years apart are not)
  ['sv', '2013, 2014', '2013..2014'],
  ['pt', '2021, 2022, 2023', '2021..2023'],
  ['en', '2013, 2016', '2013 ; 2016'],
  // (a year written with a full stop before a to-word or a present-word: Croatian, Serbian, Hungarian)
  ['hr', '[09.2013. do 03.2016.] Arhitekt', '2013-09..2016-03'],
  ['hr', '[03.2016. do sada] Inženjer', '2016-03..'],
  ['en', '2019-05', '2019-05'],
  ['en', 'May 20th 2024 - Jan 2nd, 2026', '2024-05-20..2026-01-02'],
  ['en', 'Apr 3rd 2023 - Aug 25th 2023', '2023-04-03..2023-08-25'],
  ['en', 'May 20 2024 - Jan 2 2026', '2024-05-20..2026-01-02'],
  ['en', '2019.05', '2019-05'],
  ['en', '2019/05', '2019-05'],
  ['en', '05/2019', '2019-05'],
  ['en', '5.2019', '2019-05'],
  ['en', '2019-05-01', '2019-05-01'],
  ['de', '01.03.2019', '2019-03-01'],
  ['it', 'Nato: 23/01/1992', '1992-01-23', '23/01/1992'],
  ['en', 'Due 12/25/2019', '2019-12-25'],
  ['de', 'seit 1.1.2012 offline', '2012-01-01..', 'seit 1.1.2012'],
  ['en', '2012 - 2026', '2012..2026'],
  ['pt', '2017 - 2019/20', '2017..2020', '2017 - 2019/20'],
  ['hr', '2015. – 2019.', '2015..2019', '2015. – 2019'],
  ['hr', 'ožujak 2019. – danas', '2019-03..', 'ožujak 2019. – danas'],
  ['hu', '2016. – 2018. Budapest', '2016..2018', '2016. – 2018'],
  ['en', 'v2 - 2019/20', '2019..2020', '2019/20'],
  ['uk', 'Період: 2015р-2023р', '2015..2023'],
  ['ru', '2015г-2020г', '2015..2020'],
  ['zh-hant', '前端工程師 ( 2019 / 10 - )', '2019-10..'],
  ['zh-hant', '( 2019 / 3 - 2019 / 8 )', '2019-03..2019-08'],
  ['en', '2019 / 5 projects', '2019'],
  ['fi', '1.1.2022- Lead Software Developer', '2022-01-01..', '1.1.2022-'],
  ['en', 'Jan 2019- Acme Corp', '2019-01..', 'Jan 2019-'],
  ['en', '2019 - Lead Developer', '2019'],
  ['zh-hans', '(2017/02/28---2021/11)', '2017-02-28..2021-11'],
  ['en', '2006 - 2006', '2006..2006'],
  ['en', '2022–23', '2022..2023'],
  ['ja', 'フリーランス（業務委託、2022年5月〜10月）', '2022-05..2022-10', '2022年5月〜10月'],
  ['ko', '2019년 3월 ~ 8월', '2019-03..2019-08'],
  ['en', 'May 2022 – October', '2022-05..2022-10'],
  ['en', 'May 2022 – March', '2022-05', 'May 2022'],
  ['en', '2022-23', '2022..2023'],
  ['en', '1999-00', '1999..2000'],
  ['de', 'WS 2019/20', '2019..2020'],
  ['en', '2013/2015', '2013..2015'],
  ['pt', 'Graduação - 2003/2007', '2003..2007', '2003/2007'],
  // (two months less than a year apart, the second earlier: a slip, read as written)
  ['pt', 'Dez/2023 a Mar/2023 – H&P Solutions', '2023-12..2023-03', 'Dez/2023 a Mar/2023'],
  ['en', '02/2014--12/2016', '2014-02..2016-12'],
  ['fr', '2015--2016', '2015..2016'],
  ['en', '2019-10-01 ~ 2022-06-30', '2019-10-01..2022-06-30'],
  ['ja', '2015-04 / 2017-03 | Donuts', '2015-04..2017-03', '2015-04 / 2017-03'],
  ['zh-hans', '2005.7 - 2006.2，武汉大学研究生信息管理系统', '2005-07..2006-02', '2005.7 - 2006.2'],
  ['en', '2021, 2022, 2023 | Vila Franca do Campo', '2021..2023', '2021, 2022, 2023'],
  ['en', '2018 & 2019: Workshop', '2018 ; 2019'],
  ['en', '(2019-2021) and Achievement First (2021-present)', '2019..2021 ; 2021..', '2019-2021 ; 2021-present'],
  ['de', '22.–26.01.2024', '2024-01-22..2024-01-26'],
  ['fr', 'Workshop, Jeju, Korea, 22--24 février 2019.', '2019-02-22..2019-02-24', '22--24 février 2019'],
  ['sv', 'SCA 29.06-25.08.1977', '1977-06-29..1977-08-25', '29.06-25.08.1977'],
  ['sv', 'Hartvall 02.05-31.08.1978', '1978-05-02..1978-08-31'],
  ['de', 'Praktikum 01.05.-31.08.1978', '1978-05-01..1978-08-31', '01.05.-31.08.1978'],
  ['ru', 'Период обучения: 1999-2005 гг.', '1999..2005', '1999-2005 гг.'],
  ['uk', 'Магістр, 2015-2019 рр.', '2015..2019', '2015-2019 рр.'],
  // month names
  ['en', 'May 2019', '2019-05'],
  ['en', 'May, 2019', '2019-05'],
  ['en', 'Sept. 2019', '2019-09', 'Sept. 2019'],
  ['en', 'Mar. 2020', '2020-03'],
  ['en', "march '19", '2019-03'],
  // two-digit years without an apostrophe, in a range of month names
  ['en', 'Summer Internship @ Caixa Mágica Jun. 23 - Aug. 23', '2023-06..2023-08', 'Jun. 23 - Aug. 23'],
  ['en', 'Sept. 19 - Jul 23', '2019-09..2023-07'],
  ['en', 'Feb 24 – present', '2024-02..'],
  // a since-word, a month name and a two-digit number: that month's year, ongoing (not a day: nothing follows)
  ['en', 'Scholar-in-Residence at the Deutsches Museum in Munich (since Jan 13)', '2013-01..', 'since Jan 13'],
  ['en', 'Visiting Assistant Professor at University of Wisconsin (from Aug 13)', '2013-08..', 'from Aug 13'],
  ['en', 'since May 20, 2019', '2019-05-20..', 'since May 20, 2019'],
  ['de', 'Seit 09/21', '2021-09..', 'Seit 09/21'],
  // months' numbers with two-digit years, in a range
  ['en', '| 06/22 – 09/24  | __B.Sc. Economics__ |', '2022-06..2024-09', '06/22 – 09/24'],
  ['de', '07.19-12.19', '2019-07..2019-12', '07.19-12.19'],
  ['de', '11.18 – 03.19: Mediengestalter', '2018-11..2019-03', '11.18 – 03.19'],
  ['de', '07.19 – heute', '2019-07..', '07.19 – heute'],
  ['en', '04/21 – present', '2021-04..'],
  // a day, a month's name and a year joined by hyphens
  ['en', '[IIT Madras](http://www.iitm.ac.in) as Assistant Professor (24-Feb-2005 to 31-May-2010)', '2005-02-24..2010-05-31', '24-Feb-2005 to 31-May-2010'],
  ['en', 'as Professor (since 03-Nov-2015)', '2015-11-03..', 'since 03-Nov-2015'],
  // two-digit years first, a month of one digit or a year that is no month
  ['zh-hans', '* 16/7 - 17/6 上海鑫地会展服务有限公司 *技术总监*', '2016-07..2017-06', '16/7 - 17/6'],
  ['zh-hans', '* 17/9至今 瓦戈科技（上海）有限公司', '2017-09..', '17/9至今'],
  ['zh-hans', '* 10/11 - 11/2 上海裕日软件有限公司', '2010-11..2011-02', '10/11 - 11/2'],
  // an infinity sign, in any language, is an open end
  ['tr', 'Temmuz 2022 - ∞', '2022-07..'],
  ['es', '**Ingeniería informática** - *UNED* (2004-oo)', '2004..', '2004-oo'],
  ['hu', '| **Óraadó tanár** | 2019.09. -- jelenleg |', '2019-09..', '2019.09. -- jelenleg'],
  ['en', '08/06 – 07/14', '2006-08..2014-07'],
  ['en', '| **2002 – Pres.** | **Fisheries Research Oceanographer** |', '2002..', '2002 – Pres.'],
  // the year, a comma, the month
  ['en', 'M.S. in Physics, Wroclaw University, Institute of Theoretical Physics, 2000, September', '2000-09', '2000, September'],
  ['en', 'January 2, 1986, Argentina', '1986-01-02', 'January 2, 1986'],
  ['en', '1 March 2019 – 15 June 2020', '2019-03-01..2020-06-15'],
  ['fr', 'Séminaire MOOC, ENS Cachan, 25 mai 2016.', '2016-05-25'],
  ['fr', '1er mars 2019', '2019-03-01'],
  ['es', ':   1 de Abril de 1976', '1976-04-01', '1 de Abril de 1976'],
  ['es', 'enero de 2019 – actualidad', '2019-01..'],
  ['pl', 'z dnia 27 kwietnia 2016 r.', '2016-04-27', '27 kwietnia 2016 r.'],
  ['en', 'AUGUST 2000 – NOVEMBER 2000', '2000-08..2000-11'],
  ['en', 'February 1991- June 1992', '1991-02..1992-06'],
  ['en', 'Febuary 2011 - July 2011', '2011-02..2011-07'],
  ['en', 'August 2010 - Janunary 2011', '2010-08..2011-01'],
  ['en', 'May - July 2023', '2023-05..2023-07'],
  ['en', 'Nov - Feb 2020', '2019-11..2020-02'],
  ['fr', 'Avril--juillet 2019', '2019-04..2019-07'],
  ['fr', 'Avril 2017 -- Octobre 2019', '2017-04..2019-10'],
  ['de', 'Juni 2013 - heute', '2013-06..'],
  ['de', 'Software Juni 2013 - heute', '2013-06..', 'Juni 2013 - heute'],
  ['de', 'August 2015 – März 2017', '2015-08..2017-03'],
  ['de', 'von März 2019 bis Mai 2020', '2019-03..2020-05', 'von März 2019 bis Mai 2020'],
  ['de', 'Seit 2019', '2019..', 'Seit 2019'],
  ['it', 'Dicembre 2022 – Oggi', '2022-12..'],
  ['it', 'Marzo 2022 – Settembre 2022', '2022-03..2022-09'],
  ['es', 'Ene 2022 - Nov 2022 (11 meses)', '2022-01..2022-11', 'Ene 2022 - Nov 2022 (11 meses)'],
  ['es', 'Paris, Francia / Abr 2018 - Dic 2019 (1 años 8 meses)', '2018-04..2019-12', 'Abr 2018 - Dic 2019 (1 años 8 meses)'],
  ['es', 'Londres, RU; Madrid, España / May 2014 - Ago 2017 (> 3 años)', '2014-05..2017-08', 'May 2014 - Ago 2017 (> 3 años)'],
  ['es', 'desde 2019', '2019..'],
  ['pt', '04/2017 – 11/2017 – 8 meses', '2017-04..2017-11', '04/2017 – 11/2017 – 8 meses'],
  ['pt', '03/2016 – 05/2017 – 1 ano e 3 meses', '2016-03..2017-05', '03/2016 – 05/2017 – 1 ano e 3 meses'],
  ['pt', 'Set 2024 - Presente | Aveiro, Portugal', '2024-09..'],
  ['pt', 'Fev 2021 – Jul 2024 | Faro', '2021-02..2024-07'],
  ['fr', 'Depuis octobre 2019', '2019-10..', 'Depuis octobre 2019'],
  ['en', 'Teaching Assistant | Winter, 2013 - 2014', '2013..2014', 'Winter, 2013 - 2014'],
  ['fr', 'Amadeus IT Group | 09/2005 - 02/2010 (~4.5ans+)', '2005-09..2010-02', '09/2005 - 02/2010 (~4.5ans+)'],
  ['fr', 'ENS (depuis 2021)', '2021..', 'depuis 2021'],
  ['ro', 'Ian 2024 - Feb 2025', '2024-01..2025-02'],
  ['ro', 'Mar 2025 - prezent', '2025-03..'],
  ['nl', 'zat ik het bestuur van 2005 tot 2006 als penningmeester', '2005..2006', 'van 2005 tot 2006'],
  ['pl', 'od 2019', '2019..'],
  ['pl', 'styczeń 2020 – obecnie', '2020-01..'],
  ['cs', 'září 2019 – současnost', '2019-09..'],
  ['ru', 'Декабрь 2013 - Апрель 2016 (2 года 4 месяца)', '2013-12..2016-04', 'Декабрь 2013 - Апрель 2016 (2 года 4 месяца)'],
  ['ru', 'Июль 2012 – настоящее время', '2012-07..'],
  ['ru', 'с 2019', '2019..'],
  ['ru', 'с 2019 по 2021', '2019..2021'],
  ['ru', 'Московский государственный индустриальный университет, 1995–2001', '1995..2001'],
  ['ru', '5 мая 2019 г.', '2019-05-05', '5 мая 2019 г.'],
  ['uk', 'лютий 2022 р. - по теперішній час', '2022-02..', 'лютий 2022 р. - по теперішній час'],
  ['uk', 'жовтень 2019 р. - лютий 2022 р.', '2019-10..2022-02', 'жовтень 2019 р. - лютий 2022 р.'],
  ['uk', '1998 р. – 2018 р.', '1998..2018'],
  ['el', 'Σεπτέμβριος 2019 – σήμερα', '2019-09..'],
  ['tr', 'Eylül 2019 - Günümüz', '2019-09..'],
  ['sv', 'augusti 2019 – nu', '2019-08..'],
  ['no', 'august 2019 – nå', '2019-08..'],
  ['fi', 'syyskuu 2019 – nykyään', '2019-09..'],
  ['hu', '2019. szeptember – jelenleg', '2019-09..'],
  ['vi', 'Tháng 10/2024 - Hiện tại', '2024-10..'],
  ['vi', 'Tháng 6/2024 - Tháng 10/2024', '2024-06..2024-10'],
  ['vi', 'tháng 6 năm 2023', '2023-06'],
  ['ja', '2019年5月', '2019-05'],
  ['ja', '2019年5月1日', '2019-05-01'],
  ['ja', '2019年5月 - 現在', '2019-05..'],
  ['ja', 'クラスター株式会社 (2020-09 〜 現在)', '2020-09..', '2020-09 〜 現在'],
  ['ja', '現職: Mercari (Platform Engineer) 2022-07-01 ~ 現在', '2022-07-01..'],
  ['ja', '2022-07 / 現在 | Mercari', '2022-07..'],
  ['ja', '現職では 2022/07 より Mercari で', '2022-07..', '2022/07 より'],
  ['ja', '平成30年4月', '2018-04'],
  ['ja', '令和元年5月', '2019-05'],
  ['en', 'Dates: 2021 Sep 20 – 2023 Jan 13', '2021-09-20..2023-01-13', '2021 Sep 20 – 2023 Jan 13'],
  ['en', '2016 Dec 5 - 2020 May 28', '2016-12-05..2020-05-28'],
  ['zh-hans', '15 年 8 月 ~ 至今', '2015-08..'],
  ['zh-hans', '14年3月-15年3月', '2014-03..2015-03'],
  ['zh-hans', '### 2016年九月 - 2017八月 (UCloud 中国上海)', '2016-09..2017-08', '2016年九月 - 2017八月'],
  // (a present word the span before holds is not the start of the next one: the property test's "2019現在 - 1950")
  ['en', '2019現在 - 1950', '2019.. ; 1950', '2019現在 ; 1950'],
  ['ko', '24년 8월 졸업 예정', '2024-08', '24년 8월'],
  ['ja', '2019年5月〜2020年3月', '2019-05..2020-03'],
  ['ja', '2019年5月から2020年3月まで', '2019-05..2020-03'],
  ['ko', '2019년 3월 ~ 2020년 5월', '2019-03..2020-05'],
  ['ko', '2019년 5월 1일', '2019-05-01'],
  ['ko', '2019. 03 ~ 2020. 05', '2019-03..2020-05'],
  ['ko', '2019. 3. 1. ~ 현재', '2019-03-01..'],
  ['en', 'In 2019. 5 people joined', '2019'],
  ['de', 'Sehr lange Beschreibung eines Projekts mit vielen Wörtern davor, damit die Zeile lang wird: von März 2019 bis Mai 2020', '2019-03..2020-05', 'von März 2019 bis Mai 2020'],
  ['zh-hant', '後端工程師 - 詮隼科技股份有限公司 (2022/09 - 現職)', '2022-09..', '2022/09 - 現職'],
  ['zh-hans', '2018/10 - 至今', '2018-10..'],
  ['zh-hans', '2016年9月 - 至今', '2016-09..'],
  ['ko', '2019년 5월', '2019-05'],
  ['ko', '카카오 (Kakao) 2022.06–현재', '2022-06..', '2022.06–현재'],
  ['ko', '- Java & Spring 기반 Backend 개발자 (2017 ~ )', '2017..', '2017 ~'],
  ['ko', 'Web 개발@DongeunIT(May 2017 - Jul 2018 · 1 yr 3 mos)', '2017-05..2018-07', 'May 2017 - Jul 2018 · 1 yr 3 mos'],
  ['th', '(ม.ค. - มี.ค. 2026)', '2026-01..2026-03'],
  ['th', '(2024 - ธ.ค. 2025)', '2024..2025-12'],
  ['th', 'ม.ค. 2566', '2023-01[buddhist]'],
  ['en', 'ม.ค. 2566', '2023-01[buddhist]'],
  ['th', 'พ.ศ. 2566', '2023[buddhist]'],
  ['fa', 'از آذر ۱۳۹۸ تا به امروز (۲ سال)', '2019-11..[persian]', 'از آذر ۱۳۹۸ تا به امروز (۲ سال)'],
  ['fa', 'شرکت دانش بنیان مهرپارس - از آبان ۱۳۹۵ تا آذر ۱۳۹۸ (۳ سال)', '2016-10..2019-11[persian]', 'از آبان ۱۳۹۵ تا آذر ۱۳۹۸ (۳ سال)'],
  ['fa', '(آذر ۱۳۹۸ – الان)', '2019-11..[persian]'],
  ['fa', '۱۳۹۸', '2019[persian]'],
  ['fa', 'آذر ١٣٩٨', '2019-11[persian]'],
  ['fa', '۱ فروردین ۱۳۹۸', '2019-03-21[persian]'],
  ['ar', 'سبتمبر ٢٠١٩ - حتى الآن', '2019-09..'],
  ['he', 'ירושלים, 2021 - היום', '2021..'],
  ['he', 'גיברלטר, קַיִץ 2018', '2018', 'קַיִץ 2018'],
  ['hi', 'जनवरी 2019 – वर्तमान', '2019-01..'],
  // open, present, since, until
  ['en', '2019-present', '2019..'],
  ['en', '2019 - now', '2019..'],
  ['en', '2021-Now', '2021..'],
  ['en', 'Mar 2020 —', '2020-03..', 'Mar 2020 —'],
  ['en', '2017 ~ ', '2017..'],
  ['cs', 'kontrola dílů ( 2020- )', '2020..', '2020-'],
  ['en', 'Sep 2021 - Present', '2021-09..'],
  ['en', 'Since June 2022', '2022-06..', 'Since June 2022'],
  ['en', 'Vim user since 2007, IntelliJ IDEA Ultimate since 2015', '2007.. ; 2015..'],
  // (a since-word after the date, in the CV's own language: Hungarian suffixes and postpositions)
  ['hu', '2009–től  Nexum Magyarország Kft.', '2009..', '2009–től'],
  ['hu', '2009-tól Programozó', '2009..', '2009-tól'],
  ['hu', '2015 óta vezető fejlesztő', '2015..', '2015 óta'],
  ['en', 'from 2019 to 2021', '2019..2021', 'from 2019 to 2021'],
  ['en', 'between 2018 and 2019', '2018..2019'],
  ['en', '2023.04 - 2023.05 - onward', '2023-04..'],
  ['en', '(until 2019)', '..2019'],
  ['it', 'In corso', '..'],
  ['it', 'Presente', '..'],
  ['en', '– present', '..'],
  ['en', 'Summer 2018', '2018', 'Summer 2018'],
  ['en', 'Fall 2022: Brown-Yale Geometry-Topology Conference', '2022', 'Fall 2022'],
  // a date followed by words is a single date, not an open range
  ['en', 'Mar 2020 — Developer with Appsmith, Remote', '2020-03'],
  ['de', '2007 - FENA Business School', '2007'],
  ['en', 'Bachelor of Arts, Computer Science, May 2008', '2008-05'],
];

/** Lines with no date in them (phone numbers, versions, identifiers, amounts, URLs…). */
const NOT_DATES: ReadonlyArray<readonly [string, string]> = [
  ['en', 'Aug 23 - Jun 23'],
  ['en', 'Room 12 - May 15'],
  ['en', 'Score 10/12 – 13/12'],
  ['de', 'Version 12.19-01.19'],
  ['de', 'Python 3.10-3.12'],
  ['de', '+41 79 844 87 48'],
  ['zh-hans', '工作 15年3个月'],
  ['ja', '経験 12年'],
  ['cs', '00420 730610517'],
  ['he', '093-1840662'],
  ['en', '+44 20 7946 2019'],
  ['en', 'PHP 7.4'],
  ['de', 'Qualitätsmanager – ISO 9001:2015'],
  ['de', '5-Achsen CNC'],
  ['en', '1,000 users'],
  ['en', '10x faster'],
  ['en', 'grew revenue 2019% (sic)'],
  ['nl', 'ZEND024346'],
  ['de', 'CHE-457.750.280'],
  ['de', '(Nr. 5616137-004409923-02)'],
  ['en', '18:05'],
  ['en', 'Windows 2000, SQL Server 2005, VisualStudio.NET 2005'],
  ['en', 'IPhO2009, EGU2020, zetta1985'],
  ['en', 'the 2000s'],
  ['en', 'doi: 10.1016/j.geog.2019.04.007'],
  ['ja', 'https://blog.studysapuri.jp/entry/2021/08/02/080000'],
  ['en', 'https://github.com/fatiando/2021-gsh'],
  ['pl', 'Rozporządzenia (UE) 2016/679'],
  ['ko', '자격 ID: 2023-공개SW-심화-9호'],
  ['en', '2019-13'],
  ['en', '1949 and 2046'],
  ['en', '1398 and 2566'],
  ['en', 'Date:'],
  ['en', 'I am currently working on it'],
];

describe('findDates reads every written form', () => {
  for (const [tag, text, want, cut] of FORMS) {
    it(`reads "${text}" (${tag}) as ${want}`, () => {
      const r = read(tag, text);
      expect(r.got).toBe(want);
      if (cut !== undefined) expect(r.cut).toBe(cut);
    });
  }
});

describe('findDates leaves alone what is not a date', () => {
  for (const [tag, text] of NOT_DATES) {
    it(`finds nothing in "${text}" (${tag})`, () => {
      expect(read(tag, text).got).toBe('');
    });
  }

  it('reads a short foreign month abbreviation only inside a range ("sie" is Polish August, German "she")', () => {
    expect(read('de', 'als sie 2019 gegründet wurde').got).toBe('2019');
    expect(read('de', 'Sie 2019 – Lis 2020').got).toBe('2019-08..2020-11');
  });
});

describe('findDates reads the month names of every lexicon', () => {
  for (const [tag, lex] of Object.entries(LEXICONS)) {
    it(`reads each month name of ${tag} before a year`, () => {
      const misses: string[] = [];
      lex.months.forEach((forms, i) => {
        for (const form of forms) {
          const text = `${form} 2019`;
          const want = `2019-${String(i + 1).padStart(2, '0')}`;
          const got = read(tag, text).got;
          if (got !== want) misses.push(`${text} → ${got || 'nothing'} (want ${want})`);
        }
      });
      expect(misses).toEqual([]);
    });
  }

  it('reads each solar Hijri month name with a Persian year', () => {
    const fa = LEXICONS.fa;
    expect(fa?.calendar?.kind).toBe('persian');
    fa?.calendar?.months?.forEach((forms, i) => {
      const g = persianMonthStart(1398, i + 1);
      for (const form of forms) {
        expect(read('fa', `${form} ۱۳۹۸`).got, form).toBe(`${g.year}-${String(g.month).padStart(2, '0')}[persian]`);
      }
    });
  });
});

describe('persianMonthStart', () => {
  it('gives the known first days of solar Hijri months', () => {
    expect(persianMonthStart(1398, 1)).toEqual({ year: 2019, month: 3, day: 21 });
    expect(persianMonthStart(1398, 9)).toEqual({ year: 2019, month: 11, day: 22 });
    expect(persianMonthStart(1402, 10)).toEqual({ year: 2023, month: 12, day: 22 });
    expect(persianMonthStart(1403, 12, 30)).toEqual({ year: 2025, month: 3, day: 20 });
  });

  it("agrees with ICU's Persian calendar on the first day of every month of 1329–1425", () => {
    const fmt = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    let checked = 0;
    for (let t = Date.UTC(1950, 2, 1); t < Date.UTC(2047, 3, 1); t += 86_400_000) {
      const parts = fmt.formatToParts(new Date(t));
      const part = (k: string): number => Number(parts.find((p) => p.type === k)?.value);
      if (part('day') !== 1) continue;
      const d = new Date(t);
      expect(persianMonthStart(part('year'), part('month'))).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      checked++;
    }
    expect(checked).toBeGreaterThan(97 * 12 - 2);
  });
});

describe('buildDateWords', () => {
  it('returns the same index for the same lexicon order and another for another order', () => {
    expect(buildDateWords(orderFor('de'))).toBe(buildDateWords(orderFor('de')));
    expect(buildDateWords(orderFor('de'))).not.toBe(buildDateWords(orderFor('fr')));
    expect(buildDateWords(orderFor('de')).tags.slice(0, 2)).toEqual(['de', 'en']);
  });

  it('lets the first lexicon win where two name a word differently', () => {
    const a: Lexicon = { ...findLexicon('en'), tag: 'xa', months: [['jan'], ['feb'], ['mar'], ['apr'], ['may'], ['jun'], ['jul'], ['aug'], ['sep'], ['oct'], ['nov'], ['dec', 'xmo']] };
    const b: Lexicon = { ...findLexicon('en'), tag: 'xb', months: [['xmo'], ['feb'], ['mar'], ['apr'], ['may'], ['jun'], ['jul'], ['aug'], ['sep'], ['oct'], ['nov'], ['dec']] };
    expect(findDates('xmo 2019', buildDateWords([a, b])).map(show)).toEqual(['2019-12']);
    expect(findDates('xmo 2019', buildDateWords([b, a])).map(show)).toEqual(['2019-01']);
  });

  it('reads bare Buddhist-era and Arabic-digit solar Hijri years only when the CV is Thai or Persian', () => {
    expect(read('th', '2566').got).toBe('2023[buddhist]');
    expect(read('en', '2566').got).toBe('');
    expect(read('fa', '١٣٩٨').got).toBe('2019[persian]');
    expect(read('ar', '١٣٩٨').got).toBe('');
  });
});

/** Fragments lines are built of in the property tests: dates, near-dates, separators, words, noise. */
const FRAGMENT = fc.oneof(
  fc.constantFrom('2019', '2019-05', '2019.05.01', '05/2019', '1.1.2012', 'May', 'Sept.', 'heute', 'present', '現在', '至今', '年', '月', '日',
    'ม.ค.', 'آذر', '۱۳۹۸', '2566', 'since', 'from', 'to', 'bis', ' - ', '–', '--', ' ~ ', '/', '.', ',', '(', ')', ':', '+', '%',
    ' ', ' ', ' ', '·', '3 years', '(2 года 4 месяца)', 'Summer', 'r.', 'р.', 'tháng', "'", '22', '12', '9001', '1,000'),
  fc.integer({ min: 0, max: 3000 }).map(String),
  fc.string({ maxLength: 6 }),
);
const LINE = fc.array(FRAGMENT, { maxLength: 24 }).map((parts) => parts.join(''));
const TAG = fc.constantFrom(...Object.keys(LEXICONS));

function validIso(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso) || y === undefined || y < 1950 || y > 2045) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  return d === undefined || (d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate());
}

describe('findDates properties', () => {
  it('gives valid ISO dates, start not after end, consistent flags, ordered non-overlapping spans inside the line', () => {
    fc.assert(fc.property(TAG, LINE, (tag, line) => {
      const spans = findDates(line, wordsFor(tag));
      let reach = 0;
      for (const s of spans) {
        if (s.start !== undefined) expect(validIso(s.start), s.start).toBe(true);
        if (s.end !== undefined) expect(validIso(s.end), s.end).toBe(true);
        if (s.start !== undefined && s.end !== undefined) expect(s.start.slice(0, Math.min(s.start.length, s.end.length)) <= s.end).toBe(true);
        expect(s.single ? !s.ongoing && s.end === undefined && s.start !== undefined : true).toBe(true);
        if (s.ongoing) expect(s.end).toBeUndefined();
        expect(s.index).toBeGreaterThanOrEqual(reach);
        expect(s.length).toBeGreaterThan(0);
        reach = s.index + s.length;
        expect(reach).toBeLessThanOrEqual(line.length);
      }
    }), { numRuns: 3000 });
  });

  it('reads a cell after " | " as it reads it alone (what comes before a cell never changes its dates)', () => {
    fc.assert(fc.property(TAG, LINE, LINE.filter((b) => /[0-9\u0660-\u0669\u06f0-\u06f9]/.test(b)), (tag, a, b) => {
      const words = wordsFor(tag);
      const offset = a.length + 3;
      const alone = findDates(b, words).map((s) => ({ ...s, index: s.index + offset }));
      const after = findDates(`${a} | ${b}`, words).filter((s) => s.index >= offset);
      expect(after).toEqual(alone);
    }), { numRuns: 1000 });
  });

  it('stays linear in the length of the line (1 MB of the worst shapes costs about ten times 100 KB)', () => {
    const words = wordsFor('en');
    const shapes = ['2019-05 – ', 'May May 2019 ', '1.1.1.1.', 'ม.ค.年5月', '2019 (1 yr 2 mos since to - ~ '];
    const cpu = (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    /** CPU milliseconds per call (CPU time, not wall time: other processes on the machine do not count), best of three batches of at least 10 ms (a garbage collection in one batch does not count). */
    const cost = (text: string): number => {
      let best = Infinity;
      for (let batch = 0; batch < 3; batch++) {
        let runs = 0;
        const t0 = cpu();
        do {
          findDates(text, words);
          runs++;
        } while (cpu() - t0 < 10);
        best = Math.min(best, (cpu() - t0) / runs);
      }
      return best;
    };
    for (const shape of shapes) {
      const line = (size: number): string => shape.repeat(Math.ceil(size / shape.length)).slice(0, size);
      // each step is checked before the next, ten times longer, is tried: a superlinear finder fails fast instead of hanging
      let previous = cost(line(1_000));
      for (const size of [10_000, 100_000, 1_000_000]) {
        const now = cost(line(size));
        const what = `${JSON.stringify(shape)}: ${size / 10} chars ${previous.toFixed(3)} ms, ${size} chars ${now.toFixed(3)} ms`;
        // linear: ×10 per step; quadratic would be ×100. Generous bounds for a loaded machine.
        expect(now / Math.max(previous, size / 2e6), what).toBeLessThan(35);
        previous = now;
      }
      expect(previous, `${JSON.stringify(shape)}: 1 MB`).toBeLessThan(3_000);
    }
  });
});
