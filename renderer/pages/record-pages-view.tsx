// A record's pages as they will be produced: each labelled with the Bates number it will be stamped with,
// its redaction boxes shown black with their reasons, and boxes drawn and removed beside them.
import { useEffect, useState } from 'react';
import type { RecordPagesView as PagesAnswer } from '../../core/api/pages-channels';
import type { BoxRedaction, PhraseRedaction } from '../../core/production/redaction';
import type { MatterRecord } from '../../core/records/record';
import { desk } from '../api/desk-client';
import { keepCountedPages } from '../library/record-commands';
import { useDesk } from '../app/desk-store';
import { addBox, removeBox } from './box-commands';
import { PageImages } from './page-images';
import { RedactionLayer } from './redaction-layer';
import { RedactionPanel } from './redaction-panel';
import './record-pages.css';
import { usePages } from './use-pages';

const NONE: never[] = [];

/** What the record's labels and phrase boxes depend on: it and the records before it, the numbering, the
 *  productions, and the phrases redacted in it and in every record. */
const labelsVersion = (
  records: readonly MatterRecord[],
  index: number,
  bates: unknown,
  productions: number,
  everywhere: readonly PhraseRedaction[],
): string =>
  [
    ...records
      .slice(0, index + 1)
      .map((r) => `${r.id}:${r.status}:${r.excerptId}:${r.printedPages}:${r.produced?.first ?? ''}`),
    JSON.stringify(bates),
    productions,
    JSON.stringify([records[index]?.redactions.filter((r) => r.kind === 'phrase'), everywhere]),
  ].join('|');

export function RecordPagesView({ recordId, name }: { recordId: string; name: string }) {
  const records = useDesk((s) => s.file?.records ?? NONE);
  const excerpts = useDesk((s) => s.file?.excerpts ?? NONE);
  const exhibitSettings = useDesk((s) => s.file?.exhibitSettings);
  const productions = useDesk((s) => s.file?.productions ?? NONE);
  const reasons = useDesk((s) => s.file?.redactionReasons ?? NONE);
  const productionRedactions = useDesk((s) => s.file?.productionRedactions ?? NONE);
  const index = records.findIndex((r) => r.id === recordId);
  const record = records[index];
  const version = labelsVersion(
    records,
    index,
    exhibitSettings?.bates,
    productions.length,
    productionRedactions,
  );
  const state = usePages<PagesAnswer>(`record:${recordId}`, version, (known) =>
    desk().recordPages({
      parts: { records, excerpts, exhibitSettings: exhibitSettings!, productions },
      recordId,
      known,
      productionRedactions,
    }),
  );
  // Once made, a whole record's pages are counted into the matter, so the letters count the pages shown here.
  const counted = state.status === 'ready' ? state.doc.numPages : 0;
  useEffect(() => {
    if (counted > 0) keepCountedPages(recordId, counted);
  }, [recordId, counted]);
  const [reason, setReason] = useState(reasons[0] ?? '');
  const [drawing, setDrawing] = useState(false);
  const [message, setMessage] = useState('');
  const boxes = (record?.redactions ?? NONE).filter((r): r is BoxRedaction => r.kind === 'box');
  if (!record) return <p className="empty-note">This record is no longer in the matter.</p>;
  if (state.status === 'loading')
    return (
      <p className="form-help" role="status">
        Getting the pages of {name}…
      </p>
    );
  if (state.status === 'error')
    return (
      <p className="form-error" role="alert">
        {state.message}
      </p>
    );
  const { doc, info } = state;
  return (
    <div className="record-pages">
      <div className="record-pages-main">
        {info.note && <p className="form-help record-pages-note">{info.note}</p>}
        <PageImages
          doc={doc}
          title={`Pages of ${name}`}
          labels={info.labels}
          stamps={{ boxes: info.labelBoxes, size: info.labelSize }}
          thumbnails
          overlay={(page, size, scale) => (
            <RedactionLayer
              boxes={boxes.filter((b) => b.page === page)}
              phrases={info.phraseBoxes[page - 1]}
              size={size}
              scale={scale}
              drawing={drawing}
              onDrawn={(rect) => void addBox(recordId, page, rect, reason).then(setMessage)}
            />
          )}
        />
      </div>
      <RedactionPanel
        name={name}
        reasons={reasons}
        reason={reason}
        onReason={setReason}
        drawing={drawing}
        onDrawing={setDrawing}
        boxes={boxes}
        onRemove={(box) => {
          removeBox(box.id);
          setMessage(`The box on page ${box.page} was removed.`);
        }}
        onAdd={(page, rect) => void addBox(recordId, page, rect, reason).then(setMessage)}
        pageCount={info.pageCount}
        message={message}
        onMessage={setMessage}
      />
    </div>
  );
}
