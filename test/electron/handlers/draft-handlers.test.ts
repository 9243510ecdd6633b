import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft, Matter } from '../../../core/api/contract';
import { matterSchema } from '../../../core/matter/schema';
import { newMatter } from '../../../core/matter/new-matter';
import type { Handlers } from '../../../electron/handlers';
import { desktopContext, repoRoot, servicesForTest, webContext } from '../../support/desk-services-fixture';
import { refusal } from '../../support/refusal';

let handlers: Handlers;
let example: Matter;

beforeAll(async () => {
  handlers = (await servicesForTest()).handlers;
  example = matterSchema.parse(
    JSON.parse(readFileSync(path.join(repoRoot, 'examples', 'dallas-ag-inquiry.json'), 'utf8')),
  );
  // The example leaves the working dates open; a finished matter has them.
  example.inquiry.receivedDate ||= '2025-03-10';
  example.inquiry.deadline ||= '2025-03-24';
  example.response.letterDate ||= '2025-03-20';
});

const generate = (templateId: string, matter: Matter): Promise<Draft> =>
  handlers['draft:generate']({ templateId, matter }, webContext);

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
    expect(draft.document.children.length).toBeGreaterThan(3);
  });

  it('says when there is no such template', async () => {
    expect((await refusal(generate('no-such-template', example))).code).toBe('not-found');
  });
});

describe('draft:export-docx', () => {
  it('refuses an incomplete matter with the list of empty required fields', async () => {
    const draft = await generate('acknowledgment', newMatter());
    const error = await refusal(handlers['draft:export-docx']({ draft, matter: newMatter() }, webContext));
    expect(error.code).toBe('incomplete-matter');
    expect(error.details?.length).toBeGreaterThan(0);
    expect(error.message).toContain('export anyway');
  });

  it('exports anyway as a marked draft, returning the bytes in browser mode', async () => {
    const draft = await generate('acknowledgment', newMatter());
    const result = await handlers['draft:export-docx'](
      { draft, matter: newMatter(), allowIncomplete: true },
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
    const written = await handlers['draft:export-docx'](
      { draft, matter: example, path: path.join(dir, 'ack') },
      webContext,
    );
    expect(written).toMatchObject({ path: path.join(dir, 'ack.docx'), base64: '', incomplete: [] });
    expect(readFileSync(written.path).subarray(0, 2).toString()).toBe('PK');

    const chosen = path.join(dir, 'chosen.docx');
    const desktop = desktopContext({ save: chosen });
    expect((await handlers['draft:export-docx']({ draft, matter: example }, desktop.ctx)).path).toBe(chosen);
    expect(desktop.calls[0]).toMatch(/^save docx .+\.docx$/);
    const cancelled = await refusal(
      handlers['draft:export-docx']({ draft, matter: example }, desktopContext().ctx),
    );
    expect(cancelled.code).toBe('cancelled');
  });
});
