import { describe, expect, it } from 'vitest';
import {
  containsPhrase,
  containsPhraseIgnoringSpaces,
  findPhrase,
} from '../../../core/production/phrase-match';

describe('finding a phrase to redact', () => {
  it('finds every occurrence, ignoring case and line breaks, as spans of the original text', () => {
    const text = 'Maria Delgado called.\nLater MARIA\n  delgado wrote; maria delgado’s note.';
    const spans = findPhrase(text, 'Maria Delgado');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Maria Delgado',
      'MARIA\n  delgado',
      'maria delgado',
    ]);
  });

  it('treats curly quotes and dashes as their plain forms', () => {
    expect(containsPhrase('the officer’s report — filed', "officer's report - filed")).toBe(true);
  });

  it('finds nothing for an empty phrase or one that is not there', () => {
    expect(findPhrase('some text', '   ')).toEqual([]);
    expect(findPhrase('some text', 'other')).toEqual([]);
  });

  it('the final check also catches the words set without a space between them', () => {
    expect(containsPhrase('MariaDelgado', 'Maria Delgado')).toBe(false);
    expect(containsPhraseIgnoringSpaces('MariaDelgado', 'Maria Delgado')).toBe(true);
    expect(containsPhraseIgnoringSpaces('Maria Del', 'Maria Delgado')).toBe(false);
  });
});
