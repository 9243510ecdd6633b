import { describe, expect, it } from 'vitest';
import { layoutForm } from '../../../renderer/matter-form/form-layout';
import type { DeclaredField } from '../../../renderer/matter-form/field-problems';
import { fieldProblem } from '../../../renderer/matter-form/field-problems';
import { choicesOf, newListItem } from '../../../renderer/matter-form/matter-schema-info';

const field = (path: string, group: string, extra: Partial<DeclaredField> = {}): DeclaredField => ({
  path,
  label: path,
  type: 'text',
  required: false,
  help: '',
  group,
  ...extra,
});

describe('the matter form layout', () => {
  it('groups fields in first-seen order and gathers list item fields under their list', () => {
    const groups = layoutForm([
      field('respondent.city', 'City'),
      field('inquiry.requests', 'Inquiry', { type: 'list' }),
      field('inquiry.subject', 'Inquiry'),
      field('inquiry.requests[].text', 'Inquiry'),
      field('inquiry.requests[].status', 'Inquiry', { type: 'choice' }),
    ]);
    expect(groups.map((g) => g.name)).toEqual(['Matter', 'City', 'Inquiry']);
    const inquiry = groups[2]!.entries;
    expect(inquiry[0]).toMatchObject({ kind: 'list', list: { path: 'inquiry.requests' } });
    expect(inquiry[0]!.kind === 'list' && inquiry[0]!.itemFields.map((f) => f.path)).toEqual([
      'inquiry.requests[].text',
      'inquiry.requests[].status',
    ]);
    expect(inquiry[1]).toMatchObject({ kind: 'field', field: { path: 'inquiry.subject' } });
  });

  it('offers the schema choices and fills new list items with its defaults', () => {
    expect(choicesOf('inquiry.requests[].status')).toContain('partly-withheld');
    expect(newListItem('inquiry.requests', 3)).toMatchObject({ number: '3', text: '', status: 'pending' });
    expect(newListItem('recipients', 1)).toMatchObject({ name: '', email: '' });
  });

  it('explains what is wrong with a value', () => {
    expect(fieldProblem(field('inquiry.subject', 'x', { required: true, label: 'Subject' }), '')).toBe(
      'Subject is required by this template.',
    );
    expect(
      fieldProblem(field('inquiry.deadline', 'x', { type: 'date', label: 'Deadline' }), '2025-02-30'),
    ).toBe('Deadline must be a date (YYYY-MM-DD).');
    expect(fieldProblem(field('inquiry.deadline', 'x', { type: 'date' }), '2025-04-07')).toBeNull();
  });
});
