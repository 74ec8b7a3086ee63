import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeBytes, ImportError, importHtml } from '../../../../src/io/import';
import { fixtureBytes, scriptingWindow, testEnvironment } from './fixtures';

function savedPage(name: string): string {
  return decodeBytes(fixtureBytes(name), { html: true, fileName: name }).text;
}

function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('importHtml on a saved news page', () => {
  const article = importHtml(savedPage('news-article.html'), testEnvironment(), {
    fileName: 'news-article.html',
  });
  const paragraphs = article.text.split('\n');

  it('reads the metadata, JSON-LD first', () => {
    expect(article).toMatchObject({
      title: 'Saltmere council approves tidal barrier after six-hour debate',
      author: 'Maren Oakes, Tomasz Lindqvist',
      publishedAt: '2025-03-08T09:30:00+00:00',
      // JSON-LD's mainEntityOfPage, not the canonical link with its tracking parameter.
      url: 'https://www.harbourcourier.example/news/2025/03/08/saltmere-tidal-barrier',
      siteName: 'The Harbour Courier',
      language: 'en-GB',
      format: 'html',
      fileName: 'news-article.html',
      warnings: [],
    });
  });

  it('starts with the headline and the article’s first paragraphs', () => {
    expect(paragraphs.slice(0, 4)).toEqual([
      'Saltmere council approves tidal barrier after six-hour debate',
      'Saltmere’s town council voted on Friday night to build a tidal barrier across the mouth of the Wend estuary, ending a dispute that has divided the town since the floods of 2021.',
      'The motion passed by nine votes to four after a six-hour meeting in the town hall, where more than two hundred residents filled the public gallery and the corridor outside.',
      'The barrier, a row of steel gates that would close ahead of storm surges, is expected to cost £38 million. The council will borrow half of the sum and has applied to the regional flood fund for the rest.',
    ]);
    expect(paragraphs).toContain('Fishing crews divided');
    expect(paragraphs.at(-1)).toBe(
      'Work could begin next spring if the regional fund approves the council’s application, which it is due to consider in June.',
    );
    expect(paragraphs).toHaveLength(9);
  });

  it('leaves out navigation, ads, share links, related links, comments and the cookie banner', () => {
    for (const clutter of [
      'Subscribe',
      'Skip to content',
      'Advertisement',
      'Share',
      'Read more',
      'Flood report blames',
      'Most read',
      'Join the discussion',
      'About time too',
      'cookies',
      'All rights reserved',
      'dataLayer',
    ]) {
      expect(article.text).not.toContain(clutter);
    }
  });

  it('gives the same text for the same page, so a second import has the same hash', () => {
    const again = importHtml(savedPage('news-article.html'), testEnvironment());
    expect(again.text).toBe(article.text);
  });
});

describe('importHtml on a Windows-1252 page', () => {
  it('keeps its curly quotes, accents and euro sign', () => {
    const article = importHtml(savedPage('windows-1252.html'), testEnvironment());
    expect(article).toMatchObject({
      title: 'Café owners say “no” to Sunday closing',
      author: 'Renée Fairweather',
      publishedAt: '2024-11-21',
      siteName: 'Valley Gazette',
      language: 'en',
    });
    expect(article.url).toBeUndefined();
    expect(article.text.split('\n').slice(0, 3)).toEqual([
      'Café owners say “no” to Sunday closing',
      'Owners of the eleven cafés on Mill Lane have written to the district council to oppose a plan that would close the street to traffic — and to their customers’ cars — every Sunday from May.',
      '“Sunday is our best day,” said Hélène Dubois, who has run Café Rivière since 2009. “Most of our customers drive in from the villages. If they can’t park, they won’t come.”',
    ]);
    expect(article.text).toContain('about €4,000 a year');
    expect(article.text).not.toMatch(/Valley Gazette|Contact/);
  });
});

describe('importHtml on a Shift_JIS page', () => {
  it('finds a short Japanese article', () => {
    const article = importHtml(savedPage('shift-jis.html'), testEnvironment());
    expect(article.title).toBe('港の朝市、春から毎週土曜日に');
    expect(article.language).toBe('ja');
    expect(article.text.split('\n')).toHaveLength(4);
    expect(article.text.split('\n')[1]).toBe(
      '港の広場で月に一度開かれてきた朝市が、四月から毎週土曜日に開かれることになった。漁協と商店会が発表した。',
    );
  });
});

