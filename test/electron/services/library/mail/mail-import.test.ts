// Importing Outlook items, mailboxes and .eml files: each message's facts, attachments as sources of their
// own with their SHA-256, bad items reported by name while the rest import, duplicates across custodians.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../../../electron/services/library/mail/import-run';
import { MailQueries } from '../../../../../electron/services/library/mail/mail-queries';
import { EMAIL, tempDir } from '../../../../support/library-fixtures';
import { idOf, library, MAIL, mail } from './mail-fixtures';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('importing an Outlook .msg', () => {
  it('reads sender, recipients, the date in its time zone, the HTML body as text and each attachment', async () => {
    const db = library();
    const { summary, outcomes } = await runImport(db, [mail('legal-unit-memo.msg')]);
    expect(summary).toMatchObject({ imported: 1, duplicates: 0, attachments: 3, failed: [] });
    const id = idOf(outcomes[0]);
    const view = new MailQueries(db).view(id)!;
    expect(view).toMatchObject({
      title: 'Revisión: détainer requests (política)',
      kind: 'communication',
      effectiveDate: '2025-03-04',
      sha256: sha256(readFileSync(mail('legal-unit-memo.msg'))),
    });
    expect(view.mail).toMatchObject({
      messageId: 'memo-1@dallas.example',
      from: { name: 'José Núñez', address: 'jose.nunez@dallas.example' },
      to: [{ name: 'Chief of Police', address: 'chief@dpd.example' }],
      cc: [{ address: 'cao@dallas.example' }],
      bcc: [{ address: 'records@dallas.example' }],
      dateWritten: 'Tue, 4 Mar 2025 10:30:00 -0600',
      sentAt: '2025-03-04T16:30:00.000Z',
    });
    expect(view.text).toContain('From: José Núñez <jose.nunez@dallas.example>');
    expect(view.text).toContain('Bcc: Records Custodian <records@dallas.example>');
    expect(view.text).toContain('The Legal Unit reviewed every detainer request received since January.');
    expect(view.text).not.toContain('color:red');
    const names = view.mail!.attachments.map((a) => a.fileName);
    expect(names).toEqual(['Checklist.docx', 'Routing sheet.pdf', 'Política – résumé.txt']);

    const [docx, pdf, txt] = view.mail!.attachments.map((a) => new MailQueries(db).view(a.sourceId)!);
    expect(docx!.text).toContain('Confirm the detainer is signed by an immigration officer');
    expect(pdf!.text).toContain('Every detainer request goes to the Legal Unit.');
    expect(txt!.text).toContain('The department honors detainers as state law requires.');
    const policyBytes = Buffer.from(
      'Política de detenciones — résumé\n\nThe department honors detainers as state law requires.\n',
    );
    expect(txt!.sha256).toBe(sha256(policyBytes));
    expect(txt!.attachedTo).toEqual([{ sourceId: id, title: view.title }]);
  });

  it('keeps an attached Outlook item as a message of its own, with its attachments, found again later', async () => {
    const db = library();
    const queries = new MailQueries(db);
    const first = await runImport(db, [mail('forwarded-memo.msg')]);
    expect(first.summary).toMatchObject({ imported: 1, attachments: 4, failed: [] });
    const forwarded = queries.view(idOf(first.outcomes[0]))!;
    const nestedId = forwarded.mail!.attachments[0]!.sourceId;
    const nested = queries.view(nestedId)!;
    expect(nested.mail!.from?.name).toBe('José Núñez');
    expect(nested.mail!.attachments.map((a) => a.fileName)).toContain('Checklist.docx');

    // The same memo saved on its own from another mailbox is the same message, not a second copy.
    const second = await runImport(db, [mail('legal-unit-memo.msg')], { custodian: 'José Núñez' });
    expect(second.summary).toMatchObject({ imported: 0, duplicates: 1, attachments: 0 });
    expect(second.outcomes[0]).toMatchObject({ status: 'duplicate', source: { id: nestedId } });
    expect(queries.view(nestedId)!.custodians).toEqual(['José Núñez']);
  });
});

describe('bad items', () => {
  it('names each bad file with the reason and imports the rest', async () => {
    const db = library();
    const { summary } = await runImport(db, [
      mail('truncated.msg'),
      mail('not-an-outlook-item.msg'),
      mail('empty.eml'),
      path.join(MAIL, 'missing.eml'),
      mail('make-mail-fixtures.mjs'),
      mail('chief-directive.eml'),
    ]);
    expect(summary.imported).toBe(1);
    const failed = Object.fromEntries(summary.failed.map((f) => [path.basename(f.item), f.message]));
    expect(Object.keys(failed).sort()).toEqual([
      'empty.eml',
      'make-mail-fixtures.mjs',
      'missing.eml',
      'not-an-outlook-item.msg',
      'truncated.msg',
    ]);
    expect(failed['truncated.msg']).toMatch(
      /^truncated\.msg could not be read: .+\. The other messages were imported\.$/,
    );
    expect(failed['empty.eml']).toContain('empty.eml could not be read: the file is empty (0 bytes)');
    expect(failed['missing.eml']).toMatch(/missing\.eml does not exist/);
    expect(failed['make-mail-fixtures.mjs']).toContain(
      'only .pdf, .docx, .txt, .md, .markdown, .eml, .msg, .mbox, .pst',
    );
  });

  it('keeps an attachment whose text cannot be read, without text, and says so', async () => {
    const db = library();
    const file = path.join(tempDir(), 'chief.eml');
    writeFileSync(file, EMAIL);
    const { summary, outcomes } = await runImport(db, [file]);
    expect(summary).toMatchObject({ imported: 1, attachments: 1, failed: [] });
    expect(summary.warnings).toHaveLength(1);
    expect(summary.warnings[0]).toMatch(
      /^GO-301\.pdf \(attached to "Handling of detainer requests"\) is kept without text: GO-301\.pdf could not be read/,
    );
    const id = idOf(outcomes[0]);
    const [attachment] = new MailQueries(db).view(id)!.mail!.attachments;
    expect(db.get(attachment!.sourceId)).toMatchObject({ fileName: 'GO-301.pdf', text: '' });
  });
});
