// The Records section of the matter view: every record of the one records list with its status, the requests
// it answers, its exhibit label, pages and Bates range. Records are edited in one place, the records list
// (Library & Exhibits): each row's button goes to the record there.
import { goToRecord } from '../matter-form/go-to-field';
import { choiceLabel } from '../matter-form/choice-labels';
import { recordTitle } from '../library/record-words';
import { useRecordViews } from '../library/use-record-views';
import { store } from '../app/desk-store';

export function RecordsSummary() {
  const { all } = useRecordViews();
  if (all.length === 0) {
    return (
      <div className="records-empty">
        <p className="empty-note">
          No records yet. Import the policies, training files and emails in Library &amp; Exhibits, then
          attach them (or add a record without text there).
        </p>
        <button type="button" className="button" onClick={() => store.set({ sidebarTab: 'library' })}>
          Open Library &amp; Exhibits
        </button>
      </div>
    );
  }
  return (
    <table className="records-table">
      <caption className="form-help">
        Each record is edited in the records list under Library &amp; Exhibits.
      </caption>
      <thead>
        <tr>
          <th scope="col">No.</th>
          <th scope="col">Record</th>
          <th scope="col">Status</th>
          <th scope="col">Requests</th>
          <th scope="col">Exhibit</th>
          <th scope="col">Pages</th>
          <th scope="col">Bates</th>
        </tr>
      </thead>
      <tbody>
        {all.map((view) => (
          <tr key={view.id}>
            <td>{view.number}</td>
            <td>
              <button
                type="button"
                className="link-button"
                aria-label={`Edit ${recordTitle(view)}`}
                onClick={() => goToRecord({ id: view.id })}
              >
                {view.description || 'No description yet'}
              </button>
            </td>
            <td>{choiceLabel(view.status)}</td>
            <td>{view.requestNumbers || '—'}</td>
            <td>{view.exhibitLabel || '—'}</td>
            <td>{view.pages}</td>
            <td>{view.batesRange || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
