// `counsel-desk render --matter file.cdesk --draft <id>`: the draft as edited in the app, with the matter's
// exhibits (index, cover pages, texts) after the letter.
import path from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DocumentModel } from '../../../core/document/model';
import { newMatterFile } from '../../../core/matter-file/matter-file';
import { policyExcerpt } from '../../support/excerpt-fixture';
import { completeMatter, ensureCliBuilt, hasStackTrace, runCli, tempDir, writeJson } from './cli-harness';

beforeAll(() => ensureCliBuilt());

const EXCERPT_TEXT =
  'Officers will not stop or contact any person for the sole purpose of determining status.';

function savedMatterFile() {
  const matter = completeMatter();
  const file = newMatterFile(matter);
  const document: DocumentModel = {
    title: 'Response',
    subject: '',
    author: '',
    continuation: { addressee: '', date: '' },
    children: [
      {
        type: 'paragraph',
        children: [
          { text: 'Edited in the app for the City of ' },
          {
            type: 'field',
            path: 'respondent.city',
            label: 'City',
            value: 'Old value',
            required: true,
            children: [{ text: '' }],
          },
          { text: '; the order is attached as ' },
          { type: 'exhibit-ref', exhibitId: 'ex-1', label: '?', children: [{ text: '' }] },
          { text: '.' },
        ],
      },
    ],
  };
  const now = '2025-03-10T12:00:00.000Z';
  file.drafts.push({
    id: 'draft-1',
    templateId: 'x',
    title: 'Response',
    createdAt: now,
    updatedAt: now,
    document,
  });
  file.excerpts.push(
    policyExcerpt('exc-1', EXCERPT_TEXT, {
      sourceTitle: 'Immigration Status Inquiries',
      identifier: 'General Order 999.00',
      section: '3.2 Contacts',
    }),
  );
  file.exhibits.push({ id: 'ex-1', description: 'General order on status inquiries', excerptId: 'exc-1' });
  return file;
}

describe('counsel-desk render --draft', () => {
  const work = tempDir();
  const cdesk = writeJson(work, 'matter.cdesk', savedMatterFile());

  test('exports the saved draft with refreshed fields, resolved references and the exhibit set', async () => {
    const out = path.join(work, 'response.docx');
    const run = runCli(['render', '--matter', cdesk, '--draft', 'draft-1', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = (await mammoth.extractRawText({ path: out })).value;
    expect(text).toContain('Edited in the app for the City of Dallas; the order is attached as Exhibit A.');
    expect(text).not.toContain('Old value');
    expect(text).toContain('EXHIBIT A');
    expect(text).toContain('General order on status inquiries');
    expect(text).toContain(EXCERPT_TEXT);
  });

  test('names the drafts the file has when the id is unknown', () => {
    const run = runCli(['render', '--matter', cdesk, '--draft', 'nope', '--out', path.join(work, 'x.docx')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('has no draft "nope"');
    expect(run.stderr).toContain('draft-1');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  test('refuses --draft with a plain matter JSON file', () => {
    const plain = writeJson(work, 'plain.json', completeMatter());
    const run = runCli([
      'render',
      '--matter',
      plain,
      '--draft',
      'draft-1',
      '--out',
      path.join(work, 'y.docx'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('needs a .cdesk matter file');
  });
});
