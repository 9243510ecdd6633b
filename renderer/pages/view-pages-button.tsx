// "View pages" on a row of the records list: opens the record's pages, as they will be produced, in a modal
// dialog over the app (Escape or Close shuts it, and the focus returns to the button).
import { useEffect, useRef, useState } from 'react';
import { RecordPagesView } from './record-pages-view';

export function ViewPagesButton({ recordId, name }: { recordId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open) dialog.current?.showModal();
  }, [open]);
  const close = () => {
    dialog.current?.close();
    setOpen(false);
  };
  const headingId = `record-pages-heading-${recordId}`;
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-label={`View pages of ${name}`}
        onClick={() => setOpen(true)}
      >
        View pages
      </button>
      {open && (
        <dialog
          ref={dialog}
          className="record-pages-dialog"
          aria-labelledby={headingId}
          onClose={() => setOpen(false)}
          // Keys stay in the dialog: the row around the button moves the record on Alt+Up / Alt+Down.
          onKeyDown={(e) => e.stopPropagation()}
        >
          <header className="record-pages-header">
            <h2 id={headingId} className="modal-title">
              Pages of {name}
            </h2>
            <button type="button" className="button" onClick={close}>
              Close
            </button>
          </header>
          <RecordPagesView recordId={recordId} name={name} />
        </dialog>
      )}
    </>
  );
}
