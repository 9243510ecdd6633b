// `draft:review`: the renderer's "Review before sending" gets every problem of the draft from the same bind
// as export, without exporting anything.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../electron/handlers';
import { newMatter } from '../../../core/matter/new-matter';
import { matterParts, newMatterFile, type MatterParts } from '../../../core/matter-file/matter-file';
import { recordSchema } from '../../../core/records/record';
import { servicesForTest, webContext } from '../../support/desk-services-fixture';
import { policyExcerpt } from '../../support/excerpt-fixture';

let handlers: Handlers;

beforeAll(async () => {
  handlers = (await servicesForTest()).handlers;
});

const blank = (): MatterParts => matterParts(newMatterFile(newMatter()));

describe('draft:review', () => {
  it('lists the problems export refuses on, each a stop with a field to go to', async () => {
    const parts = blank();
    const generated = await handlers['draft:generate']({ templateId: 'acknowledgment', parts }, webContext);
    const draft = { ...generated, letter: { ...generated.letter, date: '' } };
    const { problems } = await handlers['draft:review']({ draft, parts }, webContext);
    const dateProblem = problems.find((p) => p.path === 'letter.date');
    expect(dateProblem).toMatchObject({ severity: 'stop' });
    expect(dateProblem?.message).toMatch(/\S/);
    expect(problems.some((p) => p.path === 'inquiry.receivedDate')).toBe(true);
  });

  it('lists fewer problems once a field is filled', async () => {
    const parts = blank();
    const draft = await handlers['draft:generate']({ templateId: 'acknowledgment', parts }, webContext);
    const before = await handlers['draft:review']({ draft, parts }, webContext);
    parts.matter.inquiry.receivedDate = '2025-03-10';
    const after = await handlers['draft:review']({ draft, parts }, webContext);
    expect(after.problems.some((p) => p.path === 'inquiry.receivedDate')).toBe(false);
    expect(after.problems.length).toBeLessThan(before.problems.length);
  });

  it('compares an enclosed exhibit with the library: a source no longer there is named', async () => {
    const parts = blank();
    parts.excerpts = [policyExcerpt('x1', 'Officers shall forward every detainer request.')];
    parts.records = [
      recordSchema.parse({ id: 'go', description: 'General Order 301.00', excerptId: 'x1', exhibit: true }),
    ];
    const draft = await handlers['draft:generate']({ templateId: 'substantive-response', parts }, webContext);
    expect(draft.letter.exhibitIds).toEqual(['go']);
    const { problems } = await handlers['draft:review']({ draft, parts }, webContext);
    const drift = problems.find((p) => p.kind === 'excerpt-source-changed');
    expect(drift).toMatchObject({ severity: 'warn', recordId: 'go' });
    expect(drift?.message).toMatch(/^Exhibit A \(General Order 301\.00\): /);
  });
});