describe('importHtml on a page with no article', () => {
  it('says so, and what to do', () => {
    const error = importError(() =>
      importHtml(savedPage('no-article.html'), testEnvironment(), { fileName: 'no-article.html' }),
    );
    expect(error.code).toBe('no-article');
    expect(error.message).toBe(
      'Slant found no article in “no-article.html”. It may be a home page, a list of links, an error page, or a page that shows its text only with JavaScript. Open the article itself in your browser and save that page, or copy the article’s text and paste it.',
    );
  });

  it('says so for an empty page too', () => {
    expect(importError(() => importHtml('', testEnvironment())).code).toBe('no-article');
  });
});

describe('importHtml on a hostile page', () => {
  const hostile = savedPage('hostile.html');

  it('really is hostile: loaded as a live page, its scripts run', () => {
    const live = new JSDOM(hostile, {
      runScripts: 'dangerously',
      // Quiet: its broken stylesheet is part of the hostility.
      virtualConsole: new VirtualConsole(),
    }).window as unknown as {
      __slantPwned?: unknown;
    };
    expect(live.__slantPwned).toBeDefined();
  });

  it('runs nothing of it, and keeps only the article’s words', async () => {
    const window = scriptingWindow();
    const article = importHtml(hostile, testEnvironment(window), { fileName: 'hostile.html' });
    // Give timers, image errors and load events their chance to fire.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__slantPwned).toBeUndefined();
    expect((globalThis as { __slantPwned?: unknown }).__slantPwned).toBeUndefined();

    expect(article.text.split('\n')).toEqual([
      'Ferry fares to rise in April, operator says',
      'The company that runs the island ferries will raise its fares by six per cent from the first of April, its managing director told a meeting of passengers on Tuesday evening.',
      'A return ticket for a car and driver will go up from £54 to £57.20. Read the fare table for every route.',
      'Passengers at the meeting asked why the increase was larger than last year’s. The operator said fuel and insurance had cost more than it planned, and that it had kept fares unchanged for two winters.',
      'Islanders’ discounts will stay as they are, and children under five will still travel free.',
      'The island council said it would write to the operator to ask for a cheaper off-peak fare for residents who travel to the mainland for work.',
    ]);
  });

  it('keeps no markup, handler or dangerous URL in the text or the metadata', () => {
    const article = importHtml(hostile, testEnvironment());
    const everything = JSON.stringify(article);
    for (const bad of [
      '<',
      '>',
      'script',
      'javascript',
      'onerror',
      'onload',
      '__slantPwned',
      'data:',
      'petition',
    ]) {
      expect(everything.toLowerCase()).not.toContain(bad.toLowerCase());
    }
    expect(article).toMatchObject({
      title: 'Ferry fares to rise in April, operator says',
      author: 'Ivo Marsh',
      siteName: 'Coastline Daily',
    });
    // Every URL it offered was javascript: or data:, and its date was not a date.
    expect(article.url).toBeUndefined();
    expect(article.publishedAt).toBeUndefined();
  });
});

describe('importHtml metadata without JSON-LD', () => {
  const body = `<article>${'<p>The lock keeper retired after forty years on the canal, and the trust has not yet named a successor for the summer.</p>'.repeat(3)}</article>`;

  it('falls back to Open Graph, meta names, the canonical link and og:locale', () => {
    const html = `<!DOCTYPE html><html><head>
      <title>Lock keeper retires - Canal News</title>
      <meta property="og:title" content="Lock keeper retires &amp; hands over keys">
      <meta property="og:locale" content="cy_GB">
      <meta name="author" content="By Gwen Pryce">
      <meta property="article:author" content="https://social.example/gwen">
      <meta property="article:published_time" content="2024-06-01T08:00:00+01:00">
      <link rel="canonical" href="https://canalnews.example/lock-keeper">
      </head><body>${body}</body></html>`;
    expect(importHtml(html, testEnvironment())).toMatchObject({
      title: 'Lock keeper retires & hands over keys',
      author: 'Gwen Pryce',
      publishedAt: '2024-06-01T08:00:00+01:00',
      url: 'https://canalnews.example/lock-keeper',
      language: 'cy-GB',
    });
  });

  it('uses the page title without the site’s name when nothing better is given, and ignores relative URLs', () => {
    const html = `<html><head><title>Lock keeper retires after forty years | Canal News</title><link rel="canonical" href="/lock-keeper"></head><body>${body}</body></html>`;
    const article = importHtml(html, testEnvironment());
    expect(article.title).toBe('Lock keeper retires after forty years');
    expect(article.url).toBeUndefined();
    expect(article.text.split('\n')[0]).toBe('Lock keeper retires after forty years');
  });
});
