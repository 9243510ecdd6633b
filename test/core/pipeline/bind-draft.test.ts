import { describe, expect, it } from 'vitest';
import type { BlockNode, MatterUpdateNode } from '../../../core/document/model';
import { blocksToPlainText } from '../../../core/document/plain-text';
import { newMatter } from '../../../core/matter/new-matter';
import { newMatterFile, type MatterFile } from '../../../core/matter-file/matter-file';
import { bindDraft } from '../../../core/pipeline/bind-draft';
import { bindDraftNow, newDraft, renderLetter } from '../../../core/pipeline/render-draft';
import { recordSchema } from '../../../core/records/record';
import { buildTemplateSet } from '../../../core/template/template-set';

// A response letter in miniature: a per-letter date, an answer per request that depends on its status, a
// withholding statement that appears only when something is withheld, and an enclosures list.
const RESPONSE = `---
id: response
title: Response
encloses: exhibits
fields:
  - path: letter.date
    type: date
    required: true
  - path: inquiry.requests
    type: list
  - path: inquiry.requests[].number
  - path: inquiry.requests[].status
    type: choice
  - path: records.withheld
    type: list
  - path: records.withheld[].description
  - path: records.withheld[].basis
    label: Basis for withholding
    required: true
  - path: letter.exhibits
    type: list
  - path: letter.exhibits[].exhibitLabel
  - path: letter.exhibits[].description
  - path: requestingOffice.contactName
---
:::date-line
{{legalDate letter.date}}
:::

:::address-block
{{requestingOffice.contactName}}
:::

Dear Counsel:

{{#each inquiry.requests}}
### Request No. {{number}}

{{#if (eq status "withheld")}}The City is withholding the records it located.{{else}}{{#if (eq status "no-records")}}The City located no responsive records.{{else}}The City's review is continuing.{{/if}}{{/if}}

{{/each}}
{{#if records.withheld}}
## Records Withheld

{{#each records.withheld}}
- {{description}}: {{basis}}
{{/each}}
{{/if}}

Sincerely,

{{#if letter.exhibits}}
:::enclosures
{{#each letter.exhibits}}
Exhibit {{exhibitLabel}}: {{description}}
{{/each}}
:::
{{/if}}
`;

const set = buildTemplateSet([{ path: 'templates/response.md', text: RESPONSE }], []);
const sources = { templates: [{ path: 'templates/response.md', text: RESPONSE }], partials: [] };

function matterFile(): MatterFile {
  const matter = newMatter();
  matter.requestingOffice.contactName = 'Jane Roe';
  matter.inquiry.requests = ['1', '2', '3'].map((number) => ({
    number,
    text: `Request ${number}`,
    status: 'pending' as const,
    answer: '',
    basis: '',
  }));
  const file = newMatterFile(matter);
  file.records = [
    recordSchema.parse({ id: 'policy', description: 'General Order 301.00', exhibit: true, pages: 4 }),
    recordSchema.parse({
      id: 'memo',
      description: 'Legal memo',
      exhibit: true,
      pages: 2,
      basis: "Tex. Gov't Code § 552.107(1)",
    }),
  ];
  file.exhibitSettings.bates = { enabled: true, prefix: 'DAL-AG-', start: 1, digits: 6 };
  return file;
}

const draftFor = (file: MatterFile, date: string) =>
  newDraft({
    set,
    sources,
    template: 'response',
    file,
    id: `d-${date}`,
    now: new Date(`${date}T12:00:00`),
    letter: { date },
  });

const text = (blocks: readonly BlockNode[]) => blocksToPlainText(blocks);
const paragraphWith = (blocks: BlockNode[], words: string) =>
  blocks.findIndex((b) => text([b]).includes(words));

