// Small line icons for the formatting toolbar, drawn inline (no icon font, nothing fetched).
import type { ReactNode } from 'react';

/** A 16-unit line icon drawn in the current text colour; shared by the toolbar and the drafts list. */
export const LineIcon = ({
  children,
  size = 16,
  roundJoins = false,
}: {
  children: ReactNode;
  size?: number;
  roundJoins?: boolean;
}) => (
  <svg
    width={size}
    height={size}
    viewBox="0 0 16 16"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.4"
    strokeLinecap="round"
    {...(roundJoins ? { strokeLinejoin: 'round' as const } : {})}
  >
    {children}
  </svg>
);

const lines = (rows: [number, number][]) =>
  rows.map(([x1, x2], i) => <line key={i} x1={x1} x2={x2} y1={3 + i * 3.3} y2={3 + i * 3.3} />);

export const icons = {
  alignLeft: (
    <LineIcon>
      {lines([
        [2, 14],
        [2, 10],
        [2, 14],
        [2, 9],
      ])}
    </LineIcon>
  ),
  alignCenter: (
    <LineIcon>
      {lines([
        [2, 14],
        [4, 12],
        [2, 14],
        [5, 11],
      ])}
    </LineIcon>
  ),
  alignRight: (
    <LineIcon>
      {lines([
        [2, 14],
        [6, 14],
        [2, 14],
        [7, 14],
      ])}
    </LineIcon>
  ),
  alignJustify: (
    <LineIcon>
      {lines([
        [2, 14],
        [2, 14],
        [2, 14],
        [2, 14],
      ])}
    </LineIcon>
  ),
  bulleted: (
    <LineIcon>
      <circle cx="3" cy="4" r="1" fill="currentColor" />
      <circle cx="3" cy="8" r="1" fill="currentColor" />
      <circle cx="3" cy="12" r="1" fill="currentColor" />
      <line x1="6" x2="14" y1="4" y2="4" />
      <line x1="6" x2="14" y1="8" y2="8" />
      <line x1="6" x2="14" y1="12" y2="12" />
    </LineIcon>
  ),
  numbered: (
    <LineIcon>
      <path d="M2 2.5 l1 -0.5 v3" strokeWidth="1" />
      <path d="M1.8 7 q1.2 -1 1.8 0 q0 0.8 -1.8 2 h2" strokeWidth="1" />
      <path d="M1.8 11 h1.8 l-1 1.2 q1.4 0 1 1.2 q-0.6 0.8 -1.8 0.3" strokeWidth="1" />
      <line x1="6" x2="14" y1="4" y2="4" />
      <line x1="6" x2="14" y1="8.5" y2="8.5" />
      <line x1="6" x2="14" y1="13" y2="13" />
    </LineIcon>
  ),
  indent: (
    <LineIcon>
      <line x1="7" x2="14" y1="4" y2="4" />
      <line x1="7" x2="14" y1="8" y2="8" />
      <line x1="7" x2="14" y1="12" y2="12" />
      <path d="M2 5.5 L4.5 8 L2 10.5" />
    </LineIcon>
  ),
  outdent: (
    <LineIcon>
      <line x1="7" x2="14" y1="4" y2="4" />
      <line x1="7" x2="14" y1="8" y2="8" />
      <line x1="7" x2="14" y1="12" y2="12" />
      <path d="M4.5 5.5 L2 8 L4.5 10.5" />
    </LineIcon>
  ),
  quote: (
    <LineIcon>
      <line x1="3" x2="3" y1="3" y2="13" strokeWidth="2" />
      <line x1="6.5" x2="14" y1="5" y2="5" />
      <line x1="6.5" x2="14" y1="8" y2="8" />
      <line x1="6.5" x2="11" y1="11" y2="11" />
    </LineIcon>
  ),
  pageBreak: (
    <LineIcon>
      <path d="M3 2 v4 h10 v-4 M3 14 v-4 h10 v4" />
      <line x1="1" x2="15" y1="8" y2="8" strokeDasharray="2 1.5" />
    </LineIcon>
  ),
  undo: (
    <LineIcon>
      <path d="M5 4 L2 7 L5 10 M2 7 h8 a4 4 0 0 1 0 8 h-3" />
    </LineIcon>
  ),
  redo: (
    <LineIcon>
      <path d="M11 4 L14 7 L11 10 M14 7 h-8 a4 4 0 0 0 0 8 h3" />
    </LineIcon>
  ),
  unlink: (
    <LineIcon>
      <rect x="1.5" y="4.5" width="13" height="7" rx="2" strokeDasharray="2 1.6" />
      <line x1="5" x2="11" y1="8" y2="8" />
    </LineIcon>
  ),
};
