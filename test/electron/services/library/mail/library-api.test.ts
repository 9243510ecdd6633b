// The library's mail channels as the renderer calls them: a background import of a custodian's folder with
// progress and a summary, filters by custodian, sender, recipient, dates and kind, a message with its
// attachments, its thread in order, and the family that goes into the records.
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contract, type Channel, type ParsedRequestOf } from '../../../../../core/api/contract';
import type { ImportJobStatus } from '../../../../../core/library/mail-types';
import { createLibraryHandlers } from '../../../../../electron/handlers/library-handlers';
import { LibraryService } from '../../../../../electron/services/library/library-service';
import { tempDir } from '../../../../support/library-fixtures';
import { mail } from './mail-fixtures';

const ctx = { mode: 'web' as const, shell: null };
const library = new LibraryService(tempDir());
const handlers = createLibraryHandlers(library);
const call = <C extends keyof typeof handlers & Channel>(c: C, request: unknown) =>
  handlers[c](contract[c].request.parse(request) as ParsedRequestOf<C>, ctx) as ReturnType<
    (typeof handlers)[C]
  >;
afterAll(() => library.shutdown());

async function importAndWait(paths: string[], custodian: string): Promise<ImportJobStatus> {
  const { jobId } = await call('library:import-start', { paths, custodian });
  for (;;) {
    const status = await call('library:import-status', { jobId });
    if (status.summary) return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the library API for mail', () => {
  it('imports in the background, then filters, shows, threads and gathers a family', async () => {
    const ruiz = tempDir();
    mkdirSync(path.join(ruiz, 'sent'));
    cpSync(mail('commanders.mbox'), path.join(ruiz, 'commanders.mbox'));
    cpSync(mail('forwarded-memo.msg'), path.join(ruiz, 'sent', 'forwarded.msg'));
    const first = await importAndWait([ruiz], 'Ana Ruiz');
    expect(first.summary).toMatchObject({ imported: 5, duplicates: 1, cancelled: false });
    expect(first.summary!.failed.map((f) => f.item)).toEqual(['commanders.mbox, message 3']);
    await importAndWait([mail('chief-directive.eml')], 'Chief of Police');
    expect(await call('library:custodians', {})).toEqual(['Ana Ruiz', 'Chief of Police']);

    const titles = async (filters: object, query = '') =>
      (await call('library:filter', { query, filters, limit: 50 })).map((h) => h.title).sort();
    expect(await titles({ custodian: 'chief of police' })).toEqual([
      'Handling of detainer requests',
      'log-form.txt',
    ]);
    expect(await titles({ sender: 'lee@dpd' })).toEqual([
      'RE: Handling of detainer requests',
      'Re: Handling of detainer requests',
    ]);
    expect(await titles({ recipient: 'records custodian', kind: 'communication' })).toEqual([
      'FW: Revisión: détainer requests (política)',
      'Revisión: détainer requests (política)',
    ]);
    expect(await titles({ dateFrom: '2025-03-05', dateTo: '2025-03-05', kind: 'communication' })).toEqual([
      'FW: Revisión: détainer requests (política)',
      'RE: Handling of detainer requests',
    ]);
    expect(await titles({ sender: 'ruiz' }, 'division')).toEqual(['Re: Handling of detainer requests']);
    expect(await titles({ sender: 'ruiz' }, 'checklist')).toEqual([]);

    const [memoHit] = await call('library:filter', { query: '', filters: { sender: 'núñez' }, limit: 5 });
    const memo = await call('library:source', { id: memoHit!.sourceId });
    expect(memo.mail?.attachments.map((a) => a.fileName)).toEqual([
      'Checklist.docx',
      'Routing sheet.pdf',
      'Política – résumé.txt',
    ]);
    expect(memo.custodians).toEqual(['Ana Ruiz']);
    expect(memo.attachedTo.map((m) => m.title)).toEqual(['FW: Revisión: détainer requests (política)']);

    const thread = await call('library:thread', { id: memo.id });
    expect(thread.map((m) => m.sentAt)).toEqual([...thread.map((m) => m.sentAt)].sort());
    expect(thread).toHaveLength(6);

    const family = await call('library:family', { id: memo.id, thread: false });
    expect(family.members.map((m) => [m.source.title, m.parentId === memo.id])).toEqual([
      ['Revisión: détainer requests (política)', false],
      ['Checklist.docx', true],
      ['Routing sheet.pdf', true],
      ['Política – résumé.txt', true],
    ]);
    const whole = await call('library:family', { id: memo.id, thread: true });
    expect(whole.members.filter((m) => m.mail).map((m) => m.source.title)).toEqual(
      thread.map((m) => m.title),
    );
  });

  it('cancels a background import, and says so for a source that is not a message', async () => {
    const { jobId } = await call('library:import-start', { paths: [mail('commanders.mbox')], custodian: '' });
    expect(await call('library:import-cancel', { jobId })).toEqual({ cancelled: true });
    let status = await call('library:import-status', { jobId });
    while (!status.summary) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = await call('library:import-status', { jobId });
    }
    expect(status.summary.cancelled).toBe(true);
    const [attachment] = await call('library:filter', { query: 'log form', filters: {}, limit: 1 });
    await expect(call('library:family', { id: attachment!.sourceId, thread: true })).rejects.toThrow(
      'is not an email message',
    );
    await expect(call('library:import-status', { jobId: 'nope' })).rejects.toThrow(
      'No import nope is running',
    );
  });
});
