// Redacting a selected passage blacks it out wherever it occurs in the record: the form says so when the
// words occur more than once, and points to a box on the page for one place only.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RedactionForm } from '../../../renderer/production/redaction-form';

const form = (occurrences: number) =>
  renderToStaticMarkup(
    createElement(RedactionForm, {
      mode: 'passage',
      phrase: 'Maria Delgado',
      occurrences,
      recordId: 'r1',
      reasons: ['TRE 503 attorney-client'],
      problem: '',
      onSubmit: () => {},
      onCancel: () => {},
    }),
  ).replace(/<!-- -->/g, '');

describe('the passage redaction form', () => {
  it('says how many places a repeated passage is blacked out in, and how to black out one', () => {
    const html = form(3);
    expect(html).toContain('These words occur 3 times in this record; all 3 will be blacked out.');
    expect(html).toContain('draw a box on the page (View pages)');
  });

  it('says nothing more for a passage that occurs once', () => {
    expect(form(1)).not.toContain('These words occur');
  });
});
