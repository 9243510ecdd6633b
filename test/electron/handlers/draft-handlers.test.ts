import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft, ExportResult } from '../../../core/api/contract';
import { blocksToPlainText } from '../../../core/document/plain-text';
import { todayIso } from '../../../core/letter/letter-facts';
import { newMatter } from '../../../core/matter/new-matter';
import { matterParts, newMatterFile, type MatterParts } from '../../../core/matter-file/matter-file';
import { recordSchema } from '../../../core/records/record';
import { legalDate } from '../../../core/template/helpers/legal-date';
import type { Handlers } from '../../../electron/handlers';
import { desktopContext, repoRoot, servicesForTest, webContext } from '../../support/desk-services-fixture';
import { textOf } from '../../support/docx-xml';
import { policyExcerpt } from '../../support/excerpt-fixture';
import { refusal } from '../../support/refusal';

let handlers: Handlers;
let example: MatterParts;

beforeAll(async () => {
  handlers = (await servicesForTest()).handlers;
  example = matterParts((await handlers['matter:open-example']({}, webContext)).file);
  // The example leaves the working dates open; a finished matter has them.
  example.matter.inquiry.receivedDate ||= '2025-03-10';
  example.matter.inquiry.deadline ||= '2025-03-24';
});

const blank = (): MatterParts => matterParts(newMatterFile(newMatter()));

const generate = (templateId: string, parts: MatterParts): Promise<Draft> =>
  handlers['draft:generate']({ templateId, parts }, webContext);

/** The text of the exported DOCX's body (letter and exhibit part), as Word reads it. */
const documentText = (result: ExportResult): string =>
  textOf(strFromU8(unzipSync(Buffer.from(result.base64, 'base64'))['word/document.xml']!));

describe('templates:list', () => {
  it('lists the bundled templates with their declared fields', async () => {
    const list = await handlers['templates:list']({}, webContext);
    const ack = list.find((t) => t.id === 'acknowledgment');
    expect(ack?.title).toBeTruthy();
    expect(ack?.fields.some((f) => f.required)).toBe(true);
  });
});

