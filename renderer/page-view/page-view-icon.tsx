// The "Page view" toolbar icon: two sheets, one behind the other.
import { LineIcon } from '../editor/toolbar-icons';

export const pageViewIcon = (
  <LineIcon>
    <rect x="5" y="1.5" width="8.5" height="11" rx="0.8" />
    <path d="M3.5 4.5h-1v10h8.5v-1" />
    <line x1="7" y1="5" x2="11.5" y2="5" />
    <line x1="7" y1="7.5" x2="11.5" y2="7.5" />
    <line x1="7" y1="10" x2="10" y2="10" />
  </LineIcon>
);
