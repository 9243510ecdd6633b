// Icons of the toolbar's insert commands (tables, footnotes), drawn inline like the others.
import { LineIcon } from './toolbar-icons';

/** Insert table: a grid. */
export const TableGlyph = () => (
  <LineIcon>
    <rect x="2" y="3" width="12" height="10" rx="1" />
    <line x1="2" y1="6.5" x2="14" y2="6.5" />
    <line x1="2" y1="9.8" x2="14" y2="9.8" />
    <line x1="6" y1="3" x2="6" y2="13" />
    <line x1="10" y1="3" x2="10" y2="13" />
  </LineIcon>
);

/** Insert footnote: a line of text with a raised mark, and the note's short line at the foot. */
export const footnoteIcon = (
  <LineIcon>
    <line x1="2" y1="6" x2="10" y2="6" />
    <line x1="12.5" y1="2" x2="12.5" y2="6" />
    <line x1="11.5" y1="3" x2="12.5" y2="2" />
    <line x1="2" y1="13" x2="7" y2="13" />
    <line x1="2" y1="10.5" x2="14" y2="10.5" strokeDasharray="1 1.5" />
  </LineIcon>
);
