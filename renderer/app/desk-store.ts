// The app's state outside React's tree: the open matter file, which draft is open, saved/unsaved, dialogs
// and errors. Components subscribe to the slices they show, so typing in the editor re-renders only what
// changed (the status bar flips to "Unsaved" once, the matter form not at all).
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import type { MatterFile, TemplateSummary } from '../../core/api/contract';
import type { ApiError } from '../../core/api/result';
import type { BlockNode } from '../../core/document/model';
import type { QuotePlacement } from '../../core/editor/insert-at-cursor';
import type { DialogState } from '../dialogs/dialog-state';
import type { DraftStatus, ReviewPanelState } from './draft-status';
import { revealedFirst } from './reveal-draft';

export type { DraftStatus, ReviewPanelState };

export interface AlertMessage {
  id: number;
  message: string;
  details?: string[];
}

export type SidebarTab = 'drafts' | 'matter' | 'library' | 'history';

/** What the wide pane shows: the open draft, the whole matter, or the library. Without an open draft,
 *  "draft" shows the matter. */
export type MainView = 'draft' | 'matter' | 'library';

export interface DeskState {
  ready: boolean;
  mode: 'electron' | 'web';
  /** Where the matter file lives; empty until it is first saved. */
  path: string;
  file: MatterFile | null;
  activeDraftId: string | null;
  dirty: boolean;
  savedAt: string | null;
  autosavedAt: string | null;
  templates: TemplateSummary[];
  selectedTemplateId: string;
  alerts: AlertMessage[];
  dialog: DialogState | null;
  busy: { label: string } | null;
  /** Where (or under what name) the last DOCX export went. */
  lastExport: string | null;
  /** Bumped when the matter changes, so the open editor refreshes its chips. */
  matterVersion: number;
  /** Which sidebar tab shows (commands such as "go to this field" switch it). */
  sidebarTab: SidebarTab;
  mainView: MainView;
  /** Bumped when sources enter or leave the library, so its lists read it again. */
  libraryVersion: number;
  /** What the last import by dropping files did, shown in the Library view. */
  libraryNotice: string;
  /** Bumped each time a matter is opened (new, file, example, recovery): the form starts afresh. */
  openCount: number;
  /** Per draft id, from the last bind of that draft. */
  draftStatus: Record<string, DraftStatus>;
  /** A short note on what the last bind of the open draft did, shown in the editor (e.g. "2 passages updated"). */
  bindNotice: string;
  /** The "Review before sending" panel beside the editor, or null when closed. */
  review: ReviewPanelState | null;
}

/** What the open editor offers the rest of the app. */
export interface LiveEditor {
  draftId: string;
  /** The draft's current blocks (the editor holds the newest copy while it is open). */
  blocks(): BlockNode[];
  /** Makes the editor's blocks equal a bound body: changed passages and chips only, as one undo step. */
  applyBody(body: BlockNode[]): void;
  /** Puts blocks (a quotation and its citation) at the cursor, or at the end of the letter body; undoable. */
  insertBlocks(blocks: BlockNode[]): QuotePlacement;
  /** Puts an "Exhibit B" reference at the cursor, or at the end of the last paragraph; undoable. */
  insertExhibitRef(exhibitId: string, label: string): void;
  /** Puts the cursor at the start of an update to review and scrolls to it; false if it is settled. */
  goToUpdate(updateId: string): boolean;
  /** Puts keyboard focus back in the draft, at its caret. */
  focus(): void;
}

type Listener = () => void;

export class DeskStore {
  private state: DeskState = {
    ready: false,
    mode: 'web',
    path: '',
    file: null,
    activeDraftId: null,
    dirty: false,
    savedAt: null,
    autosavedAt: null,
    templates: [],
    selectedTemplateId: '',
    alerts: [],
    dialog: null,
    busy: null,
    lastExport: null,
    matterVersion: 0,
    openCount: 0,
    sidebarTab: 'drafts',
    mainView: 'draft',
    libraryVersion: 0,
    libraryNotice: '',
    draftStatus: {},
    bindNotice: '',
    review: null,
  };
  private listeners = new Set<Listener>();
  private nextAlertId = 1;
  /** Changes since the last recovery write; the autosave timer checks it. */
  unsavedSinceAutosave = false;
  /** Counts edits, so a save knows whether more edits arrived while it ran. */
  changeCount = 0;
  /** When the last edit happened (performance.now()); autosave waits for a pause in typing. */
  lastEditAt = 0;
  private live: LiveEditor | null = null;

  get liveEditor(): LiveEditor | null {
    return this.live;
  }

  /** The draft comes into view before anything is done to it from elsewhere (see reveal-draft.ts). */
  set liveEditor(editor: LiveEditor | null) {
    const reveal = () => {
      if (this.state.mainView !== 'draft') flushSync(() => this.set({ mainView: 'draft' }));
    };
    this.live = editor && revealedFirst(editor, reveal);
  }

  get = (): DeskState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(patch: Partial<DeskState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  markDirty(): void {
    this.changeCount++;
    this.lastEditAt = performance.now();
    this.unsavedSinceAutosave = true;
    if (!this.state.dirty) this.set({ dirty: true });
  }

  alert(error: ApiError | string): void {
    const alert: AlertMessage =
      typeof error === 'string'
        ? { id: this.nextAlertId++, message: error }
        : { id: this.nextAlertId++, message: error.message, details: error.details };
    this.set({ alerts: [...this.state.alerts, alert].slice(-4) });
  }

  dismissAlert(id: number): void {
    this.set({ alerts: this.state.alerts.filter((alert) => alert.id !== id) });
  }

  /** The matter file with the open draft's newest blocks folded in: what Save, export and recovery write. */
  snapshot(): MatterFile | null {
    const file = this.state.file;
    if (!file) return null;
    const live = this.liveEditor;
    if (!live) return file;
    return {
      ...file,
      drafts: file.drafts.map((draft) =>
        draft.id === live.draftId ? { ...draft, body: live.blocks() } : draft,
      ),
    };
  }
}

export const store = new DeskStore();

/** What the wide pane shows now: the matter stands in for a draft when none is open. */
export const shownView = (state: DeskState): MainView =>
  state.mainView === 'draft' && !state.activeDraftId ? 'matter' : state.mainView;

export function useDesk<T>(select: (state: DeskState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
