// A record's redactions: its text with every redacted passage as a black bar and its reason, selecting a
// passage to redact it (or every occurrence of a phrase, here or across the production), and the list of its
// redactions with Remove. Boxes drawn on page images are listed here too; they are drawn in the page viewer.
import { useMemo, useState } from 'react';
import { containsPhrase, findPhrase } from '../../core/production/phrase-match';
import { recordViews } from '../../core/records/record-views';
import { useDesk } from '../app/desk-store';
import { Modal } from '../dialogs/modal';
import { recordTitle } from '../library/record-words';
import { showProductionDialog } from './production-state';
import { RecordText, type RedactMode } from './record-text';
import { redactedRuns } from './redacted-text';
import { redact, removeRedaction, type RedactAsk } from './redaction-commands';
import { RedactionForm } from './redaction-form';
import { RedactionList, type ListedRedaction } from './redaction-list';

export function RedactionDialog({ recordId }: { recordId: string }) {
  const file = useDesk((s) => s.file);
  const [asking, setAsking] = useState<{ mode: RedactMode; phrase: string } | null>(null);
  const [problem, setProblem] = useState('');
  const [said, setSaid] = useState('');
  const record = file?.records.find((r) => r.id === recordId);
  const text = (record && file?.excerpts.find((e) => e.id === record.excerptId)?.text) ?? '';
  const everywhere = useMemo(
    () => (file?.productionRedactions ?? []).filter((r) => containsPhrase(text, r.phrase)),
    [file?.productionRedactions, text],
  );
  const close = () => showProductionDialog(null);
  if (!file || !record) return null;
  const view = recordViews(file).all.find((v) => v.id === recordId);
  const title = view ? recordTitle(view) : 'Record';
  const own = record.redactions;
  const phrases = [...own.flatMap((r) => (r.kind === 'phrase' ? [r] : [])), ...everywhere];
  const items: ListedRedaction[] = [
    ...own.map((redaction) => ({ redaction, everywhere: false })),
    ...everywhere.map((redaction) => ({ redaction, everywhere: true })),
  ];
  const submit = async (ask: RedactAsk) => {
    const outcome = await redact(ask);
    if ('problem' in outcome) return setProblem(outcome.problem);
    setProblem('');
    setAsking(null);
    setSaid(outcome.said);
  };
  return (
    <Modal
      title={`Redactions: ${title}`}
      onCancel={() => (asking ? setAsking(null) : close())}
      actions={
        <button type="button" className="button button--primary" onClick={close}>
          Done
        </button>
      }
    >
      <div className="text-redaction-panel">
        {text ? (
          <RecordText
            label={`Text of ${title}`}
            runs={redactedRuns(text, phrases)}
            onRedact={(mode, phrase) => {
              setProblem('');
              setAsking({ mode, phrase });
            }}
          />
        ) : (
          <p className="form-help">
            This record has no text in the matter (a scanned page or a paper record): draw a box on its page
            instead.
          </p>
        )}
        <div className="text-redaction-side">
          {asking && (
            <RedactionForm
              key={`${asking.mode}-${asking.phrase}`}
              mode={asking.mode}
              phrase={asking.phrase}
              occurrences={findPhrase(text, asking.phrase).length}
              recordId={recordId}
              reasons={file.redactionReasons}
              problem={problem}
              onSubmit={(ask) => void submit(ask)}
              onCancel={() => setAsking(null)}
            />
          )}
          <p role="status" className="form-help">
            {said}
          </p>
          <RedactionList items={items} onRemove={(id) => void removeRedaction(id).then(setSaid)} />
        </div>
      </div>
    </Modal>
  );
}
