// The formatting toolbar: paragraph style, marks, lists, quote, alignment, page break, undo/redo, unlink,
// exhibit references.
// Buttons keep the editor's selection (mousedown is cancelled) and report their state with aria-pressed.
import type { ReactNode } from 'react';
import { Editor } from 'slate';
import { useSlate, ReactEditor } from 'slate-react';
import { HistoryEditor } from 'slate-history';
import type { Alignment } from '../../core/document/model';
import { isFieldNode } from '../../core/document/model';
import {
  activeAlign,
  activeBlockKind,
  isMarkActive,
  setAlign,
  toggleBlock,
  toggleMark,
} from '../../core/editor/transforms';
import type { BlockKind, Mark } from '../../core/editor/transforms';
import { currentListType, indentListItems, outdentListItems, toggleList } from '../../core/editor/with-lists';
import { insertPageBreak } from '../../core/editor/with-page-break';
import { unlinkField } from '../../core/editor/with-fields';
import type { DeskEditor } from './slate-editor-type';
import { ExhibitRefPicker } from './exhibit-ref-picker';
import { insertFootnoteHere } from './insert-commands';
import { TableTools } from './table-tools';
import { footnoteIcon } from './insert-icons';
import { icons } from './toolbar-icons';
import { setPageViewOpen, usePageViewOpen } from '../page-view/page-view-state';
import { pageViewIcon } from '../page-view/page-view-icon';

const modKey = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

interface ToolProps {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onRun: () => void;
  children: ReactNode;
}

function Tool({ label, shortcut, pressed, disabled, onRun, children }: ToolProps) {
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut?.replace(modKey, 'Control+')}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onRun}
    >
      {children}
    </button>
  );
}

const styles: { kind: BlockKind; label: string }[] = [
  { kind: 'paragraph', label: 'Body text' },
  { kind: 'heading-1', label: 'Heading 1' },
  { kind: 'heading-2', label: 'Heading 2' },
  { kind: 'heading-3', label: 'Heading 3' },
  { kind: 'block-quote', label: 'Block quote' },
];

function selectedField(editor: DeskEditor) {
  if (!editor.selection) return undefined;
  const [entry] = Editor.nodes(editor, { match: isFieldNode });
  return entry;
}

export function Toolbar() {
  const editor = useSlate();
  const run = (command: (e: DeskEditor) => void) => () => {
    command(editor);
    ReactEditor.focus(editor);
  };
  const mark = (m: Mark, label: string, key: string, glyph: ReactNode) => (
    <Tool
      label={label}
      shortcut={`${modKey}${key}`}
      pressed={isMarkActive(editor, m)}
      onRun={run((e) => toggleMark(e, m))}
    >
      {glyph}
    </Tool>
  );
  const align = (a: Alignment, label: string, key: string, icon: ReactNode) => (
    <Tool
      label={label}
      shortcut={`${modKey}${key}`}
      pressed={activeAlign(editor) === a}
      onRun={run((e) => setAlign(e, a))}
    >
      {icon}
    </Tool>
  );
  const kind = activeBlockKind(editor);
  const listType = currentListType(editor);
  const field = selectedField(editor);
  const pageView = usePageViewOpen();
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <select
        className="style-picker"
        aria-label="Paragraph style"
        value={kind}
        onChange={(e) => {
          toggleBlock(editor, e.target.value as BlockKind);
          ReactEditor.focus(editor);
        }}
      >
        {styles.map((s) => (
          <option key={s.kind} value={s.kind}>
            {s.label}
          </option>
        ))}
      </select>
      <span className="tool-separator" aria-hidden="true" />
      {mark('bold', 'Bold', 'B', <b className="glyph">B</b>)}
      {mark('italic', 'Italic', 'I', <i className="glyph glyph--italic">I</i>)}
      {mark('underline', 'Underline', 'U', <u className="glyph">U</u>)}
      <span className="tool-separator" aria-hidden="true" />
      <Tool
        label="Numbered list"
        shortcut={`${modKey}Shift+7`}
        pressed={listType === 'numbered-list'}
        onRun={run((e) => toggleList(e, 'numbered-list'))}
      >
        {icons.numbered}
      </Tool>
      <Tool
        label="Bulleted list"
        shortcut={`${modKey}Shift+8`}
        pressed={listType === 'bulleted-list'}
        onRun={run((e) => toggleList(e, 'bulleted-list'))}
      >
        {icons.bulleted}
      </Tool>
      <Tool label="Decrease indent" shortcut="Shift+Tab" disabled={!listType} onRun={run(outdentListItems)}>
        {icons.outdent}
      </Tool>
      <Tool label="Increase indent" shortcut="Tab" disabled={!listType} onRun={run(indentListItems)}>
        {icons.indent}
      </Tool>
      <Tool
        label="Block quote"
        pressed={kind === 'block-quote'}
        onRun={run((e) => toggleBlock(e, 'block-quote'))}
      >
        {icons.quote}
      </Tool>
      <span className="tool-separator" aria-hidden="true" />
      {align('left', 'Align left', 'L', icons.alignLeft)}
      {align('center', 'Center', 'E', icons.alignCenter)}
      {align('right', 'Align right', 'R', icons.alignRight)}
      {align('justify', 'Justify', 'J', icons.alignJustify)}
      <span className="tool-separator" aria-hidden="true" />
      <Tool label="Insert page break" shortcut={`${modKey}Enter`} onRun={run(insertPageBreak)}>
        {icons.pageBreak}
      </Tool>
      <TableTools />
      <Tool label="Insert footnote" shortcut={`${modKey}Alt+F`} onRun={run(insertFootnoteHere)}>
        {footnoteIcon}
      </Tool>
      <Tool
        label="Unlink field (make plain text)"
        disabled={!field}
        onRun={run((e) => field && unlinkField(e, field[1]))}
      >
        {icons.unlink}
      </Tool>
      <ExhibitRefPicker />
      <span className="tool-spacer" />
      <Tool label="Page view" pressed={pageView} onRun={() => setPageViewOpen(!pageView)}>
        {pageViewIcon}
      </Tool>
      <Tool
        label="Undo"
        shortcut={`${modKey}Z`}
        disabled={editor.history.undos.length === 0}
        onRun={run((e) => HistoryEditor.undo(e))}
      >
        {icons.undo}
      </Tool>
      <Tool
        label="Redo"
        shortcut={`${modKey}Y`}
        disabled={editor.history.redos.length === 0}
        onRun={run((e) => HistoryEditor.redo(e))}
      >
        {icons.redo}
      </Tool>
    </div>
  );
}
