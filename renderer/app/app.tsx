// The window: command bar, sidebar, editor, the review panel when open, status bar, plus dialogs, alerts
// and progress.
import { useEffect } from 'react';
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
import { store, useDesk } from './desk-store';
import { installGlobalShortcuts } from './global-shortcuts';
import { Sidebar } from './sidebar';
import { runMenuCommand, startApp } from './startup';

function useAppLifecycle(): void {
  useEffect(() => {
    void startApp();
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
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, []);
}

export function App() {
  useAppLifecycle();
  const ready = useDesk((s) => s.ready);
  return (
    <div className="app" data-ready={ready} aria-busy={!ready}>
      <CommandBar />
      <div className="workspace">
        <Sidebar />
        <main className="editor-pane" aria-label="Draft editor">
          <EditorErrorBoundary>
            <EditorPane />
          </EditorErrorBoundary>
          <BusyOverlay />
        </main>
        <ReviewPanel />
      </div>
      <StatusBar />
      <AlertRegion />
      <DialogHost />
    </div>
  );
}
