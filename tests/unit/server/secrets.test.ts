import { describe, expect, it } from 'vitest';
import { codeHash, newCode, newToken, normaliseCode, sha256 } from '../../../src/server/secrets';

describe('secrets', () => {
  it('makes 256-bit tokens and 80-bit codes that differ every time', () => {
    const tokens = new Set(Array.from({ length: 50 }, newToken));
    expect(tokens.size).toBe(50);
    expect(Buffer.from([...tokens][0]!, 'base64url')).toHaveLength(32);
    const code = newCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(new Set(Array.from({ length: 50 }, newCode)).size).toBe(50);
  });

  it('accepts a code however it is typed', () => {
    const code = 'K7Q2-M9XD-4TPA-WZ10';
    for (const typed of ['k7q2m9xd4tpawz10', ' K7Q2 M9XD 4TPA WZ1O ', 'k7q2-m9xd-4tpa-wzlo']) {
      expect(normaliseCode(typed)).toBe('K7Q2M9XD4TPAWZ10');
      expect(codeHash(typed)).toBe(codeHash(code));
    }
  });

  it('hashes with SHA-256', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
