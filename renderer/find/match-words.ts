// How the Find and replace panel describes where a match is, when that is not ordinary text.
import type { FindMatch } from '../../core/editor/find-matches';
import type { ChipReplacement } from './chip-replacement';

/** " · inside the matter value City": empty for ordinary text. */
export function describeMatchPlace(match: FindMatch, chip?: ChipReplacement): string {
  const place = match.place;
  switch (place.kind) {
    case 'text':
      return '';
    case 'field':
      return chip?.kind === 'form-only'
        ? ` · inside the matter value ${place.field.label}, which is changed on the Matter tab, not here`
        : ` · inside the matter value ${place.field.label}`;
    case 'exhibit-ref':
      return ` · inside the reference to Exhibit ${place.label}, which follows the records list and is not replaced`;
    case 'across-chip':
      return ' · partly inside a matter value or exhibit reference, which is never split, so it is not replaced';
  }
}