describe('draft:generate', () => {
  it('makes a draft from a template and the matter', async () => {
    const draft = await generate('acknowledgment', example);
    expect(draft).toMatchObject({ templateId: 'acknowledgment', title: expect.any(String) });
    expect(draft.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(draft.body.length).toBeGreaterThan(3);
    expect(blocksToPlainText(draft.body)).toContain(example.matter.respondent.city);
  });

  it('keeps the template it was made from and dates the letter today', async () => {
    const before = todayIso();
    const draft = await generate('acknowledgment', example);
    const today = [before, todayIso()]; // a run across midnight may see either day
    expect(today).toContain(draft.letter.date);
    expect(blocksToPlainText(draft.body)).toContain(legalDate(draft.letter.date));
    const file = path.join(repoRoot, 'templates', 'acknowledgment.md');
    expect(draft.template?.template).toEqual({ path: file, text: readFileSync(file, 'utf8') });
    expect(draft.template?.partials.map((p) => path.basename(p.path))).toContain('signature.md');
    // Later renders use the kept template, not whatever the templates folder holds by then.
    const kept = draft.template!;
    const edited: Draft = {
      ...draft,
      template: { ...kept, template: { ...kept.template, text: `${kept.template.text}\nKept wording.\n` } },
    };
    const { rendered } = await handlers['draft:render']({ draft: edited, parts: example }, webContext);
    expect(blocksToPlainText(rendered)).toContain('Kept wording.');
  });

  it('says when there is no such template', async () => {
    expect((await refusal(generate('no-such-template', example))).code).toBe('not-found');
  });
});

describe('draft:render', () => {
  it('renders the letter again for the matter as it is now: an answer follows its request status', async () => {
    const parts = structuredClone(example);
    for (const request of parts.matter.inquiry.requests) request.status = 'pending';
    const draft = await generate('substantive-response', parts);
    const noRecords = /located no records responsive/;
    expect(blocksToPlainText(draft.body)).not.toMatch(noRecords);

    parts.matter.inquiry.requests[0]!.status = 'no-records';
    const { rendered } = await handlers['draft:render']({ draft, parts }, webContext);
    expect(blocksToPlainText(rendered)).toMatch(noRecords);
  });
});

describe('draft:export-docx', () => {
  it('refuses an incomplete letter, naming each empty field by label and path, then the other stops', async () => {
    const parts = blank();
    parts.records = [
      recordSchema.parse({ id: 'policy', description: 'General Order', excerptId: 'gone', exhibit: true }),
    ];
    const generated = await generate('acknowledgment', parts);
    const draft = { ...generated, letter: { ...generated.letter, date: '', exhibitIds: ['policy'] } };
    const error = await refusal(handlers['draft:export-docx']({ draft, parts }, webContext));
    expect(error.code).toBe('incomplete-matter');
    expect(error.details).toContainEqual(expect.stringMatching(/^\S.* \(inquiry\.receivedDate\)$/));
    expect(error.details).toContainEqual(expect.stringMatching(/^\S.* \(letter\.date\)$/));
    expect(error.details?.at(-1)).toBe(
      'Exhibit A (General Order) has lost its text; attach the source again.',
    );
    expect(error.message).toContain('export anyway');
  });

  it('exports anyway as a marked draft, returning the bytes in browser mode', async () => {
    const draft = await generate('acknowledgment', blank());
    const result = await handlers['draft:export-docx'](
      { draft, parts: blank(), allowIncomplete: true },
      webContext,
    );
    expect(result.path).toBe('');
    expect(result.incomplete.length).toBeGreaterThan(0);
    const bytes = Buffer.from(result.base64, 'base64');
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.length).toBe(result.byteLength);
    expect(result.fileName).toMatch(/\.docx$/);
  });

  it('writes the file when given a path, and uses the Save dialog on the desktop', async () => {
    const draft = await generate('acknowledgment', example);
    const dir = mkdtempSync(path.join(tmpdir(), 'desk-export-'));
    // The example still holds "[Confirm: …]" marks, which count as empty: it goes out as a marked draft.
    const written = await handlers['draft:export-docx'](
      { draft, parts: example, path: path.join(dir, 'ack'), allowIncomplete: true },
      webContext,
    );
    expect(written).toMatchObject({ path: path.join(dir, 'ack.docx'), base64: '' });
    expect(written.incomplete).toContain('Addressee name (requestingOffice.contactName)');
    expect(readFileSync(written.path).subarray(0, 2).toString()).toBe('PK');

    const chosen = path.join(dir, 'chosen.docx');
    const desktop = desktopContext({ save: chosen });
    expect(
      (await handlers['draft:export-docx']({ draft, parts: example, allowIncomplete: true }, desktop.ctx))
        .path,
    ).toBe(chosen);
    expect(desktop.calls[0]).toMatch(/^save docx .+\.docx$/);
    const cancelled = await refusal(
      handlers['draft:export-docx']({ draft, parts: example, allowIncomplete: true }, desktopContext().ctx),
    );
    expect(cancelled.code).toBe('cancelled');
  });

  it("encloses only the letter's own exhibits with an acknowledgment, and never a withheld record", async () => {
    const parts = structuredClone(example);
    parts.excerpts = [
      policyExcerpt('x-policy', 'Officers shall forward every detainer request to the Legal Unit.'),
      policyExcerpt('x-memo', 'Privileged advice on the detainer policy.'),
    ];
    parts.records = [
      { id: 'policy', description: 'General Order 301.00', excerptId: 'x-policy' },
      { id: 'memo', description: 'Legal memorandum', excerptId: 'x-memo', status: 'withheld' },
      { id: 'log', description: 'Detainer log', pages: 3 },
    ].map((record) => recordSchema.parse({ ...record, exhibit: true }));
    const draft = await generate('acknowledgment', parts);
    expect(draft.letter.exhibitIds).toEqual([]);

    const export_ = (exhibitIds: string[]) =>
      handlers['draft:export-docx'](
        { draft: { ...draft, letter: { ...draft.letter, exhibitIds } }, parts, allowIncomplete: true },
        webContext,
      );
    const plain = documentText(await export_([]));
    expect(plain).not.toContain('INDEX OF EXHIBITS');
    expect(plain).not.toMatch(/EXHIBIT [A-C]/);
    expect(plain).not.toContain('General Order 301.00');

    // Given exhibits of its own, it encloses those (labels from the records list, given only to exhibits that
    // go out, so the withheld memo takes none) and leaves the withheld out.
    const enclosed = await export_(['log', 'memo']);
    const text = documentText(enclosed);
    expect(text).toContain('INDEX OF EXHIBITS');
    expect(text).toContain('EXHIBIT B');
    expect(text).toContain('Detainer log');
    expect(text).not.toMatch(/EXHIBIT [AC]/);
    expect(text).not.toContain('Legal memorandum');
    expect(text).not.toContain('Privileged advice');
    expect(enclosed.problems.map((p) => p.kind)).toContain('withheld-exhibit');
  });
});
