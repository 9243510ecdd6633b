// What the viewer shows of an email above its text: who sent it to whom and when (in the sender's time zone),
// whose mailboxes held it, its attachments (each opens as a source of its own), the conversation it belongs to
// in the order sent, and the buttons that add the message, or its whole thread, to the records as a family.
import { useEffect, useState } from 'react';
import type { MailPerson, SourceView, ThreadMessage } from '../../core/library/mail-types';
import { desk } from '../api/desk-client';
import { store } from '../app/desk-store';
import { addFamilyToRecords } from './record-commands';

const people = (list: MailPerson[]) =>
  list.map((p) => (p.name && p.address ? `${p.name} <${p.address}>` : p.address || p.name)).join(', ');

export function MessageView({
  source,
  onOpen,
  onMessage,
}: {
  source: SourceView;
  onOpen: (id: string) => void;
  onMessage: (text: string) => void;
}) {
  // The thread read for this source; a thread kept from another source is not shown.
  const [loaded, setLoaded] = useState<{ id: string; thread: ThreadMessage[] }>({ id: '', thread: [] });
  const mail = source.mail;
  const thread = loaded.id === source.id ? loaded.thread : [];
  useEffect(() => {
    if (!mail) return;
    let current = true;
    void desk()
      .getThread({ id: source.id })
      .then((result) => {
        if (!current) return;
        if (result.ok) setLoaded({ id: source.id, thread: result.value });
        else store.alert(result.error);
      });
    return () => {
      current = false;
    };
  }, [source.id, mail]);

  const addToRecords = async (wholeThread: boolean) => {
    const result = await desk().getFamily({ id: source.id, thread: wholeThread });
    if (!result.ok) return store.alert(result.error);
    const said = addFamilyToRecords(result.value);
    if (said) onMessage(said);
  };

  const facts: [string, string][] = mail
    ? [
        ['From', mail.from ? people([mail.from]) : ''],
        ['To', people(mail.to)],
        ['Cc', people(mail.cc)],
        ['Bcc', people(mail.bcc)],
        ['Date', mail.dateWritten],
      ]
    : [];
  if (source.custodians.length > 0) facts.push(['Custodians', source.custodians.join(', ')]);

  return (
    <div className="message-view">
      {facts.some(([, v]) => v) && (
        <dl className="message-facts">
          {facts
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
        </dl>
      )}
      {source.attachedTo.length > 0 && (
        <p className="message-links">
          Attached to{' '}
          {source.attachedTo.map((m) => (
            <button key={m.sourceId} type="button" className="link-button" onClick={() => onOpen(m.sourceId)}>
              {m.title}
            </button>
          ))}
        </p>
      )}
      {mail && mail.attachments.length > 0 && (
        <ul className="message-attachments" aria-label="Attachments">
          {mail.attachments.map((a) => (
            <li key={a.sourceId}>
              <button type="button" className="link-button" onClick={() => onOpen(a.sourceId)}>
                {a.fileName}
              </button>
            </li>
          ))}
        </ul>
      )}
      {mail && (
        <div className="source-actions" role="group" aria-label="Add to the records">
          <button type="button" className="button" onClick={() => void addToRecords(false)}>
            Add message to records
          </button>
          {thread.length > 1 && (
            <button type="button" className="button" onClick={() => void addToRecords(true)}>
              Add thread to records ({thread.length} messages)
            </button>
          )}
        </div>
      )}
      {thread.length > 1 && (
        <ol className="message-thread" aria-label="Conversation, in the order sent">
          {thread.map((m) => (
            <li key={m.sourceId} aria-current={m.sourceId === source.id ? 'true' : undefined}>
              <button type="button" className="link-button" onClick={() => onOpen(m.sourceId)}>
                {m.title}
              </button>
              <span className="hit-where">
                {m.from} · {m.dateWritten}
                {m.attachments > 0 ? ` · ${m.attachments} attachment${m.attachments === 1 ? '' : 's'}` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
