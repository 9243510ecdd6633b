// The review before a letter leaves (issue 15): each rule on a small letter of our own, and the shipped templates
// where a front-matter flag (`answers: requests`, `sworn: true`) decides the rule.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BlockNode } from '../../../core/document/model';
import { blocksToPlainText } from '../../../core/document/plain-text';
import { newMatter } from '../../../core/matter/new-matter';
import { newMatterFile, type Draft, type MatterFile } from '../../../core/matter-file/matter-file';
import { bindDraft, type BindOptions } from '../../../core/pipeline/bind-draft';
import { bindDraftNow, newDraft } from '../../../core/pipeline/render-draft';
import { recordSchema } from '../../../core/records/record';
import { buildTemplateSet, type TemplateSourceFile } from '../../../core/template/template-set';
import { policyExcerpt } from '../../support/excerpt-fixture';
import { exampleFile, exampleLetter } from '../../templates/example-matter-file';

/** A letter answering each request, with a signature block that prints the State Bar number. */
const letterTemplate = (flags: string) => `---
id: letter
title: Letter
encloses: exhibits
${flags}
fields:
  - path: letter.date
    type: date
  - path: inquiry.requests
    type: list
  - path: inquiry.requests[].number
  - path: inquiry.requests[].status
    type: choice
  - path: signatory.name
  - path: signatory.barNumber
  - path: letter.exhibits
    type: list
  - path: letter.exhibits[].exhibitLabel
  - path: letter.exhibits[].description
---
:::date-line
{{legalDate letter.date}}
:::

:::address-block
Office of the Attorney General
:::

{{#each inquiry.requests}}
Request No. {{number}}: {{status}}.

{{/each}}
:::signature-block
{{signatory.name}}
State Bar No. {{signatory.barNumber}}
:::

{{#if letter.exhibits}}
:::enclosures
{{#each letter.exhibits}}
Exhibit {{exhibitLabel}}: {{description}}
{{/each}}
:::
{{/if}}
`;

const sourcesOf = (text: string) => ({ templates: [{ path: 'templates/letter.md', text }], partials: [] });

function matterFile(): MatterFile {
  const matter = newMatter();
  matter.inquiry.requests = ['1', '2'].map((number) => ({
    number,
    text: `Request ${number}`,
    status: 'produced' as const,
    answer: '',
    basis: '',
  }));
  matter.signatory = { name: 'Pat Example', title: 'City Attorney', barNumber: '24000000' };
  const file = newMatterFile(matter);
  file.excerpts = [policyExcerpt('x1', 'Officers will not ask about status.')];
  file.records = [
    recordSchema.parse({ id: 'policy', description: 'General Order', exhibit: true, excerptId: 'x1' }),
    recordSchema.parse({ id: 'memo', description: 'Training memo', pages: 2 }),
    recordSchema.parse({ id: 'advice', description: 'Legal advice', status: 'withheld', basis: 'Rule 503' }),
  ];
  return file;
}

function draftOf(file: MatterFile, flags = '', date = '2025-03-20'): Draft {
  const sources = sourcesOf(letterTemplate(flags));
  const set = buildTemplateSet(sources.templates, sources.partials);
  return newDraft({ set, sources, template: 'letter', file, id: 'd', now: new Date(), letter: { date } });
}

const ref = (exhibitId: string): BlockNode => ({
  type: 'paragraph',
  children: [
    { text: 'The order is enclosed as Exhibit ' },
    { type: 'exhibit-ref', exhibitId, label: '?', children: [{ text: '' }] },
    { text: '.' },
  ],
});

/** Binds the draft with its letter edited by `edit` (kept as the base too, so the edit stands). */
function review(file: MatterFile, draft: Draft, edit = (b: BlockNode[]) => b, options: BindOptions = {}) {
  const body = edit(draft.body);
  return bindDraft(file, { ...draft, body, base: body }, body, options).problems;
}

const without = (words: string) => (blocks: BlockNode[]) =>
  blocks.filter((block) => !blocksToPlainText([block]).includes(words));
const withRef = (blocks: BlockNode[]) => [ref('policy'), ...blocks];
const kinds = (problems: { kind: string }[]) => problems.map((p) => p.kind);

describe('review: requests', () => {
  it('warns about a request the letter answers that is still pending, at its status', () => {
    const file = matterFile();
    file.matter.inquiry.requests[1]!.status = 'pending';
    const problems = review(file, draftOf(file), withRef);
    expect(problems.filter((p) => p.kind === 'pending-request')).toEqual([
      expect.objectContaining({ severity: 'warn', path: 'inquiry.requests.1.status' }),
    ]);
  });

  it('stops a letter that answers every request when it leaves one out', () => {
    const file = matterFile();
    const problems = review(file, draftOf(file, 'answers: requests'), (b) => withRef(without('No. 2')(b)));
    expect(problems.filter((p) => p.kind === 'unanswered-request')).toEqual([
      expect.objectContaining({ severity: 'stop', path: 'inquiry.requests.1' }),
    ]);
    expect(kinds(review(file, draftOf(file), (b) => withRef(without('No. 2')(b))))).not.toContain(
      'unanswered-request',
    );
  });
});

