import { describe, expect, it } from 'vitest';
import { citeSection, formatCitation } from '../../../core/excerpts/citation';

const base = {
  sourcePageCount: 12,
  wholeSource: false,
  section: '',
  identifier: '',
  pageStart: 4,
  pageEnd: 4,
};

describe('pinpoint citations', () => {
  it.each([
    [
      {
        sourceTitle: 'Dallas Police Department General Order 301.00',
        identifier: 'General Order 301.00',
        section: '3.2 Detainer Requests',
        pageEnd: 5,
      },
      'Dallas Police Department General Order 301.00, § 3.2, at 4-5',
    ],
    [
      {
        sourceTitle: 'Immigration Enforcement',
        identifier: 'General Order 301.00',
        section: '3.2 Detainer Requests',
      },
      'General Order 301.00, Immigration Enforcement, § 3.2, at 4',
    ],
    [{ sourceTitle: 'Roll Call Training', section: 'Scope' }, 'Roll Call Training, \u201cScope\u201d, at 4'],
    [{ sourceTitle: 'Memo', sourcePageCount: 1, pageStart: 1, pageEnd: 1 }, 'Memo'],
    [
      { sourceTitle: 'Immigration Enforcement', identifier: 'General Order 301.00', wholeSource: true },
      'General Order 301.00, Immigration Enforcement',
    ],
    // The source is named once: a title that names the identifier another way stands alone, and a section
    // whose heading is the title (a document opening with its title as a heading) is not cited again.
    [
      { sourceTitle: 'General Order No. 301.00: Immigration', identifier: 'General Order 301.00' },
      'General Order No. 301.00: Immigration, at 4',
    ],
    [
      { sourceTitle: 'G.O. 301.00 Immigration Enforcement', identifier: 'General Order 301.00' },
      'G.O. 301.00 Immigration Enforcement, at 4',
    ],
    [
      { sourceTitle: 'GENERAL ORDER  301.00', identifier: 'General Order 301.00', section: '3.2 Detainers' },
      'GENERAL ORDER  301.00, § 3.2, at 4',
    ],
    [
      {
        sourceTitle: 'Use of Force Reporting',
        identifier: 'General Order 906.00',
        section: 'Use of Force Reporting',
      },
      'General Order 906.00, Use of Force Reporting, at 4',
    ],
    [
      {
        sourceTitle: 'Immigration Enforcement',
        identifier: 'General Order 301.00',
        section: 'General Order 301.00',
      },
      'General Order 301.00, Immigration Enforcement, at 4',
    ],
    [
      { sourceTitle: 'Order 301 on Parking', identifier: 'General Order 301.00' },
      'General Order 301.00, Order 301 on Parking, at 4',
    ],
  ])('%o cites as %s', (excerpt, expected) => {
    expect(formatCitation({ ...base, ...excerpt })).toBe(expected);
  });

  it.each([
    ['3.2 Detainer Requests', '§ 3.2'],
    ['Section 4. Training', '§ 4'],
    ['§ 7.1.3 Review', '§ 7.1.3'],
    ['', ''],
  ])('section %s cites as %s', (heading, expected) => {
    expect(citeSection(heading)).toBe(expected);
  });
});
