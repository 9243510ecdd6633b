// The reason printed on a redaction: one of the matter's list, or a new one typed (it joins the list).
import { useId } from 'react';

export const NEW_REASON = '\u0000new';

interface ReasonPickerProps {
  reasons: readonly string[];
  /** The reason chosen from the list, or NEW_REASON. */
  choice: string;
  typed: string;
  onChoice: (choice: string) => void;
  onTyped: (typed: string) => void;
}

export function ReasonPicker({ reasons, choice, typed, onChoice, onTyped }: ReasonPickerProps) {
  const id = useId();
  return (
    <div className="text-redaction-reason-picker">
      <label className="field-label" htmlFor={`${id}-choice`}>
        Reason
      </label>
      <select id={`${id}-choice`} value={choice} onChange={(e) => onChoice(e.target.value)}>
        {reasons.map((reason) => (
          <option key={reason} value={reason}>
            {reason}
          </option>
        ))}
        <option value={NEW_REASON}>Another reason…</option>
      </select>
      {choice === NEW_REASON && (
        <>
          <label className="field-label" htmlFor={`${id}-typed`}>
            New reason
          </label>
          <input
            id={`${id}-typed`}
            type="text"
            value={typed}
            placeholder="Tex. Gov't Code § 552.108 (law enforcement)"
            onChange={(e) => onTyped(e.target.value)}
          />
        </>
      )}
    </div>
  );
}

/** The reason as it goes to the matter. */
export const reasonOf = (choice: string, typed: string): string => (choice === NEW_REASON ? typed : choice);