describe('bindDraft', () => {
  it('dates each letter by its own facts, in the date line and the continuation header', () => {
    const file = matterFile();
    const ack = draftFor(file, '2025-03-12');
    const response = draftFor(file, '2025-03-20');
    file.drafts = [ack, response];
    const boundAck = bindDraftNow(file, ack);
    const boundResponse = bindDraftNow(file, {
      ...response,
      letter: { ...response.letter, date: '2025-03-21' },
    });
    expect(boundAck.document.continuation.date).toBe('March 12, 2025');
    expect(text(boundAck.document.children)).toContain('March 12, 2025');
    expect(boundResponse.document.continuation).toEqual({ addressee: 'Jane Roe', date: 'March 21, 2025' });
    expect(text(boundResponse.document.children)).toContain('March 21, 2025');
    expect(text(boundResponse.document.children)).not.toContain('March 20, 2025');
  });

  it('heads later pages with the date page 1 bears, even one the attorney typed over', () => {
    const file = matterFile();
    const draft = draftFor(file, '2025-03-20');
    const body = draft.body.map((b) =>
      b.type === 'date-line'
        ? { ...b, children: [{ type: 'paragraph' as const, children: [{ text: 'March 21, 2025' }] }] }
        : b,
    );
    expect(bindDraftNow(file, { ...draft, body }).document.continuation.date).toBe('March 21, 2025');
  });

  it('heads the later pages of a document addressed to no one (a log) with its title, not a recipient', () => {
    const file = matterFile();
    file.matter.recipients = [{ name: 'Someone Else', title: '', organization: '', address: '', email: '' }];
    const draft = draftFor(file, '2025-03-20');
    const body: BlockNode[] = [
      { type: 'paragraph', children: [{ text: 'CITY OF DALLAS' }] },
      { type: 'heading', level: 1, children: [{ text: 'Log of Records Withheld or Redacted' }] },
      { type: 'heading', level: 2, children: [{ text: 'Notes' }] },
    ];
    const bound = bindDraft(file, { ...draft, body, base: body }, body);
    expect(bound.document.continuation).toEqual({
      addressee: 'Log of Records Withheld or Redacted',
      date: '',
    });
  });

  it('answers follow the request statuses while the attorney edits elsewhere survive', () => {
    const file = matterFile();
    const draft = draftFor(file, '2025-03-20');
    const body = [...draft.body];
    body.splice(paragraphWith(body, 'Dear Counsel'), 1, {
      type: 'paragraph',
      children: [{ text: 'Dear Ms. Roe, thank you for your patience.' }],
    });
    file.matter.inquiry.requests[1]!.status = 'withheld';
    file.matter.inquiry.requests[2]!.status = 'no-records';
    const bound = bindDraftNow(file, { ...draft, body });
    const out = text(bound.document.children);
    expect(bound.changed).toBe(true);
    expect(out).toContain('Dear Ms. Roe, thank you for your patience.');
    expect(out).toMatch(/Request No\. 2\s+The City is withholding the records it located\./);
    expect(out).toMatch(/Request No\. 3\s+The City located no responsive records\./);
    expect(bound.pendingUpdates).toBe(0);
  });

  it('turns a change inside an edited answer into an update to review, and keeps the attorney text until then', () => {
    const file = matterFile();
    const draft = draftFor(file, '2025-03-20');
    const body = [...draft.body];
    const at = body.findIndex(
      (b, i) => i > paragraphWith(body, 'Request No. 2') && text([b]).startsWith("The City's review"),
    );
    body[at] = {
      type: 'paragraph',
      children: [{ text: "The City's review is continuing; it expects to finish by April 4." }],
    };
    file.matter.inquiry.requests[1]!.status = 'withheld';
    const bound = bindDraftNow(file, { ...draft, body });
    const update = bound.body.find((b): b is MatterUpdateNode => b.type === 'matter-update');
    expect(text(update!.children)).toBe("The City's review is continuing; it expects to finish by April 4.");
    expect(text(update!.proposed)).toBe('The City is withholding the records it located.');
    expect(bound.pendingUpdates).toBe(1);
    expect(bound.problems.map((p) => p.kind)).toContain('update-to-review');
    // The letter as exported says what the attorney wrote until the update is accepted.
    expect(text(bound.document.children)).toContain('expects to finish by April 4');
  });

  it('shows the withholding statement only while something is withheld, and never encloses a withheld record', () => {
    const file = matterFile();
    const draft = draftFor(file, '2025-03-20');
    expect(draft.letter.exhibitIds).toEqual(['policy', 'memo']);
    expect(text(bindDraftNow(file, draft).document.children)).not.toContain('Records Withheld');
    file.records[1] = { ...file.records[1]!, status: 'withheld' };
    const bound = bindDraftNow(file, draft);
    const out = text(bound.document.children);
    expect(out).toContain('Records Withheld');
    expect(out).toContain("Legal memo: Tex. Gov't Code § 552.107(1)");
    expect(out).toContain('Exhibit A: General Order 301.00');
    expect(out).not.toContain('Exhibit B');
    expect(bound.enclosed.map((e) => e.id)).toEqual(['policy']);
    expect(bound.docx.exhibitSet?.exhibits.map((e) => e.label)).toEqual(['A']);
    expect(bound.problems.find((p) => p.kind === 'withheld-exhibit')?.message).toMatch(
      /Legal memo is marked withheld/,
    );
  });

  it('names the record, not a path, when a record lacks a value the letter needs', () => {
    const file = matterFile();
    file.records[1] = { ...file.records[1]!, status: 'withheld', basis: '' };
    const problem = bindDraftNow(file, draftFor(file, '2025-03-20')).problems.find(
      (p) => p.kind === 'empty-field',
    );
    expect(problem).toMatchObject({
      recordId: 'memo',
      message: 'Basis for withholding is empty for record 2 (Legal memo); fill it in the records list.',
    });
  });

  it('keeps a note with its request when an earlier request is removed', () => {
    const file = matterFile();
    const draft = draftFor(file, '2025-03-20');
    const body = [...draft.body];
    const answer2 = paragraphWith(body, 'Request No. 2') + 1;
    body.splice(answer2 + 1, 0, { type: 'paragraph', children: [{ text: 'A note about request 2.' }] });
    file.matter.inquiry.requests = file.matter.inquiry.requests.slice(1);
    const bound = bindDraftNow(file, { ...draft, body });
    expect(bound.pendingUpdates).toBe(0);
    expect(text(bound.document.children)).toMatch(
      /Request No\. 2\s+The City's review is continuing\.\s+A note about request 2\.\s+Request No\. 3/,
    );
    expect(text(bound.document.children)).not.toContain('Request No. 1');
  });

  it('letters only the exhibits that go out, and flags a reference to one marked withheld', () => {
    const file = matterFile();
    const draft = draftFor(file, '2025-03-20');
    const ref = (id: string) => ({
      type: 'exhibit-ref' as const,
      exhibitId: id,
      label: '?',
      children: [{ text: '' }] as [{ text: '' }],
    });
    const body = [
      ...draft.body,
      {
        type: 'paragraph' as const,
        children: [{ text: 'See ' }, ref('memo'), { text: ' and ' }, ref('policy'), { text: '.' }],
      },
    ];
    file.records = [{ ...file.records[1]!, status: 'withheld' }, file.records[0]!];
    const bound = bindDraftNow(file, { ...draft, body });
    expect(text(bound.document.children)).toContain('See [withheld] and A.');
    expect(bound.views.exhibits.map((v) => [v.id, v.exhibitLabel])).toEqual([['policy', 'A']]);
    expect(bound.problems.find((p) => p.kind === 'deleted-exhibit-reference')?.message).toBe(
      'The letter refers to Legal memo as an exhibit, but it is marked withheld; it prints as "Exhibit [withheld]".',
    );
  });

  it('counts "[Confirm: …]" and "[Fill: …]" as not filled in, in a field or typed into the text', () => {
    const file = matterFile();
    file.matter.requestingOffice.contactName = '[Confirm: name of the person who signed]';
    const draft = draftFor(file, '2025-03-20');
    const body = [
      ...draft.body,
      { type: 'paragraph' as const, children: [{ text: 'Received on [Fill: date].' }] },
    ];
    const bound = bindDraftNow(file, { ...draft, body });
    expect(bound.missing).toContainEqual({
      path: 'requestingOffice.contactName',
      label: 'Contact at the requesting office',
      placeholder: '[Confirm: name of the person who signed]',
    });
    const messages = bound.problems.filter((p) => p.severity === 'stop').map((p) => p.message);
    expect(messages).toContain(
      'Contact at the requesting office still holds "[Confirm: name of the person who signed]".',
    );
    expect(messages.some((m) => /^Paragraph \d+ of the letter still holds "\[Fill: date\]"/.test(m))).toBe(
      true,
    );
  });

  it('computes Bates ranges from page counts and the settings', () => {
    const file = matterFile();
    const bound = bindDraftNow(file, draftFor(file, '2025-03-20'));
    expect(bound.views.produced.map((v) => v.batesRange)).toEqual([
      'DAL-AG-000001 – DAL-AG-000004',
      'DAL-AG-000005 – DAL-AG-000006',
    ]);
  });

  it('is a no-op on a draft already bound to the matter', () => {
    const file = matterFile();
    const draft = draftFor(file, '2025-03-20');
    const bound = bindDraft(file, draft, renderLetter(file, draft));
    expect(bound.changed).toBe(false);
    expect(bound.body.every((b, i) => b === draft.body[i] || text([b]) === text([draft.body[i]!]))).toBe(
      true,
    );
  });
});
