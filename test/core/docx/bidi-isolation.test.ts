// A right-to-left override, or right-to-left letters, in a matter value stay inside the value: the template's
// own words after it keep their order. Values that could reorder their neighbours are isolated (FSI … PDI) with
// every embedding, override or isolate they open closed inside; other values are written exactly as typed.
import { describe, expect, it } from 'vitest';
import type { InlineNode } from '../../../core/document/model';
import { buildDocx } from '../../../core/docx/build-docx';
import { exhibitExportSet } from '../../../core/exhibits/exhibit-export';
import { recordSchema } from '../../../core/records/record';
import { recordViews } from '../../../core/records/record-views';
import { policyExcerpt } from '../../support/excerpt-fixture';
import { docxParts, paragraphWith, part, textOf } from '../../support/docx-xml';
import { field, p } from '../../support/sample-letter';

const FSI = '\u2068';
const PDI = '\u2069';
const PDF = '\u202C';
const RLO = '\u202E';

async function paragraphText(children: (InlineNode | string)[]): Promise<string> {
  const model = {
    title: 'T',
    subject: 'S',
    author: 'A',
    continuation: { addressee: '', date: '' },
    children: [p(...children)],
  };
  const xml = part(await docxParts(buildDocx(model)), 'word/document.xml');
  return textOf(paragraphWith(xml, 'Before'));
}

const valueText = (value: string) => paragraphText(['Before ', field('custom.v', 'V', value), ' after it.']);

describe('values in the DOCX', () => {
  it('closes a right-to-left override inside the value and isolates it', async () => {
    expect(await valueText(`${RLO}evil`)).toBe(`Before ${FSI}${RLO}evil${PDF}${PDI} after it.`);
  });

  it('isolates right-to-left letters, so a number after them stays after them', async () => {
    const hebrew = '\u05E9\u05DC\u05D5\u05DD';
    expect(await paragraphText(['Before ', field('x', 'X', hebrew), ', 123 after.'])).toBe(
      `Before ${FSI}${hebrew}${PDI}, 123 after.`,
    );
  });

  it.each([
    ['an embedding and an isolate left open', '\u202Ba\u2067b', `${FSI}\u202Ba\u2067b${PDI}${PDF}${PDI}`],
    ['nested overrides', '\u202E\u202Dab', `${FSI}\u202E\u202Dab${PDF}${PDF}${PDI}`],
    ['a closing isolate with nothing to close', 'a\u2069b', `${FSI}${FSI}a\u2069b${PDI}`],
    ['a pop with nothing to pop, which an isolate ignores', `a${PDF}b`, `${FSI}a${PDF}b${PDI}`],
    ['controls already balanced', `${RLO}ab${PDF}`, `${FSI}${RLO}ab${PDF}${PDI}`],
    ['an isolate closing the override inside it', `\u2067${RLO}a\u2069`, `${FSI}\u2067${RLO}a\u2069${PDI}`],
  ])('balances %s', async (_what, value, written) => {
    expect(await valueText(value)).toBe(`Before ${written} after it.`);
  });

  it('writes a left-to-right value exactly as typed, with nothing added', async () => {
    expect(await valueText('Ms. Examiner (No. 25-0142)')).toBe('Before Ms. Examiner (No. 25-0142) after it.');
  });

  it('isolates each line of a value of several lines as one value', async () => {
    expect(await valueText(`${RLO}one\ntwo`)).toBe(`Before ${FSI}${RLO}onetwo${PDF}${PDI} after it.`);
  });
});

describe('the Bates prefix', () => {
  it('is isolated in the index and on every exhibit page, so the number stays after it', async () => {
    const source = {
      excerpts: [policyExcerpt('x1', 'Officers shall forward every detainer request to the Legal Unit.')],
      records: [recordSchema.parse({ id: 'e1', description: 'Order', excerptId: 'x1', exhibit: true })],
      exhibitSettings: {
        labelStyle: 'letters' as const,
        bates: { enabled: true, prefix: `${RLO}AG-`, start: 97, digits: 6 },
      },
    };
    const exhibitSet = exhibitExportSet(recordViews(source).exhibits, source.exhibitSettings.bates);
    const model = {
      title: 'T',
      subject: '',
      author: '',
      continuation: { addressee: '', date: '' },
      children: [p('Before')],
    };
    const parts = await docxParts(buildDocx(model, { exhibitSet }));
    const prefix = `${FSI}${RLO}AG-${PDF}${PDI}`;
    expect(textOf(part(parts, 'word/document.xml'))).toContain(`${prefix}000097`);
    const footers = Object.keys(parts).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.some((name) => textOf(parts[name]!).startsWith(`${prefix}0000`))).toBe(true);
  });
});
