// Keeps a file added as a record in the originals store, and for an email each of its attachments (nested
// messages and their attachments too), so every record of the family can be produced from its own bytes.
import path from 'node:path';
import { readEml } from '../library/mail/read-eml';
import type { MailAttachment } from '../library/mail/mail-message';
import type { OriginalsStore } from './originals-store';

async function keepAttachments(
  store: OriginalsStore,
  attachments: readonly MailAttachment[],
  depth: number,
): Promise<void> {
  for (const attachment of attachments) {
    const name = attachment.fileName;
    await store.put(attachment.bytes, attachment.message && !/\.eml$/i.test(name) ? `${name}.eml` : name);
    if (attachment.message && depth < 5)
      await keepAttachments(store, attachment.message.attachments, depth + 1);
  }
}

export async function keepOriginal(store: OriginalsStore, file: string, bytes: Uint8Array): Promise<void> {
  await store.put(bytes, path.basename(file));
  if (path.extname(file).toLowerCase() === '.eml')
    await keepAttachments(store, (await readEml(bytes)).attachments, 0);
}
