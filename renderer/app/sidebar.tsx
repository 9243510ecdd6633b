// The left sidebar: tabs for the matter form, the drafts and (when built) the library of exhibits. While the
// wide pane shows the whole matter, the Matter tab lists its sections instead of repeating its fields.
import type { KeyboardEvent } from 'react';
import { MatterForm } from '../matter-form/matter-form';
import { MatterContents } from '../matter-view/matter-contents';
import { useMatterSections } from '../matter-view/use-matter-sections';
import { ExampleNotice } from './example-notice';
import { DraftsPanel } from '../drafts/drafts-panel';
import type { BlockNode } from '../../core/document/model';
import type { QuotePlacement } from '../../core/editor/insert-at-cursor';
import { shownView, store, useDesk } from './desk-store';
import type { SidebarTab } from './desk-store';
import { LibraryPanel } from './library-slot';
import { VersionsTab } from '../versions/versions-tab';

/** "Quote in draft": the quotation goes in at the open editor's cursor (undoable) and focus goes back to
 *  the caret after it; null without a draft. */
function quoteInDraft(blocks: BlockNode[]): QuotePlacement | null {
  const live = store.liveEditor;
  if (!live) return null;
  const placement = live.insertBlocks(blocks);
  requestAnimationFrame(() => live.focus());
  return placement;
}

function MatterTab() {
  const matterShown = useDesk((s) => shownView(s) === 'matter');
  const sections = useMatterSections();
  if (!matterShown) return <MatterForm />;
  return (
    <div className="matter-tab-contents">
      <ExampleNotice compact />
      <p className="panel-intro">Every field of the matter is open in the wide pane. Go to a section:</p>
      <MatterContents sections={sections} label="Go to a section" />
    </div>
  );
}

export function Sidebar() {
  const tab = useDesk((s) => s.sidebarTab);
  const setTab = (next: SidebarTab) => store.set({ sidebarTab: next });
  const tabs: { id: SidebarTab; label: string }[] = [
    { id: 'drafts', label: 'Drafts' },
    { id: 'matter', label: 'Matter' },
    ...(LibraryPanel ? [{ id: 'library' as const, label: 'Library & Exhibits' }] : []),
    { id: 'history', label: 'Versions & History' },
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
        {tab === 'matter' && <MatterTab />}
        {tab === 'drafts' && <DraftsPanel />}
        {tab === 'library' && LibraryPanel && <LibraryPanel onQuote={quoteInDraft} />}
        {tab === 'history' && <VersionsTab />}
      </div>
    </aside>
  );
}
