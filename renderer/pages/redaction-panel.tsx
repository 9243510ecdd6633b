// Beside a record's pages: the reason the next box will print (from the matter's own list), the "Draw
// redaction box" switch, and every box on the record, each removable.
import type { BoxRedaction, RedactionRect } from '../../core/production/redaction';
import { BoxByMeasure } from './box-by-measure';

interface RedactionPanelProps {
  name: string;
  reasons: readonly string[];
  reason: string;
  onReason: (reason: string) => void;
  drawing: boolean;
  onDrawing: (drawing: boolean) => void;
  boxes: readonly BoxRedaction[];
  onRemove: (box: BoxRedaction) => void;
  /** A box given by measurements instead of dragged. */
  onAdd: (page: number, rect: RedactionRect) => void;
  pageCount: number;
  message: string;
  onMessage: (message: string) => void;
}

export function RedactionPanel(props: RedactionPanelProps) {
  const { boxes } = props;
  return (
    <aside className="redaction-panel" aria-labelledby="redaction-panel-heading">
      <h3 id="redaction-panel-heading" className="section-heading">
        Redactions
      </h3>
      <label className="field-label" htmlFor="redaction-reason">
        Reason printed on the box
      </label>
      <select id="redaction-reason" value={props.reason} onChange={(e) => props.onReason(e.target.value)}>
        {props.reasons.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button
        type="button"
        className={props.drawing ? 'button button--primary' : 'button'}
        aria-pressed={props.drawing}
        onClick={() => props.onDrawing(!props.drawing)}
      >
        Draw redaction box
      </button>
      <p className="form-help">
        {props.drawing
          ? 'Drag a rectangle over what to black out on a page.'
          : 'Turn on, then drag over a page. The produced page shows a black box with the reason.'}
      </p>
      <BoxByMeasure pageCount={props.pageCount} onAdd={props.onAdd} onProblem={props.onMessage} />
      <p role="status" className="form-help redaction-message">
        {props.message}
      </p>
      {boxes.length === 0 ? (
        <p className="empty-note">No boxes on {props.name} yet.</p>
      ) : (
        <ul className="redaction-list" aria-label={`Redaction boxes on ${props.name}`}>
          {boxes.map((box) => (
            <li key={box.id}>
              <span>
                Page {box.page}: {box.reason}
              </span>
              <button
                type="button"
                className="button button--small button--danger-quiet"
                aria-label={`Remove the box on page ${box.page} (${box.reason})`}
                onClick={() => props.onRemove(box)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
