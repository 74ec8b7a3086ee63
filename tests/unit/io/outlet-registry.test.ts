import { describe, expect, it } from 'vitest';
import { parseRegistryFile, toRegistryFile } from '../../../src/io/registry/outlet-registry';
import type { Outlet } from '../../../src/domain/types';

const outlet: Outlet = {
  id: 'outlet-1',
  name: 'The Daily Example',
  aliases: ['Daily Example'],
  domains: ['dailyexample.test'],
  affiliation: 'independent',
  country: 'Nowhere',
  notes: 'Reader-funded.',
  evidence: [{ url: 'https://dailyexample.test/about', label: 'About page' }],
};

describe('outlet registry files', () => {
  it('round-trip the registry exactly', () => {
    const parsed = parseRegistryFile(toRegistryFile([outlet]));
    expect(parsed).toEqual({ ok: true, outlets: [outlet] });
  });

  it('refuse what is not JSON, another format or a newer version, saying so', () => {
    expect(parseRegistryFile('{"format":')).toMatchObject({ ok: false, error: /not valid JSON/ });
    expect(parseRegistryFile('{"format":"other","version":1,"outlets":[]}')).toMatchObject({
      ok: false,
      error: /not a Slant outlet registry/,
    });
    expect(
      parseRegistryFile('{"format":"slant-outlet-registry","version":2,"outlets":[]}'),
    ).toMatchObject({ ok: false, error: /newer Slant/ });
  });

  it('point at the bad record: an unknown affiliation, a javascript: link, a duplicate id', () => {
    const file = (outlets: unknown[]) =>
      JSON.stringify({ format: 'slant-outlet-registry', version: 1, outlets });
    expect(parseRegistryFile(file([{ ...outlet, affiliation: 'evil' }]))).toMatchObject({
      ok: false,
      error: /at outlets\.0\.affiliation/,
    });
    expect(
      parseRegistryFile(file([{ ...outlet, evidence: [{ url: 'javascript:alert(1)' }] }])),
    ).toMatchObject({ ok: false, error: /outlets\.0\.evidence\.0\.url/ });
    expect(parseRegistryFile(file([outlet, outlet]))).toMatchObject({
      ok: false,
      error: /outlet id “outlet-1” twice/,
    });
  });
});
