// Naming a version and marking it sent, inside the read-only view of that version. A sent version is final:
// it says when it was sent and offers nothing to change.
import { useState } from 'react';
import { todayIso } from '../../core/letter/letter-facts';
import { markSent, nameVersion, type ShownVersion } from './version-commands';

export function VersionMarks({ draftId, version }: { draftId: string; version: ShownVersion }) {
  const [name, setName] = useState(version.name ?? '');
  const [sentOn, setSentOn] = useState(todayIso());
  const [done, setDone] = useState('');
  if (version.sent && !version.unsaved)
    return (
      <p className="version-final" role="status">
        Sent on {version.sent.date}
        {version.name ? ` as “${version.name}”` : ''}. A sent version is final: its name and date cannot
        change.
      </p>
    );
  const saveName = () => {
    if (!name.trim()) return;
    nameVersion(draftId, version.number, name);
    setDone(`Named “${name.trim()}”; saved with the matter.`);
  };
  const send = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(sentOn)) return;
    markSent(draftId, version.number, sentOn);
    setDone(`Marked sent on ${sentOn}; saved with the matter, then final.`);
  };
  return (
    <div className="version-marks">
      <div className="version-mark-row">
        <label htmlFor="version-name" className="field-label">
          Name
        </label>
        <input id="version-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        <button type="button" className="button button--small" disabled={!name.trim()} onClick={saveName}>
          Save name
        </button>
      </div>
      <div className="version-mark-row">
        <label htmlFor="version-sent-on" className="field-label">
          Sent on
        </label>
        <input id="version-sent-on" type="date" value={sentOn} onChange={(e) => setSentOn(e.target.value)} />
        <button type="button" className="button button--small" disabled={!sentOn} onClick={send}>
          Mark sent
        </button>
      </div>
      <p className="form-help" role="status">
        {done || 'Marking a version sent makes it final: once saved, it cannot be renamed or marked again.'}
      </p>
    </div>
  );
}
