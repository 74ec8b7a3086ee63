import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { svgMarkup } from '../../../src/ui/compare/chart-export';
import { FiguresChart } from '../../../src/ui/compare/FiguresChart';
import { article, ROWS } from './figures-rows';

const SVG_NS = 'http://www.w3.org/2000/svg';

const chart = () => screen.getByRole('img', { name: /per article/ });
// Testing Library's within() is typed for HTML elements; it works on SVG ones alike.
const panel = (measure: string) =>
  chart().querySelector<HTMLElement>(`[data-panel~="${measure}"]`)!;
/** An article's row in the panel of `measure` (the first panel when none is named). */
const group = (id: string, measure = 'loadedPer1000Words') =>
  panel(measure).querySelector<HTMLElement>(`[data-article="${id}"]`)!;
const bar = (id: string, measure: string) =>
  group(id, measure).querySelector<HTMLElement>(`[data-measure="${measure}"]`)!;

describe('FiguresChart', () => {
  it('is an image with a name and a description that gives every article in words', () => {
    render(<FiguresChart rows={ROWS} />);
    const svg = chart();
    expect(svg).toHaveAccessibleName('Loaded language, claims and sources per article');
    expect(svg).toHaveAccessibleDescription(/^2 articles compared\./);
    expect(svg).toHaveAccessibleDescription(
      /The Daily Example, “Storm floods the coast”: 3\.0 loaded-language marks per 1,000 words \(37 marks in 12,345 words\); 4 unattributed and 9 attributed claims; 2 sources named\./,
    );
    expect(svg).toHaveAccessibleDescription(
      /“Officials blame the weather”: 2\.5 .* 0 unattributed and 1 attributed claim; 0 sources named\./,
    );
  });

  it('draws no attributed-claim or source bar while the sources are found, and says so', () => {
    render(<FiguresChart rows={ROWS} sourcesPending />);
    const svg = chart();
    expect(svg).toHaveAccessibleDescription(
      /compared\. Attributed claims and sources are still being found\./,
    );
    expect(svg).not.toHaveAccessibleDescription(/attributed claims?;|sources? named/);
    for (const measure of ['attributedClaims', 'sourcesNamed']) {
      const pending = bar(ROWS[0]!.documentId, measure);
      expect(pending.querySelector('rect')).toBeNull();
      expect(pending).toHaveTextContent(/finding…/);
    }
    expect(bar(ROWS[0]!.documentId, 'unattributedClaims').querySelector('rect')).not.toBeNull();
  });

  it('draws a panel per measure with a labelled bar per article, each with its value as text', () => {
    render(<FiguresChart rows={ROWS} />);
    expect(chart().querySelectorAll('[data-measure]')).toHaveLength(8);
    expect(within(panel('loadedPer1000Words')).getByText('Loaded language per 1,000 words'));
    expect(within(panel('sourcesNamed')).getByText('Sources named'));
    expect(within(panel('attributedClaims')).getByText(/^Claims: unattributed \(hatched\)/));

    const label = (id: string) => group(id).querySelector('text > tspan')?.textContent;
    expect(label('doc-a')).toBe('The Daily Example');
    // No outlet: the row is labelled by the title, cut to fit, and whole in its tooltip.
    expect(label('doc-b')).toMatch(/^Officials blame/);
    expect(group('doc-b').querySelector('text > title')).toHaveTextContent(
      'Officials blame the weather',
    );

    const a = (measure: string) => within(bar('doc-a', measure));
    expect(a('loadedPer1000Words').getByText('3.0')).toBeInTheDocument();
    // Claims say which they are in words, not by the hatching alone.
    expect(a('unattributedClaims').getByText('4 unattributed')).toBeInTheDocument();
    expect(a('attributedClaims').getByText('9 attributed')).toBeInTheDocument();
    expect(a('sourcesNamed').getByText('2')).toBeInTheDocument();
    expect(
      within(bar('doc-b', 'unattributedClaims')).getByText('0 unattributed'),
    ).toBeInTheDocument();
  });

  it('hatches unattributed claims, so colour is not the only difference from attributed ones', () => {
    render(<FiguresChart rows={ROWS} id="cmp" />);
    const hatched = bar('doc-a', 'unattributedClaims').querySelector('rect')!;
    const solid = bar('doc-a', 'attributedClaims').querySelector('rect')!;
    expect(hatched).toHaveAttribute('fill', 'url(#cmp-hatch)');
    expect(chart().querySelector('pattern#cmp-hatch')).not.toBeNull();
    expect(solid.getAttribute('fill')).toMatch(/^#/);
    // Claims share one scale: 4 of 9 is drawn at 4/9 of the longest claim bar.
    const width = (el: Element) => Number(el.getAttribute('width'));
    expect(width(hatched) / width(solid)).toBeCloseTo(4 / 9, 5);
  });

  it('cuts a long outlet name with an ellipsis and keeps it whole in a tooltip', () => {
    const long = 'The Extremely Long-Named Regional Morning Herald and Evening Chronicle Gazette';
    render(<FiguresChart rows={[article(1, { outletName: long }), article(2)]} />);
    const label = group('doc-1').querySelector('text')!;
    const shown = label.querySelector('tspan')!.textContent!;
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThan(long.length);
    expect(label.querySelector('title')).toHaveTextContent(`${long}: Article 1`);
  });

  it('grows with the number of articles, with a matching viewBox and a white background', () => {
    const ref = createRef<SVGSVGElement>();
    const { rerender } = render(<FiguresChart rows={[article(1), article(2)]} ref={ref} />);
    const twoHigh = Number(ref.current!.getAttribute('height'));
    rerender(<FiguresChart rows={[1, 2, 3, 4, 5, 6].map((n) => article(n))} ref={ref} />);
    const svg = ref.current!;
    expect(svg).toBe(chart());
    const sixHigh = Number(svg.getAttribute('height'));
    expect(sixHigh).toBeGreaterThan(twoHigh);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${svg.getAttribute('width')} ${sixHigh}`);
    expect(svg.querySelectorAll('[data-measure]')).toHaveLength(24);
    const background = svg.querySelector(':scope > rect')!;
    expect(background).toHaveAttribute('fill', '#ffffff');
    expect(background).toHaveAttribute('height', String(sixHigh));
  });
});

describe('svgMarkup', () => {
  it('is a standalone SVG file that parses, with every bar', () => {
    const ref = createRef<SVGSVGElement>();
    render(<FiguresChart rows={ROWS} ref={ref} />);
    const markup = svgMarkup(ref.current!);
    expect(markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(markup.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(1);

    const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    const root = parsed.documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('width')).toBe(ref.current!.getAttribute('width'));
    expect(root.querySelectorAll('[data-measure]')).toHaveLength(8);
    expect(root.querySelector('desc')?.textContent).toMatch(/The Daily Example/);
    // Serializing works on a copy: the page's chart is left as it was.
    expect(ref.current!.hasAttribute('xmlns')).toBe(false);
  });
});
