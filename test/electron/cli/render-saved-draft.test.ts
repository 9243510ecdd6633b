// `counsel-desk render --matter file.cdesk --draft <id or title>`: the draft as edited in the app, bound to the
// matter as it is now, with the exhibits its letter encloses after it; exported by the app's ExportService.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BlockNode, DocumentModel } from '../../../core/document/model';
import { newMatterFile, type Draft, type MatterFile } from '../../../core/matter-file/matter-file';
import { letterFactsSchema } from '../../../core/letter/letter-facts';
import { recordSchema } from '../../../core/records/record';
import { policyExcerpt } from '../../support/excerpt-fixture';
import { completeMatter, ensureCliBuilt, hasStackTrace, runCli, tempDir, writeJson } from './cli-harness';
import { answersTemplates, docxText } from './letter-fixture';

beforeAll(() => ensureCliBuilt());

const EXCERPT_TEXT =
  'Officers will not stop or contact any person for the sole purpose of determining status.';

/** A body as the attorney left it: their own sentence, a stale field chip and an exhibit reference. */
const EDITED: BlockNode[] = [
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
];

function draft(id: string, title: string, body: unknown): Draft {
  const now = '2025-03-10T12:00:00.000Z';
  const letter = letterFactsSchema.parse({ date: '2025-03-12', exhibitIds: ['ex-1'] });
  // base null: the render it was bound to is not known (as in a file from version 1), so the body stands.
  return {
    id,
    templateId: 'answers',
    title,
    createdAt: now,
    updatedAt: now,
    letter,
    body: body as BlockNode[],
    base: null,
  };
}

function savedMatterFile(): MatterFile {
  const file = newMatterFile(completeMatter());
  file.drafts.push(draft('draft-1', 'Response', EDITED));
  file.drafts.push(draft('draft-2', 'Broken', [{ type: 'paragraph', children: [{ text: 7 }] }]));
  file.excerpts.push(
    policyExcerpt('exc-1', EXCERPT_TEXT, {
      sourceTitle: 'Immigration Status Inquiries',
      identifier: 'General Order 999.00',
      section: '3.2 Contacts',
    }),
  );
  file.records.push(
    recordSchema.parse({
      id: 'ex-1',
      description: 'General order on status inquiries',
      excerptId: 'exc-1',
      exhibit: true,
    }),
  );
  return file;
}

describe('counsel-desk render --draft', () => {
  const env = answersTemplates();
  const work = tempDir();
  const cdesk = writeJson(work, 'matter.cdesk', savedMatterFile());

  test('exports the saved draft with current fields, resolved references and the enclosed exhibit', async () => {
    const out = path.join(work, 'response.docx');
    const run = runCli(['render', '--matter', cdesk, '--draft', 'draft-1', '--out', out], env);
    // Nothing stops it; the one warning says the draft keeps the text it had before it was first bound.
    expect(run.stderr.trim()).toMatch(/^warn: This draft was made by an earlier version of Counsel Desk/);
    expect(run.stderr).not.toMatch(/^stop:/m);
    expect(run.code).toBe(0);
    const text = await docxText(out);
    expect(text).toContain('Edited in the app for the City of Dallas; the order is attached as Exhibit A.');
    expect(text).not.toContain('Old value');
    expect(text).toContain('EXHIBIT A');
    expect(text).toContain('General order on status inquiries');
    expect(text).toContain(EXCERPT_TEXT);
  });

  test('the document model (.json) is the bound letter, picked by title', () => {
    const out = path.join(work, 'response.json');
    const run = runCli(['render', '--matter', cdesk, '--draft', 'Response', '--out', out], env);
    expect(run.code).toBe(0);
    const model = JSON.parse(readFileSync(out, 'utf8')) as DocumentModel;
    expect(model.title).toBe('Response — Dallas');
    expect(JSON.stringify(model.children)).toContain('"value":"Dallas"');
  });

  test('prints the bind problems severity first, and marks an incomplete letter DRAFT', async () => {
    const matter = completeMatter();
    matter.respondent.city = '';
    const incomplete = writeJson(work, 'incomplete.cdesk', { ...savedMatterFile(), matter });
    const out = path.join(work, 'incomplete.docx');
    const run = runCli(['render', '--matter', incomplete, '--draft', 'Response', '--out', out], env);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('stop: City is empty (respondent.city).');
    expect(run.stderr).toContain('the letter is marked DRAFT');
    expect(await docxText(out)).toContain('Edited in the app');
  });

  test('a damaged draft is refused, naming the file and the draft; nothing is written', () => {
    const out = path.join(work, 'broken.docx');
    const run = runCli(['render', '--matter', cdesk, '--draft', 'Broken', '--out', out], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The draft "Broken" in matter.cdesk is damaged');
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  test('names the drafts the file has when the id is unknown', () => {
    const run = runCli(
      ['render', '--matter', cdesk, '--draft', 'nope', '--out', path.join(work, 'x.docx')],
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('matter.cdesk has no draft "nope"');
    expect(run.stderr).toContain('draft-1  Response');
    expect(run.stderr).toContain('draft-2  Broken  (damaged)');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  test('refuses --draft with a plain matter JSON file', () => {
    const plain = writeJson(work, 'plain.json', completeMatter());
    const run = runCli(
      ['render', '--matter', plain, '--draft', 'draft-1', '--out', path.join(work, 'y.docx')],
      env,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('needs a .cdesk matter file');
  });
});
