// The top bar: the matter's name, what the wide pane shows (draft, matter, library) and the file commands
// (New, Open, Save, Save As, Close, Review before sending, Export DOCX).
import { useDesk } from './desk-store';
import { closeMatter, newMatter, openMatter, saveMatter } from './file-commands';
import { exportDocx, exportPdf } from './export-commands';
import { openReview } from '../review/review-commands';
import { openProduce } from '../production/produce-commands';
import { ProductionHost } from '../production/production-host';
import { ViewSwitch } from '../matter-view/view-switch';

export function CommandBar() {
  const title = useDesk((s) => s.file?.matter.title || 'Untitled matter');
  const dirty = useDesk((s) => s.dirty);
  const hasDraft = useDesk((s) => s.activeDraftId !== null);
  const busy = useDesk((s) => s.busy !== null);
  const reviewing = useDesk((s) => s.review !== null);
  return (
    <header className="command-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          §
        </span>
        <div className="brand-text">
          <h1 className="matter-title">{title}</h1>
          <span className="app-name">Counsel Desk{dirty ? ' — edited' : ''}</span>
        </div>
      </div>
      <ViewSwitch />
      <nav className="file-commands" aria-label="File">
        <button
          type="button"
          className="button button--quiet"
          onClick={newMatter}
          title="New matter (Ctrl+N)"
        >
          New
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => openMatter()}
          title="Open a matter file (Ctrl+O)"
        >
          Open…
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void saveMatter()}
          disabled={busy}
          title="Save (Ctrl+S)"
        >
          Save
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void saveMatter({ saveAs: true })}
          disabled={busy}
          title="Save As (Ctrl+Shift+S)"
        >
          Save As…
        </button>
        <button type="button" className="button button--quiet" onClick={closeMatter} title="Close the matter">
          Close
        </button>
        <span className="tool-separator" aria-hidden="true" />
        <button
          type="button"
          className="button button--quiet"
          onClick={openProduce}
          disabled={busy}
          title="Write the next production volume: the records Bates-stamped, redactions burned in, with the index and privilege log"
        >
          Produce…
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => openReview()}
          disabled={!hasDraft}
          aria-pressed={reviewing}
          title="List everything still wrong with the open draft before it goes out"
        >
          Review before sending
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void exportDocx()}
          disabled={!hasDraft || busy}
          title="Export the open draft as a Word document (Ctrl+Shift+E)"
        >
          Export DOCX
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void exportPdf()}
          disabled={!hasDraft || busy}
          title="Export the open draft as a PDF, laid out as the Word document is"
        >
          Export PDF…
        </button>
      </nav>
      <ProductionHost />
    </header>
  );
}
