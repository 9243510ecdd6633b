// The open draft: a Slate editor on a white sheet, with its toolbar. Registers itself with the store so
// Save, export and autosave read its newest blocks and the matter form can refresh its field chips.
import { useCallback, useEffect, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Editable, ReactEditor, Slate } from 'slate-react';
import type { Descendant } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { BlockNode } from '../../core/document/model';
import { applyBody } from '../../core/editor/apply-body';
import { insertBlocksAtCursor, insertExhibitReference } from '../../core/editor/insert-at-cursor';
import { store } from '../app/desk-store';
import { bindOpenDraft } from '../drafts/draft-binding';
import { BindNotice } from './bind-notice';
import { ChunkRevealContext, ChunkRevealer } from './chunk-reveal';
import { createDeskEditor } from './create-desk-editor';
import { goToUpdate } from './go-to-update';
import { handleEditorHotkey } from './hotkeys';
import { insertTypedText, typeOnSelectedChip } from './typed-text';
import { skipReactSelectionScan } from './skip-react-selection-scan';
import { renderChunk, renderElement, renderLeaf } from './render-element';
import { Toolbar } from './toolbar';
import { revealSelection } from './reveal-selection';
import { notifyDraftChange } from './draft-changes';
import { FindPanel } from '../find/find-panel';
import { installFindShortcuts } from '../find/find-shortcuts';
import { LEAVE_EDITOR_HINT, restoreCaretAfterLeaving } from './tab-key';
import { installZoomShortcuts, useZoom } from './zoom';
import { useTextMenu } from './text-menu';
import { PageViewPane } from '../page-view/page-view';
import './editing.css';

const EMPTY: BlockNode[] = [{ type: 'paragraph', children: [{ text: '' }] }];

/** Blocks of the draft as stored when the editor opens it; afterwards the editor holds the newest copy. */
function storedBlocks(draftId: string): Descendant[] {
  const children = store.get().file?.drafts.find((d) => d.id === draftId)?.body ?? [];
  return children.length > 0 ? children : EMPTY;
}

export function DraftEditor({ draftId, title }: { draftId: string; title: string }) {
  const [editor] = useState(createDeskEditor);
  const [revealer] = useState(() => new ChunkRevealer());
  const [initialValue] = useState(() => storedBlocks(draftId));

  useEffect(() => {
    store.liveEditor = {
      draftId: draftId,
      blocks: () => editor.children as BlockNode[],
      applyBody: (body) => {
        // One undo step: Ctrl+Z takes back an update from the matter as a whole.
        HistoryEditor.withNewBatch(editor, () => applyBody(editor, body));
      },
      insertBlocks: (blocks) => {
        const placement = insertBlocksAtCursor(editor, blocks);
        revealSelection(editor);
        return placement;
      },
      insertExhibitRef: (exhibitId, label) => {
        insertExhibitReference(editor, exhibitId, label);
        revealSelection(editor);
        // Back to the caret after the reference, so the next key typed continues the sentence.
        ReactEditor.focus(editor);
      },
      focus: () => ReactEditor.focus(editor),
      goToUpdate: (updateId) => goToUpdate(editor, updateId),
    };
    // The matter may have changed while this draft was closed: bind it now and say what that changed.
    store.set({ bindNotice: '' });
    void bindOpenDraft().then((bound) => {
      if (!bound || store.liveEditor?.draftId !== draftId) return;
      const earlier = bound.earlierVersionDifferences;
      if (earlier !== undefined && earlier > 0) {
        store.set({
          bindNotice: `This draft was made by an earlier version of Counsel Desk and is kept exactly as it was. ${earlier === 1 ? 'One passage differs' : `${earlier} passages differ`} from what the matter gives now; they count as your own text, so read the letter through before sending. From now on it follows the matter.`,
        });
        return;
      }
      if (!bound.changed) return;
      const review = bound.pendingUpdates;
      store.set({
        bindNotice: `Brought up to date with the matter${review > 0 ? `; ${review} ${review === 1 ? 'passage you edited has an update' : 'passages you edited have updates'} to review` : ''}. Ctrl+Z undoes the update.`,
      });
    });
    return () => {
      if (store.liveEditor?.draftId === draftId) store.liveEditor = null;
    };
  }, [editor, draftId]);

  useEffect(() => skipReactSelectionScan(ReactEditor.toDOMNode(editor, editor)), [editor]);
  useEffect(installFindShortcuts, []);
  useEffect(installZoomShortcuts, []);
  const zoom = useZoom();
  const textMenu = useTextMenu(editor);

  const onValueChange = useCallback(() => {
    store.markDirty();
    notifyDraftChange();
  }, []);
  const onDOMBeforeInput = useCallback((event: InputEvent) => insertTypedText(editor, event), [editor]);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) =>
      typeOnSelectedChip(editor, event.nativeEvent) || handleEditorHotkey(editor, event),
    [editor],
  );

  return (
    <ChunkRevealContext value={revealer}>
      <Slate editor={editor} initialValue={initialValue} onValueChange={onValueChange}>
        <Toolbar />
        <BindNotice />
        <FindPanel />
        <div className="draft-columns">
          {/* Focusable so keyboard users can scroll the page even when the caret is elsewhere. */}
          <div className="sheet-scroller" tabIndex={0} role="region" aria-label="Page">
            <article className="sheet" aria-label={`Draft: ${title}`} style={{ zoom: zoom / 100 }}>
              <Editable
                className="doc"
                aria-label={`${title}, draft text`}
                renderElement={renderElement}
                renderLeaf={renderLeaf}
                renderChunk={renderChunk}
                onKeyDown={onKeyDown}
                onDOMBeforeInput={onDOMBeforeInput}
                onContextMenu={textMenu.onContextMenu}
                onFocus={() => restoreCaretAfterLeaving(editor)}
                spellCheck
                aria-describedby="draft-editor-keys"
                data-testid="draft-editor"
              />
              <p id="draft-editor-keys" hidden>
                {LEAVE_EDITOR_HINT}
              </p>
            </article>
          </div>
          <PageViewPane />
        </div>
        {textMenu.menu}
      </Slate>
    </ChunkRevealContext>
  );
}
