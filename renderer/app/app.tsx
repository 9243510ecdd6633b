// The window: command bar, sidebar, the wide pane (the open draft, the whole matter or the library), the
// review panel when open, status bar, plus dialogs, alerts and progress.
import { useEffect, useLayoutEffect } from 'react';
import { desk, hasNativeDialogs } from '../api/desk-client';
import { AlertRegion } from '../dialogs/alert-region';
import { BusyOverlay } from '../dialogs/busy-overlay';
import { DialogHost } from '../dialogs/dialog-host';
import { EditorErrorBoundary } from '../editor/editor-error-boundary';
import { EditorPane } from '../editor/editor-pane';
import { ReviewPanel } from '../review/review-panel';
import { StatusBar } from '../status-bar/status-bar';
import { startAutosave } from './autosave';
import { CommandBar } from './command-bar';
import { DropTarget } from '../library-view/drop-target';
import { LibraryView } from '../library-view/library-view';
import { MatterView } from '../matter-view/matter-view';
import { installViewShortcuts } from '../matter-view/view-shortcuts';
import { shownView, store, useDesk } from './desk-store';
import { startSessionMemory } from './session-memory';
import { installGlobalShortcuts } from './global-shortcuts';
import { Sidebar } from './sidebar';
import { runMenuCommand, startApp } from './startup';

function useAppLifecycle(): void {
  // A layout effect, so it is in place before any draft editor installs its own shortcuts.
  useLayoutEffect(installViewShortcuts, []);
  useEffect(() => {
    let stopped = false;
    let stopMemory = () => {};
    void startApp().then(() => {
      if (!stopped) stopMemory = startSessionMemory();
    });
    const stopAutosave = startAutosave();
    const stopShortcuts = hasNativeDialogs() ? () => undefined : installGlobalShortcuts();
    const stopMenu = desk().onMenuCommand(runMenuCommand);
    // Tell the shell about unsaved changes (window title, asking before close).
    let lastDirty = false;
    const stopDirty = store.subscribe(() => {
      const { dirty, file } = store.get();
      if (dirty === lastDirty) return;
      lastDirty = dirty;
      void desk().setDirty({ dirty, title: file?.matter.title || 'Untitled matter' });
    });
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (store.get().dirty && !hasNativeDialogs()) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      stopAutosave();
      stopShortcuts();
      stopMenu();
      stopDirty();
      stopped = true;
      stopMemory();
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, []);
}

const VIEW_NAMES = { draft: 'Draft editor', matter: 'Matter', library: 'Library' } as const;

/** The open draft stays mounted while the matter or the library shows, so it keeps its caret and undo. */
function WidePane() {
  const view = useDesk(shownView);
  const hasDraft = useDesk((s) => s.activeDraftId !== null);
  return (
    <main className="editor-pane" aria-label={VIEW_NAMES[view]}>
      {hasDraft && (
        <div className="draft-frame" hidden={view !== 'draft'}>
          <EditorErrorBoundary>
            <EditorPane />
          </EditorErrorBoundary>
        </div>
      )}
      {view === 'matter' && <MatterView />}
      {view === 'library' && <LibraryView />}
      <BusyOverlay />
    </main>
  );
}

export function App() {
  useAppLifecycle();
  const ready = useDesk((s) => s.ready);
  return (
    <div className="app" data-ready={ready} aria-busy={!ready}>
      <CommandBar />
      <div className="workspace">
        <Sidebar />
        <WidePane />
        <ReviewPanel />
      </div>
      <StatusBar />
      <DropTarget />
      <AlertRegion />
      <DialogHost />
    </div>
  );
}
