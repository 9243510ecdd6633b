// Asks for what a redaction needs: the passage (or the phrase, for every occurrence), where (this record or
// every record produced) and the reason.
import { useId, useState } from 'react';
import { ReasonPicker, reasonOf } from './reason-picker';
import type { RedactMode } from './record-text';
import type { RedactAsk } from './redaction-commands';

interface RedactionFormProps {
  mode: RedactMode;
  phrase: string;
  /** How often the passage occurs in the record's text: a passage is redacted wherever it occurs there. */
  occurrences: number;
  recordId: string;
  reasons: readonly string[];
  problem: string;
  onSubmit: (ask: RedactAsk) => void;
  onCancel: () => void;
}

export function RedactionForm({
  mode,
  phrase: given,
  occurrences,
  recordId,
  reasons,
  problem,
  onSubmit,
  onCancel,
}: RedactionFormProps) {
  const id = useId();
  const [phrase, setPhrase] = useState(given);
  const [everywhere, setEverywhere] = useState(false);
  const [choice, setChoice] = useState(reasons[0] ?? '');
  const [typed, setTyped] = useState('');
  const reason = reasonOf(choice, typed).trim();
  return (
    <form
      className="text-redaction-form"
      aria-label={mode === 'passage' ? 'Redact the passage' : 'Redact every occurrence'}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ phrase, reason, ...(everywhere ? {} : { recordId }) });
      }}
    >
      {mode === 'passage' ? (
        <>
          <p className="text-redaction-passage">
            <span className="field-label">Passage</span>
            <q>{phrase}</q>
          </p>
          {occurrences > 1 && (
            <p className="form-help">
              These words occur {occurrences} times in this record; all {occurrences} will be blacked out. To
              black out one place only, draw a box on the page (View pages).
            </p>
          )}
        </>
      ) : (
        <>
          <label className="field-label" htmlFor={`${id}-phrase`}>
            Phrase to redact
          </label>
          <input
            id={`${id}-phrase`}
            type="text"
            value={phrase}
            autoFocus
            onChange={(e) => setPhrase(e.target.value)}
          />
          <fieldset className="text-redaction-scope">
            <legend className="field-label">Where</legend>
            <label className="check-row">
              <input
                type="radio"
                name={`${id}-scope`}
                checked={!everywhere}
                onChange={() => setEverywhere(false)}
              />
              Every occurrence in this record
            </label>
            <label className="check-row">
              <input
                type="radio"
                name={`${id}-scope`}
                checked={everywhere}
                onChange={() => setEverywhere(true)}
              />
              Every occurrence in every record produced
            </label>
          </fieldset>
        </>
      )}
      <ReasonPicker reasons={reasons} choice={choice} typed={typed} onChoice={setChoice} onTyped={setTyped} />
      {problem && (
        <p role="alert" className="production-problem">
          {problem}
        </p>
      )}
      <div className="text-redaction-form-actions">
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={!phrase.trim() || !reason}
        >
          Redact
        </button>
      </div>
    </form>
  );
}
