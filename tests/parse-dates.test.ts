// Date and date-range reading: every written form becomes ISO YYYY, YYYY-MM or YYYY-MM-DD; open ranges have no end.
import { describe, expect, it } from 'vitest';
import { findDateRange } from '../src/parse/markdown/find-date-range.js';

const ranges: Array<[string, string, string | undefined]> = [
  ['May 2019 to May 2020', '2019-05', '2020-05'],
  ['2023-03 — 2024-06', '2023-03', '2024-06'],
  ['2017.05 - 2018.09', '2017-05', '2018-09'],
  ['03/2018 – present', '2018-03', undefined],
  ['2011 - 2014', '2011', '2014'],
  ['Sept. 2019–', '2019-09', undefined],
  ['since 2020', '2020', undefined],
  ['2024.03 - onward', '2024-03', undefined],
  ['2023.04 - 2023.05 - onward\\*', '2023-04', undefined],
  ['01.2019 – 03.2020', '2019-01', '2020-03'],
  ['2019年3月 - 2020年5月', '2019-03', '2020-05'],
  ['2016年9月 - 至今', '2016-09', undefined],
  ['März 2019 – heute', '2019-03', undefined],
  ['seit 04/2021', '2021-04', undefined],
  ['Okt. 2013 – Sept. 2015', '2013-10', '2015-09'],
  ["janvier 2018 – aujourd'hui", '2018-01', undefined],
  ['sept. 2014 – déc. 2017', '2014-09', '2017-12'],
  ['enero de 2019 – actualidad', '2019-01', undefined],
  ['marzo de 2015 – diciembre de 2018', '2015-03', '2018-12'],
  ['mar. 2020 – atual', '2020-03', undefined],
  ['styczeń 2020 – obecnie', '2020-01', undefined],
  ['lipiec 2017 – grudzień 2019', '2017-07', '2019-12'],
  ['gennaio 2019 – oggi', '2019-01', undefined],
  ['maart 2018 – heden', '2018-03', undefined],
  ['сентябрь 2015 – настоящее время', '2015-09', undefined],
  ['Oct 2015 - Dec 2018', '2015-10', '2018-12'],
  ['May – July 2019', '2019-05', '2019-07'],
  ['from 2019 to 2021', '2019', '2021'],
  ['1 March 2019 – 15 June 2020', '2019-03-01', '2020-06-15'],
  ['Head of Engineering at Trust Fractal – May 2019 to May 2020', '2019-05', '2020-05'],
  ['Managing Partner at Life on Mars – September 2016 to May 2018', '2016-09', '2018-05'],
];

describe('findDateRange', () => {
  for (const [text, start, end] of ranges) {
    it(`reads "${text}"`, () => {
      const d = findDateRange(text);
      expect(d).toBeDefined();
      expect(d!.single).toBe(false);
      expect(d!.start).toBe(start);
      expect(d!.end).toBe(end);
      expect(d!.open).toBe(end === undefined);
    });
  }

  it('reads a single date as single', () => {
    expect(findDateRange('Certified Scrum Master, May 2010')).toMatchObject({ start: '2010-05', single: true });
    expect(findDateRange('Pvkonik Tech Talks #62, 2023-03-30, link')).toMatchObject({ start: '2023-03-30', single: true });
    expect(findDateRange('Eagle Scout (Jan 2014)')).toMatchObject({ start: '2014-01', single: true });
  });

  it('gives where the date is so it can be cut out of the line', () => {
    const text = '*Senior Software Engineer*, Tesla (2023-03 — 2024-06)';
    const d = findDateRange(text)!;
    expect(text.slice(d.index, d.index + d.length)).toBe('2023-03 — 2024-06');
  });

  it('does not read phone numbers, versions or invalid months as dates', () => {
    expect(findDateRange('(+48) 790 467 660')).toBeUndefined();
    expect(findDateRange('Python 3.6')).toBeUndefined();
    expect(findDateRange('2019-13')).toMatchObject({ start: '2019', single: true });
  });
});
