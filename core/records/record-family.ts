// Families of records: a message added to the records with its attachments (or a whole thread, each message
// followed by its own attachments) becomes consecutive records sharing one family id, and stays together when
// records are moved, so the family is produced together with consecutive Bates numbers.
import type { Excerpt } from '../excerpts/excerpt';
import { wholeSourceExcerpt } from '../excerpts/make-excerpt';
import type { MailFacts, MailPerson, SourceFamily } from '../library/mail-types';
import { recordSchema, type MatterRecord } from './record';

const person = (p: MailPerson) => (p.name && p.address ? `${p.name} <${p.address}>` : p.address || p.name);

function facts(mail: MailFacts | undefined, parent: MailFacts | undefined) {
  const message = mail ?? parent;
  if (!message) return { author: '', recipients: '' };
  return {
    author: message.from ? person(message.from) : '',
    recipients: [...message.to, ...message.cc, ...message.bcc].map(person).join(', '),
  };
}

/** The records (and the whole-source excerpts holding their text) for a family, in its order. */
export function familyRecords(
  family: SourceFamily,
  newId: () => string,
): { records: MatterRecord[]; excerpts: Excerpt[] } {
  const records: MatterRecord[] = [];
  const excerpts: Excerpt[] = [];
  const byId = new Map(family.members.map((m) => [m.source.id, m]));
  let familyId = '';
  for (const member of family.members) {
    const excerpt = wholeSourceExcerpt(member.source, newId());
    const id = newId();
    familyId ||= id;
    // An attachment is dated, authored and addressed as the message that carried it.
    const parent = byId.get(member.parentId);
    records.push(
      recordSchema.parse({
        id,
        description: member.mail ? `Email: ${member.source.title}` : `Attachment: ${member.source.fileName}`,
        excerptId: excerpt.id,
        date: member.mail ? member.source.effectiveDate : (parent?.source.effectiveDate ?? ''),
        documentType: member.mail ? 'Email' : 'Email attachment',
        ...facts(member.mail, parent?.mail),
        subject: member.mail ? member.source.title : '',
        status: 'produced',
        family: familyId,
      }),
    );
    excerpts.push(excerpt);
  }
  return { records, excerpts };
}

/**
 * The list with every family gathered behind its first record, in the order its records had; other records
 * keep their places. Run after any move, so a family is never split.
 */
export function keepFamiliesTogether(records: readonly MatterRecord[]): MatterRecord[] {
  const members = new Map<string, MatterRecord[]>();
  for (const record of records) {
    if (record.family && record.family !== record.id && records.some((r) => r.id === record.family)) {
      members.set(record.family, [...(members.get(record.family) ?? []), record]);
    }
  }
  if (members.size === 0) return [...records];
  const out: MatterRecord[] = [];
  for (const record of records) {
    if (record.family && record.family !== record.id && members.has(record.family)) continue;
    out.push(record, ...(members.get(record.id) ?? []));
  }
  return out;
}
