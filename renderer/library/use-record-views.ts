// The records list as the tab shows it: recordViews of the open matter, worked out again only when the
// records, their excerpts or the exhibit settings change (typing in a letter leaves them alone).
import { useMemo } from 'react';
import { defaultExhibitSettings } from '../../core/exhibits/exhibit';
import { recordViews, type RecordViews } from '../../core/records/record-views';
import { useDesk } from '../app/desk-store';

const NONE: never[] = [];
const DEFAULT_SETTINGS = defaultExhibitSettings();

export function useRecordViews(): RecordViews {
  const records = useDesk((s) => s.file?.records ?? NONE);
  const excerpts = useDesk((s) => s.file?.excerpts ?? NONE);
  const exhibitSettings = useDesk((s) => s.file?.exhibitSettings ?? DEFAULT_SETTINGS);
  return useMemo(
    () => recordViews({ records, excerpts, exhibitSettings }),
    [records, excerpts, exhibitSettings],
  );
}

/** The exhibits the open letter encloses, or null when no draft is open. */
export function useOpenLetterExhibits(): readonly string[] | null {
  return useDesk((s) => {
    const id = s.activeDraftId;
    const draft = id ? s.file?.drafts.find((d) => d.id === id) : undefined;
    return draft && !draft.damaged ? draft.letter.exhibitIds : null;
  });
}
