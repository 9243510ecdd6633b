// A whole record in the page view: its own pages once known, a "Preparing" sheet until then, and its text when
// the pages cannot be made or are not as many as the letter counts (as the export falls back).
import { describe, expect, it } from 'vitest';
import type { FlowBlock } from '../../../core/page-layout/flow-types';
import { pageSpec } from '../../../core/page-layout/page-spec';
import { recordPlan } from '../../../core/page-layout/record-plan';

const text = (block: FlowBlock) =>
  block.kind === 'paragraph' ? block.runs.map((r) => r.text).join('') : 'table';
const model = {
  title: 'L',
  subject: '',
  author: '',
  continuation: { addressee: '', date: '' },
  children: [],
};
const exhibit = {
  ...{ id: 'rec', label: 'A', description: 'General Order 301.00', citation: 'GO 301' },
  ...{ pages: [['First'], ['Second'], ['Third']], pageCount: 3, range: { first: 120, last: 122 } },
};
const bates = { enabled: true, prefix: 'CITY-', start: 120, digits: 6 };
const section = (whole: boolean) =>
  pageSpec(model, { exhibitSet: { bates, exhibits: [exhibit] }, wholeRecords: new Set(whole ? ['rec'] : []) })
    .exhibits[1]!;

describe('recordPlan', () => {
  it('lays out the cover, then one picture page per record page, "Exhibit A" at every foot', () => {
    const plan = recordPlan(section(true), { pages: 3 });
    expect(plan.blocks.map(text)).toEqual(['EXHIBIT A', 'General Order 301.00']);
    expect(plan.pictures).toBe(3);
    expect([0, 1, 3].map(plan.footer)).toEqual(['Exhibit A', 'Exhibit A', 'Exhibit A']);
  });

  it('shows the cover and a "Preparing" sheet while the pages are being made', () => {
    const plan = recordPlan(section(true), 'preparing');
    expect(plan.blocks.map(text)).toEqual([
      'EXHIBIT A',
      'General Order 301.00',
      'Preparing the pages of Exhibit A\u2026',
    ]);
    expect(plan.blocks[2]!.pageBreakBefore).toBe(true);
    expect(plan.pictures).toBe(0);
  });

  it('falls back to the text, Bates numbered, when the pages cannot be made or do not match the count', () => {
    for (const known of ['failed', { pages: 2 }] as const) {
      const plan = recordPlan(section(true), known);
      expect(plan.blocks.map(text)).toEqual([
        'EXHIBIT A',
        'General Order 301.00',
        'GO 301',
        'First',
        'Second',
        'Third',
      ]);
      expect(plan.footer(1)).toBe('CITY-000121');
      expect(plan.pictures).toBe(0);
    }
  });

  it('leaves an exhibit that is not a whole record as text, whatever is known', () => {
    const plan = recordPlan(section(false), { pages: 3 });
    expect(plan.blocks.map(text)).toHaveLength(6);
    expect(plan.pictures).toBe(0);
  });
});
