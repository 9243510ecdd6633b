import { expect, test } from 'vitest';
import { blocksToPlainText } from '../../../core/document/plain-text';
import { markupToBlocks } from '../../../core/document/from-markup';
import { tokenizeFixture } from './fixture-markup';

test('a draft reads as plain text the way a person reads it', () => {
  const { markup, fields } = tokenizeFixture(
    [
      ':::address-block',
      '«office.contactName»',
      'Austin, Texas',
      ':::',
      '',
      '# Responses',
      '',
      'The reference is «inquiry.reference».',
      '',
      '1. First',
      '   - detail',
      '2. Second',
      '',
      '| Record | Pages |',
      '|---|---|',
      '| Policy | 4 |',
      '',
      '::page-break',
      '',
      '> Quoted policy.',
    ].join('\n'),
  );
  fields[1] = { ...fields[1]!, value: '' };
  expect(blocksToPlainText(markupToBlocks(markup, fields))).toBe(
    [
      'value of office.contactName\nAustin, Texas',
      'Responses',
      'The reference is [Label of inquiry.reference].',
      '1. First\n    • detail\n2. Second',
      'Record\tPages\nPolicy\t4',
      'Quoted policy.',
    ].join('\n\n'),
  );
});
