// Mailboxes and folders: an mbox with a bad message and a duplicate, the same message from two custodians,
// conversations threaded by reply headers and by subject, progress, cancel and resume.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchProgress } from '../../../../../core/library/library-types';
import { runImport } from '../../../../../electron/services/library/mail/import-run';
import { MailQueries } from '../../../../../electron/services/library/mail/mail-queries';
import { tempDir } from '../../../../support/library-fixtures';
import { idOf, library, mail } from './mail-fixtures';

describe('importing an mbox', () => {
  it('imports every message, names the bad one and counts the repeated one as a duplicate', async () => {
    const db = library();
    const { summary, outcomes } = await runImport(db, [mail('commanders.mbox')], { custodian: 'Ana Ruiz' });
    expect(summary).toMatchObject({ imported: 4, duplicates: 1, attachments: 1, cancelled: false });
    expect(summary.failed).toEqual([
      {
        item: 'commanders.mbox, message 3',
        message:
          'commanders.mbox, message 3 could not be read: it has no message headers (From, To, Date, Subject) before its text. The other messages were imported.',
      },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      'imported',
      'imported',
      'failed',
      'imported',
      'already-in-library',
      'imported',
    ]);
    const chief = db.get(idOf(outcomes[0]))!;
    // The body line the mailbox escaped as ">From now on" is the sender's "From now on".
    expect(chief.text).toContain(
      'Route every detainer request to the Legal Unit before acting on it. From now on, log each request.',
    );
    expect(chief.fileName).toBe('commanders.mbox #1');
    expect(new MailQueries(db).view(chief.id)!.custodians).toEqual(['Ana Ruiz']);
  });

  it('keeps one message held by two custodians as one source with both custodians', async () => {
    const db = library();
    await runImport(db, [mail('commanders.mbox')], { custodian: 'Ana Ruiz' });
    const { summary, outcomes } = await runImport(db, [mail('chief-directive.eml')], {
      custodian: 'Chief of Police',
    });
    expect(summary).toMatchObject({ imported: 0, duplicates: 1 });
    const view = new MailQueries(db).view(idOf(outcomes[0]))!;
    expect(view.custodians).toEqual(['Ana Ruiz', 'Chief of Police']);
    // Its attachment is one source too, held by both.
    const attachment = new MailQueries(db).view(view.mail!.attachments[0]!.sourceId)!;
    expect(attachment).toMatchObject({
      fileName: 'log-form.txt',
      custodians: ['Ana Ruiz', 'Chief of Police'],
    });
  });
});

describe('threads', () => {
  it('groups replies, forwards, a reply that lost its headers, and an earlier message imported last', async () => {
    const db = library();
    // The forward arrives first, the message it answers later: the threads meet when the link appears.
    await runImport(db, [mail('forwarded-memo.msg')]);
    await runImport(db, [mail('commanders.mbox')]);
    const queries = new MailQueries(db);
    const chiefId = db.list().find((s) => s.title === 'Handling of detainer requests')!.id;
    const thread = queries.thread(chiefId);
    expect(thread.map((m) => [m.title, m.from])).toEqual([
      ['Handling of detainer requests', 'Chief of Police <chief@dpd.example>'],
      ['Re: Handling of detainer requests', 'Deputy Chief Ana Ruiz <ruiz@dpd.example>'],
      ['Re: Handling of detainer requests', 'Commander Lee <lee@dpd.example>'],
      ['Revisión: détainer requests (política)', 'José Núñez <jose.nunez@dallas.example>'],
      ['FW: Revisión: détainer requests (política)', 'City Attorney <cao@dallas.example>'],
      ['RE: Handling of detainer requests', 'Commander Lee <lee@dpd.example>'],
    ]);
    expect(thread.map((m) => m.dateWritten)[0]).toBe('Mon, 3 Mar 2025 10:00:00 -0600');
  });

  it('leaves an unrelated message in a thread of its own', async () => {
    const db = library();
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'other.eml'),
      'From: a@city.example\r\nTo: b@city.example\r\nSubject: Budget hearing\r\nDate: Mon, 3 Mar 2025 10:00:00 -0600\r\n\r\nSee you there.\r\n',
    );
    await runImport(db, [mail('chief-directive.eml'), path.join(dir, 'other.eml')]);
    const other = db.list().find((s) => s.title === 'Budget hearing')!;
    expect(new MailQueries(db).thread(other.id).map((m) => m.title)).toEqual(['Budget hearing']);
  });
});

describe('folders, progress, cancel and resume', () => {
  const folder = () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'ruiz', 'sent'), { recursive: true });
    cpSync(mail('commanders.mbox'), path.join(dir, 'ruiz', 'commanders.mbox'));
    cpSync(mail('legal-unit-memo.msg'), path.join(dir, 'ruiz', 'sent', 'memo.msg'));
    cpSync(mail('chief-directive.eml'), path.join(dir, 'chief.eml'));
    writeFileSync(path.join(dir, 'ruiz', 'notes.xlsx'), 'not imported');
    writeFileSync(path.join(dir, '.DS_Store'), 'hidden');
    return dir;
  };

  it('walks a folder recursively, reports progress, and sums up', async () => {
    const db = library();
    const progress: BatchProgress[] = [];
    const { summary } = await runImport(db, [folder()], { onProgress: (p) => progress.push(p) });
    expect(summary).toMatchObject({ imported: 5, duplicates: 2, skipped: 1, cancelled: false });
    expect(summary.failed.map((f) => f.item)).toEqual(['commanders.mbox, message 3']);
    const last = progress[progress.length - 1]!;
    expect(last.done).toBe(8);
    expect(last.bytesDone).toBe(last.bytesTotal);
    expect(progress.some((p) => p.current.startsWith('commanders.mbox, message'))).toBe(true);
    expect(progress.every((p, i) => i === 0 || p.done >= progress[i - 1]!.done)).toBe(true);
  });

  it('stops when cancelled, keeps what it stored, and a second run imports only the rest', async () => {
    const db = library();
    const dir = folder();
    const controller = new AbortController();
    const first = await runImport(db, [dir], {
      signal: controller.signal,
      onOutcome: (o) => o.status === 'imported' && controller.abort(),
    });
    expect(first.summary.cancelled).toBe(true);
    expect(first.summary.imported).toBeGreaterThanOrEqual(1);
    expect(first.summary.imported).toBeLessThan(5);
    const second = await runImport(db, [dir]);
    expect(second.summary.imported + first.summary.imported).toBe(5);
    expect(db.list().filter((s) => s.kind === 'communication').length).toBe(5);
  });
});
