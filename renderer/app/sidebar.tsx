// The left sidebar: tabs for the matter form, the drafts and (when built) the library of exhibits.
import type { KeyboardEvent } from 'react';
import { MatterForm } from '../matter-form/matter-form';
import { DraftsPanel } from '../drafts/drafts-panel';
import type { BlockNode } from '../../core/document/model';
import type { QuotePlacement } from '../../core/editor/insert-at-cursor';
import { store, useDesk } from './desk-store';
import type { SidebarTab } from './desk-store';
import { LibraryPanel } from './library-slot';

/** "Quote in draft": the quotation goes in at the open editor's cursor (undoable); null without a draft. */
function quoteInDraft(blocks: BlockNode[]): QuotePlacement | null {
  return store.liveEditor?.insertBlocks(blocks) ?? null;
}

export function Sidebar() {
  const tab = useDesk((s) => s.sidebarTab);
  const setTab = (next: SidebarTab) => store.set({ sidebarTab: next });
  const tabs: { id: SidebarTab; label: string }[] = [
    { id: 'drafts', label: 'Drafts' },
    { id: 'matter', label: 'Matter' },
    ...(LibraryPanel ? [{ id: 'library' as const, label: 'Library & Exhibits' }] : []),
  ];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = tabs.findIndex((t) => t.id === tab);
    const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
    setTab(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <aside className="sidebar" aria-label="Matter and drafts">
      <div className="tabs" role="tablist" aria-label="Sidebar" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        key={tab}
        id={`panel-${tab}`}
        role="tabpanel"
        aria-labelledby={`tab-${tab}`}
        className="sidebar-panel"
      >
        {tab === 'matter' && <MatterForm />}
        {tab === 'drafts' && <DraftsPanel />}
        {tab === 'library' && LibraryPanel && <LibraryPanel onQuote={quoteInDraft} />}
      </div>
    </aside>
  );
}
