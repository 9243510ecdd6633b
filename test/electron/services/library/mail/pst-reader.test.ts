// The .pst reader. No open tool writes Outlook data files, so no real .pst is shipped: the mapping from
// pst-extractor's folders and items to messages is tested through a minimal stand-in with the same getters,
// and a file that is no .pst is refused by name through the real import.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PSTFolder, PSTMessage } from 'pst-extractor';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../../../electron/services/library/mail/import-run';
import { pstFolderItems } from '../../../../../electron/services/library/mail/read-pst';
import { tempDir } from '../../../../support/library-fixtures';
import { library } from './mail-fixtures';

const bytesStream = (text: string) => {
  const bytes = Buffer.from(text);
  return { length: bytes.length, readCompletely: (target: Buffer) => bytes.copy(target) };
};

function item(fields: Partial<Record<string, unknown>>): PSTMessage {
  const recipients = (fields.recipients as object[] | undefined) ?? [];
  const attachments = (fields.attachments as object[] | undefined) ?? [];
  return {
    messageClass: 'IPM.Note',
    subject: '',
    body: '',
    bodyHTML: '',
    senderName: '',
    senderEmailAddress: '',
    internetMessageId: '',
    inReplyToId: '',
    transportMessageHeaders: '',
    clientSubmitTime: null,
    messageDeliveryTime: null,
    numberOfRecipients: recipients.length,
    getRecipient: (i: number) => recipients[i],
    numberOfAttachments: attachments.length,
    getAttachment: (i: number) => attachments[i],
    ...fields,
  } as unknown as PSTMessage;
}

function folder(displayName: string, children: PSTMessage[], subfolders: PSTFolder[] = []): PSTFolder {
  let cursor = 0;
  return {
    displayName,
    contentCount: children.length,
    hasSubfolders: subfolders.length > 0,
    getSubFolders: () => subfolders,
    moveChildCursorTo: (n: number) => (cursor = n),
    getNextChild: () => children[cursor++] ?? null,
  } as unknown as PSTFolder;
}

const memo = item({
  subject: 'Detainer log',
  senderName: 'Ana Ruiz',
  senderEmailAddress: 'Ruiz@DPD.example',
  internetMessageId: '<log-1@dpd.example>',
  inReplyToId: '<chief-1@dpd.example>',
  transportMessageHeaders: 'Date: Tue, 4 Mar 2025 08:05:00 -0600\r\nReferences: <chief-1@dpd.example>\r\n',
  clientSubmitTime: new Date('2025-03-04T14:05:00Z'),
  bodyHTML: '<p>The log is <b>posted</b>.</p><p>Second paragraph.</p>',
  recipients: [
    { recipientType: 1, displayName: 'Chief of Police', smtpAddress: 'chief@dpd.example', emailAddress: '' },
    { recipientType: 2, displayName: 'City Attorney', smtpAddress: '', emailAddress: 'cao@dallas.example' },
    { recipientType: 3, displayName: 'Records', smtpAddress: 'records@dallas.example', emailAddress: '' },
  ],
  attachments: [
    {
      attachMethod: 1,
      longFilename: 'log.txt',
      filename: 'LOG.TXT',
      mimeTag: 'text/plain',
      fileInputStream: bytesStream('date, officer'),
    },
    {
      attachMethod: 5,
      longFilename: '',
      filename: '',
      mimeTag: '',
      fileInputStream: null,
      embeddedPSTMessage: item({
        subject: 'Original request',
        body: 'Please log each one.',
        senderName: 'Chief',
      }),
    },
  ],
});
const contact = item({ messageClass: 'IPM.Contact', subject: 'Ana Ruiz' });
const root = folder(
  '',
  [],
  [folder('Inbox', [memo, contact], [folder('Detainers', [item({ subject: 'Second', body: 'x' })])])],
);

describe('reading a .pst', () => {
  it('maps every message of every folder, skips contacts, and names items by folder', async () => {
    const items = [...pstFolderItems(root, 'ruiz.pst', 3000)];
    expect(items.map((i) => i.label)).toEqual([
      'ruiz.pst, Inbox, item 1',
      'ruiz.pst, Inbox/Detainers, item 2',
    ]);
    const message = await items[0]!.read();
    expect(message).toMatchObject({
      messageId: 'log-1@dpd.example',
      inReplyTo: 'chief-1@dpd.example',
      references: ['chief-1@dpd.example'],
      from: { name: 'Ana Ruiz', address: 'ruiz@dpd.example' },
      to: [{ name: 'Chief of Police', address: 'chief@dpd.example' }],
      cc: [{ name: 'City Attorney', address: 'cao@dallas.example' }],
      bcc: [{ name: 'Records', address: 'records@dallas.example' }],
      dateWritten: 'Tue, 4 Mar 2025 08:05:00 -0600',
      sentAt: '2025-03-04T14:05:00.000Z',
      body: 'The log is posted.\n\nSecond paragraph.',
    });
    expect(message.attachments.map((a) => [a.fileName, Buffer.from(a.bytes).toString()])).toEqual([
      ['log.txt', 'date, officer'],
      ['Original request.msg', expect.stringContaining('Please log each one.')],
    ]);
    expect(message.attachments[1]!.message?.subject).toBe('Original request');
  });

  it('gives the same item the same bytes each time, so a second import finds it', () => {
    const once = [...pstFolderItems(root, 'ruiz.pst', 3000)].map((i) => Buffer.from(i.bytes).toString('hex'));
    const again = [...pstFolderItems(root, 'ruiz.pst', 3000)].map((i) =>
      Buffer.from(i.bytes).toString('hex'),
    );
    expect(again).toEqual(once);
    expect(once[0]).not.toEqual(once[1]);
  });

  it('refuses a file that is not an Outlook data file, by name, and imports the rest', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'mailbox.pst'), 'Exported by hand, not by Outlook.');
    writeFileSync(path.join(dir, 'note.txt'), 'A note about detainers.');
    const { summary } = await runImport(library(), [dir]);
    expect(summary.imported).toBe(1);
    expect(summary.failed).toEqual([
      {
        item: 'mailbox.pst',
        message:
          'mailbox.pst could not be read: it is not an Outlook data file (a .pst starts with "!BDN"); export the mailbox from Outlook again.',
      },
    ]);
  });
});