describe('review: records and exhibits', () => {
  it('warns about a produced record the letter never cites, once it cites the production', () => {
    const file = matterFile();
    const problems = review(file, draftOf(file), withRef);
    expect(problems.filter((p) => p.kind === 'uncited-record')).toEqual([
      expect.objectContaining({ severity: 'warn', recordId: 'memo' }),
    ]);
    const none = { ...draftOf(file), letter: { ...draftOf(file).letter, exhibitIds: [] } };
    expect(kinds(review(file, none))).not.toContain('uncited-record');
  });

  it('warns about an enclosed exhibit the text never mentions, not one it refers to or names', () => {
    const file = matterFile();
    const draft = draftOf(file);
    expect(review(file, draft).find((p) => p.kind === 'unreferenced-exhibit')).toMatchObject({
      severity: 'warn',
      recordId: 'policy',
    });
    expect(kinds(review(file, draft, withRef))).not.toContain('unreferenced-exhibit');
    const typed = (b: BlockNode[]): BlockNode[] => [
      { type: 'paragraph', children: [{ text: 'See Exhibit A.' }] },
      ...b,
    ];
    expect(kinds(review(file, draft, typed))).not.toContain('unreferenced-exhibit');
  });

  it('reports the excerpt of an enclosed exhibit whose source changed (stop) or left the library (warn)', () => {
    const file = matterFile();
    const draft = draftOf(file);
    const check = (status: 'changed' | 'missing') =>
      review(file, draft, withRef, { excerptChecks: [{ excerptId: 'x1', status, message: 'Look.' }] }).filter(
        (p) => p.kind === 'excerpt-source-changed',
      );
    expect(check('changed')).toEqual([expect.objectContaining({ severity: 'stop', recordId: 'policy' })]);
    expect(check('missing')).toEqual([expect.objectContaining({ severity: 'warn', recordId: 'policy' })]);
    const notEnclosed = { ...draft, letter: { ...draft.letter, exhibitIds: [] } };
    const options = { excerptChecks: [{ excerptId: 'x1', status: 'changed' as const, message: 'Look.' }] };
    expect(kinds(review(file, notEnclosed, withRef, options))).not.toContain('excerpt-source-changed');
  });

  it('stops on a withheld record with no basis, though the letter does not print the basis', () => {
    const file = matterFile();
    file.records[2] = { ...file.records[2]!, basis: '' };
    expect(review(file, draftOf(file), withRef).filter((p) => p.kind === 'withheld-without-basis')).toEqual([
      expect.objectContaining({ severity: 'stop', recordId: 'advice' }),
    ]);
    file.records[2] = { ...file.records[2]!, basis: '[Fill: basis]', status: 'partly-withheld' };
    expect(kinds(review(file, draftOf(file), withRef))).toContain('withheld-without-basis');
  });
});

describe('review: the deadline', () => {
  it('stops a letter dated after the deadline, naming it', () => {
    const file = matterFile();
    file.matter.inquiry.deadline = '2025-03-24';
    const late = review(file, draftOf(file, '', '2025-03-25'), withRef).find(
      (p) => p.kind === 'dated-after-deadline',
    );
    expect(late).toMatchObject({ severity: 'stop', path: 'letter.date' });
    expect(late!.message).toContain('March 24, 2025');
    file.matter.response.extensionDate = '2025-04-07';
    expect(kinds(review(file, draftOf(file, '', '2025-03-25'), withRef))).not.toContain(
      'dated-after-deadline',
    );
  });

  it('holds an internal memorandum (no addressee) to no deadline', () => {
    const file = matterFile();
    file.matter.inquiry.deadline = '2025-03-24';
    const memo = (blocks: BlockNode[]) => withRef(blocks.filter((b) => b.type !== 'address-block'));
    const problems = review(file, draftOf(file, '', '2025-03-25'), memo, { today: '2025-03-21' });
    expect(kinds(problems)).not.toContain('dated-after-deadline');
    expect(kinds(problems)).not.toContain('deadline-near');
  });

  it('warns when the deadline is two business days away or less, Texas holidays not counted', () => {
    const file = matterFile();
    file.matter.inquiry.deadline = '2025-03-24';
    const near = (today: string) =>
      review(file, draftOf(file, '', today), withRef, { today }).filter((p) => p.kind === 'deadline-near');
    expect(near('2025-03-20')).toEqual([
      {
        kind: 'deadline-near',
        severity: 'warn',
        path: 'inquiry.deadline',
        message: 'The response is due on March 24, 2025, in 2 business days.',
      },
    ]);
    expect(near('2025-03-17')).toEqual([]);
    // Memorial Day (May 26, 2025) does not count: Thursday to the Tuesday after is two business days.
    file.matter.inquiry.deadline = '';
    file.matter.response.extensionDate = '2025-05-27';
    expect(near('2025-05-22')).toEqual([
      expect.objectContaining({
        path: 'response.extensionDate',
        message: 'The response is due on May 27, 2025, in 2 business days.',
      }),
    ]);
  });
});

