// The "Library & Exhibits" panel is built separately in renderer/library/. It is picked up when its file
// exists, so the app builds and runs with or without it.
import type { ComponentType } from 'react';
import type { BlockNode } from '../../core/document/model';
import type { QuotePlacement } from '../../core/editor/insert-at-cursor';

export interface LibraryPanelProps {
  /** Where the quotation went in the open draft; null when no draft is open. */
  onQuote?: (blocks: BlockNode[]) => QuotePlacement | null;
}

const modules = import.meta.glob<{ LibraryPanel?: ComponentType<LibraryPanelProps> }>(
  '../library/library-panel.tsx',
  { eager: true },
);

export const LibraryPanel: ComponentType<LibraryPanelProps> | undefined =
  Object.values(modules)[0]?.LibraryPanel;
