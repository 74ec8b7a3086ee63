/**
 * The cleaning rules behind article metadata, on the junk real pages give (the bylines and dates
 * below are from Readability's test pages; see readability-pages.test.ts for the pages whole).
 */
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../../src/io/import/byline';
import { normaliseDate } from '../../../../src/io/import/iso-date';
import { withoutSiteSuffix } from '../../../../src/io/import/page-title';
import { siteNameOf } from '../../../../src/io/import/site-name';

describe('cleanByline', () => {
  it.each([
    ['by Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['Alex Perry 1 day ago', 'Alex Perry'],
    ['Dan Goodin - Apr 16, 2015 8:02 pm UTC', 'Dan Goodin'],
    ['By GILLIAN MOHNEY\n   March 11, 2015 3:46 PM', 'GILLIAN MOHNEY'],
    ['by Steven Musil January 18, 2017 11:00 PM PST @stevenmusil', 'Steven Musil'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['Von Anna Schmidt', 'Anna Schmidt'],
    ['by: Laurie Oakes', 'Laurie Oakes'],
    ['James Akinaka • 8h', 'James Akinaka'],
    ['By Stella Kim and Jennifer Jett', 'Stella Kim and Jennifer Jett'],
    ['Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech', 'Daniel Kahn Gillmor'],
    ['Laura June Topolsky', 'Laura June Topolsky'],
  ])('%j is %j', (byline, name) => {
    expect(cleanByline(byline)).toBe(name);
  });

  it.each([
    'Last Updated: January 7, 2025',
    'April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm',
    'https://www.facebook.com/profile.php?id=1',
    'Follow Author',
    '@alissamarie',
    '',
  ])('finds no name in %j', (byline) => {
    expect(cleanByline(byline)).toBeUndefined();
  });

  it('takes the site for no author, and drops it from the end of a byline', () => {
    expect(cleanByline('BBC News', 'BBC News')).toBeUndefined();
    expect(cleanByline('By Kelli Miller WebMD Health News', 'WebMD Health News')).toBe(
      'Kelli Miller',
    );
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2015-07-10 09:53:00 -0400', '2015-07-10T09:53:00-04:00'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2017-11-16T14:15+0000', '2017-11-16T14:15:00+00:00'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00.000'],
    ['2015-03-27T13:07:55.096Z', '2015-03-27T13:07:55.096Z'],
    ['2015-04-30T07:19:58', '2015-04-30T07:19:58'],
    ['2017-07-27', '2017-07-27'],
  ])('keeps %j on its own day and offset: %j', (raw, iso) => {
    expect(normaliseDate(raw)).toBe(iso);
  });

  it.each(['Fri Mar 13 21:30:09 EST 2015', '20170113', '2015-02-30', '2015-01-01T25:00', 'soon'])(
    'drops %j',
    (raw) => {
      expect(normaliseDate(raw)).toBeUndefined();
    },
  );
});

describe('titles and site names', () => {
  it('drops a site-name suffix, and any short suffix from <title>', () => {
    expect(withoutSiteSuffix('Snopes Fact-Checker Speaks - Breitbart', 'Breitbart')).toBe(
      'Snopes Fact-Checker Speaks',
    );
    expect(withoutSiteSuffix('Video in 2020 - Spiceworks', 'Spiceworks Inc')).toBe('Video in 2020');
    expect(withoutSiteSuffix('Lock keeper retires | Canal News', undefined, true)).toBe(
      'Lock keeper retires',
    );
    expect(
      withoutSiteSuffix(
        '海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网',
        undefined,
        true,
      ),
    ).toBe('海外留学生看两会：出国前后关注点大不同');
    expect(withoutSiteSuffix('Jekyll - Hyde: a review', 'Canal News')).toBe(
      'Jekyll - Hyde: a review',
    );
  });

  it('takes the first real site name, without an address or a tagline', () => {
    expect(siteNameOf([undefined, 'http://www.tmz.com', 'TMZ.COM'])).toBe('TMZ.COM');
    expect(siteNameOf(['Yahoo News - Latest News & Headlines'])).toBe('Yahoo News');
  });
});
