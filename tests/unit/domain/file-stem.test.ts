import { describe, expect, it } from 'vitest';
import { fileStem } from '../../../src/domain/file-stem';

describe('fileStem', () => {
  it('keeps letters, digits and dashes, with dashes for spaces and accents dropped', () => {
    expect(fileStem('Syria coast, March 2025', 'slant')).toBe('Syria-coast-March-2025');
    expect(fileStem('  Ça va? École d’été  ', 'slant')).toBe('Ca-va-Ecole-dete');
  });

  it('names the file by the fallback when nothing of the name is left', () => {
    expect(fileStem('', 'lesson')).toBe('lesson');
    expect(fileStem('«»?!', 'student')).toBe('student');
  });

  it('stops at 60 characters', () => {
    expect(fileStem('a'.repeat(100), 'slant')).toHaveLength(60);
  });
});
