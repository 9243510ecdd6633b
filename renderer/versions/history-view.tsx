// The matter's history, newest first: what happened, when and by whom, entries not saved yet marked as such.
// "Check the history" verifies the chain and the versions' fingerprints; "Export CSV" downloads every field.
import { useState } from 'react';
import { describeEntry } from '../../core/history/describe-entry';
import { historyCsv, timeText } from '../../core/history/history-csv';
import { isSealed } from '../../core/history/history-entry';
import { desk } from '../api/desk-client';
import { store, useDesk } from '../app/desk-store';
import { AuthorSetting } from './author-setting';
import { downloadFile } from './download-file';

const SHOWN = 200;

export function HistoryView() {
  const file = useDesk((s) => s.file);
  // A check's result holds for the history it checked; a later change to the history hides it.
  const [check, setCheck] = useState<{ of: unknown; text: string } | null>(null);
  const [all, setAll] = useState(false);
  const history = file?.history ?? [];
  const verify = async () => {
    if (!file) return;
    const result = await desk().verifyHistory({
      versions: file.versions,
      history: file.history.filter(isSealed),
    });
    if (!result.ok) return store.alert(result.error);
    const { entries, versions } = result.value;
    setCheck({
      of: file.history,
      text: result.value.ok
        ? `The history is intact: ${entries} entries and ${versions} versions, each as recorded.`
        : result.value.message,
    });
  };
  const exportCsv = () => {
    const title = (file?.matter.title.trim() || 'Matter').replace(/[\\/:*?"<>|]+/g, '-');
    downloadFile(historyCsv(history), `${title} history.csv`, 'text/csv;charset=utf-8');
  };
  const newestFirst = history.map((entry, index) => ({ entry, number: index + 1 })).reverse();
  return (
    <section className="panel-section history-view" aria-labelledby="history-heading">
      <h2 id="history-heading" className="section-heading">
        History <span className="list-count">{history.length}</span>
      </h2>
      <AuthorSetting />
      <div className="history-actions">
        <button
          type="button"
          className="button button--small"
          disabled={history.length === 0}
          onClick={() => void verify()}
        >
          Check the history
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={history.length === 0}
          onClick={exportCsv}
        >
          Export CSV
        </button>
      </div>
      <p className="form-help" role="status" aria-live="polite">
        {check?.of === file?.history ? check?.text : ''}
      </p>
      {history.length === 0 ? (
        <p className="empty-note">The history starts when the matter is first saved.</p>
      ) : (
        <ol className="history-list">
          {(all ? newestFirst : newestFirst.slice(0, SHOWN)).map(({ entry, number }) => (
            <li key={entry.id} className="history-entry" value={number}>
              <span className="history-what">{describeEntry(entry)}</span>
              <span className="version-meta">
                {number} · {timeText(entry.at)} · {entry.author || 'you'}
                {isSealed(entry) ? '' : ' · saved with the next save'}
              </span>
            </li>
          ))}
        </ol>
      )}
      {!all && history.length > SHOWN && (
        <button type="button" className="button button--small button--quiet" onClick={() => setAll(true)}>
          Show all {history.length} entries
        </button>
      )}
    </section>
  );
}
