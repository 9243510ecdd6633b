// Bates numbering of the produced pages: on or off, prefix, first number and digits, with a preview of the
// first number (CITY-AG-000001). Each record's range is computed from these and shown in its row.
import { useId } from 'react';
import { formatBates } from '../../core/exhibits/bates';
import { defaultExhibitSettings } from '../../core/exhibits/exhibit';
import { useDesk } from '../app/desk-store';
import { setBates } from './record-commands';

const DEFAULT_BATES = defaultExhibitSettings().bates;

/** A whole number from a number input, within bounds; the old value while the field is being retyped. */
const wholeNumber = (text: string, min: number, max: number, old: number): number => {
  const n = Number.parseInt(text, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : old;
};

export function BatesSettingsForm() {
  const bates = useDesk((s) => s.file?.exhibitSettings.bates ?? DEFAULT_BATES);
  const hasFile = useDesk((s) => s.file !== null);
  const id = useId();
  return (
    <fieldset className="bates-settings" disabled={!hasFile}>
      <legend className="field-label">Bates numbering</legend>
      <label className="check-row">
        <input
          type="checkbox"
          checked={bates.enabled}
          onChange={(e) => setBates({ enabled: e.target.checked })}
        />
        Number the exhibit pages in the footer
      </label>
      {bates.enabled && (
        <div className="bates-grid">
          <div>
            <label className="field-label" htmlFor={`${id}-prefix`}>
              Prefix
            </label>
            <input
              id={`${id}-prefix`}
              type="text"
              value={bates.prefix}
              maxLength={40}
              onChange={(e) => setBates({ prefix: e.target.value })}
            />
          </div>
          <div>
            <label className="field-label" htmlFor={`${id}-start`}>
              First number
            </label>
            <input
              id={`${id}-start`}
              type="number"
              min={1}
              value={bates.start}
              onChange={(e) => setBates({ start: wholeNumber(e.target.value, 1, 1e12, bates.start) })}
            />
          </div>
          <div>
            <label className="field-label" htmlFor={`${id}-digits`}>
              Digits
            </label>
            <input
              id={`${id}-digits`}
              type="number"
              min={1}
              max={12}
              value={bates.digits}
              onChange={(e) => setBates({ digits: wholeNumber(e.target.value, 1, 12, bates.digits) })}
            />
          </div>
        </div>
      )}
      {bates.enabled && <p className="form-help">First page: {formatBates(bates, bates.start)}</p>}
    </fieldset>
  );
}