describe('review: signature and sworn forms', () => {
  it('stops a signature block that prints a State Bar number the matter does not have, once', () => {
    const file = matterFile();
    file.matter.signatory.barNumber = '';
    expect(review(file, draftOf(file), withRef).filter((p) => p.path === 'signatory.barNumber')).toEqual([
      expect.objectContaining({ kind: 'missing-bar-number', severity: 'stop' }),
    ]);
    // A placeholder is already an empty field at the same path: one stop, not two.
    file.matter.signatory.barNumber = '[Fill: State Bar No.]';
    expect(review(file, draftOf(file), withRef).filter((p) => p.path === 'signatory.barNumber')).toEqual([
      expect.objectContaining({ kind: 'empty-field', severity: 'stop' }),
    ]);
    file.matter.signatory.barNumber = '24000000';
    expect(kinds(review(file, draftOf(file), withRef))).not.toContain('missing-bar-number');
  });

  it('stops a sworn form (the shipped certificate) whose jurat was taken out', () => {
    const set = shippedSet();
    expect(set.templates.get('custodian-certification')!.sworn).toBe(true);
    expect(set.templates.get('business-records-affidavit')!.sworn).toBe(true);
    const file = exampleFile();
    const draft = shippedDraft('custodian-certification', file);
    expect(kinds(review(file, draft))).not.toContain('missing-jurat');
    expect(
      review(file, draft, without('penalty of perjury')).find((p) => p.kind === 'missing-jurat'),
    ).toMatchObject({ severity: 'stop' });
  });
});

describe('review: the shipped substantive response and a stale draft', () => {
  it('answers every request: leaving one out stops it', () => {
    expect(shippedSet().templates.get('substantive-response')!.answers).toBe('requests');
    const file = exampleFile();
    const draft = shippedDraft('substantive-response', file);
    expect(kinds(review(file, draft))).not.toContain('unanswered-request');
    const cut = (blocks: BlockNode[]) => {
      const at = blocks.findIndex((b) => blocksToPlainText([b]) === 'Request No. 4');
      const next = blocks.findIndex((b, i) => i > at && b.type === 'heading');
      return [...blocks.slice(0, at), ...blocks.slice(next)];
    };
    expect(review(file, draft, cut).find((p) => p.kind === 'unanswered-request')).toMatchObject({
      severity: 'stop',
      path: 'inquiry.requests.3',
    });
    // A draft that keeps no template (an older file) is reviewed as the folder's template says.
    const older = { ...draft, template: undefined, body: cut(draft.body) };
    expect(kinds(bindDraftNow(file, older, shippedSet()).problems)).toContain('unanswered-request');
  });

  it('warns that a stored draft was out of date with the matter', () => {
    const file = matterFile();
    const draft = draftOf(file);
    file.matter.inquiry.requests.push({ ...file.matter.inquiry.requests[0]!, number: '3' });
    expect(bindDraftNow(file, draft).problems.find((p) => p.kind === 'out-of-date')).toEqual({
      kind: 'out-of-date',
      severity: 'warn',
      message: 'This draft was out of date with the matter; the export uses the matter as it is now.',
    });
    const current = bindDraftNow(file, draft);
    const again = bindDraftNow(file, { ...draft, body: current.body, base: current.base });
    expect(kinds(again.problems)).not.toContain('out-of-date');
  });
});

const TEMPLATES = path.resolve(import.meta.dirname, '../../../templates');
const read = (folder: string): TemplateSourceFile[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ path: path.join(folder, name), text: readFileSync(path.join(folder, name), 'utf8') }));
const shippedSources = () => ({
  templates: read(TEMPLATES),
  partials: read(path.join(TEMPLATES, 'partials')),
});
const shippedSet = () => {
  const sources = shippedSources();
  return buildTemplateSet(sources.templates, sources.partials);
};
const shippedDraft = (template: string, file: MatterFile): Draft =>
  newDraft({
    set: shippedSet(),
    sources: shippedSources(),
    template,
    file,
    id: template,
    now: new Date(),
    letter: exampleLetter(),
  });
