// What the Find and replace panel does: keeps the matches of the Find text up to date with the draft, steps
// through them, replaces in ordinary text (Replace all as one undo step) and, for a match inside a matter
// value, asks before changing the value.
import { useCallback, useEffect, useState } from 'react';
import { Point, Range, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { findMatches } from '../../core/editor/find-matches';
import type { FindMatch, FindOptions } from '../../core/editor/find-matches';
import { replaceAllMatches, replaceInValue, replaceMatch } from '../../core/editor/replace-matches';
import { afterDraftChanges } from '../editor/draft-changes';
import type { DeskEditor } from '../editor/slate-editor-type';
import { applyChipReplacements, chipReplacement } from './chip-replacement';
import type { ChipReplacement } from './chip-replacement';
import { clearMatches, scrollToMatch, showMatches } from './find-highlight';
import { describeMatchPlace } from './match-words';

/** A question waiting for the user: change these matter values? */
export interface PendingValueChange {
  question: string;
  changes: { path: string; to: string }[];
}

export function useFind(editor: DeskEditor, open: boolean) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWords: false });
  const [matches, setMatches] = useState<FindMatch[]>([]);
  const [current, setCurrent] = useState(-1);
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState<PendingValueChange | null>(null);

  const recount = useCallback((): FindMatch[] => {
    const found = findMatches(editor, query, options);
    setMatches(found);
    // The match shown stays the current one while the cursor is still on it.
    const selection = editor.selection;
    setCurrent(selection ? found.findIndex((m) => Range.equals(m.range, selection)) : -1);
    return found;
  }, [editor, query, options]);

  // New Find text or options, or the draft changed under the panel (typing, a matter update): recount,
  // after a pause in typing.
  useEffect(() => (open ? afterDraftChanges(recount, 250) : undefined), [open, recount]);

  useEffect(() => {
    if (!open) return clearMatches();
    showMatches(editor, matches, current);
  }, [editor, matches, current, open]);
  useEffect(() => clearMatches, []);

  const goTo = useCallback(
    (list: FindMatch[], index: number, note = '') => {
      const match = list[index];
      setPending(null);
      if (!match) {
        setCurrent(-1);
        setMessage(query === '' ? '' : 'No matches in this draft.');
        return;
      }
      setCurrent(index);
      Transforms.select(editor, match.range);
      scrollToMatch(editor, match);
      setMessage(`${note}${index + 1} of ${list.length}${describeMatchPlace(match)}`);
    },
    [editor, query],
  );

  /** The match after (or before) the cursor, wrapping around the draft's end as Word does. */
  const stepIn = useCallback(
    (list: FindMatch[], at: number, direction: 1 | -1) => {
      if (list.length === 0) return goTo(list, -1);
      // From the cursor, or past the selected words (the match found last, say).
      const selection = editor.selection;
      const after = (m: FindMatch) =>
        !selection || Point.compare(Range.start(m.range), Range.end(selection)) >= 0;
      const before = (m: FindMatch) =>
        !selection || Point.compare(Range.start(m.range), Range.start(selection)) < 0;
      let index =
        at >= 0 && at < list.length
          ? at + direction
          : direction === 1
            ? list.findIndex(after)
            : list.findLastIndex(before);
      let note = '';
      if (index < 0 || index >= list.length) {
        index = direction === 1 ? 0 : list.length - 1;
        note = direction === 1 ? 'Continued from the top. ' : 'Continued from the end. ';
      }
      goTo(list, index, note);
    },
    [editor, goTo],
  );
  const step = (direction: 1 | -1) => stepIn(matches, current, direction);

  const askAboutValues = (asked: ChipReplacement[]) => {
    const changes = asked.flatMap((c) => (c.kind === 'change-value' ? [c] : []));
    if (changes.length === 0) return false;
    const names = [...new Set(changes.map((c) => c.label))].join(', ');
    setPending({
      question:
        changes.length === 1
          ? `This is in the matter value ${names} (“${changes[0]!.from}”). Change the value to “${changes[0]!.to}”? Every letter of the matter follows.`
          : `${changes.length} matter values hold it (${names}). Change them? Every letter of the matter follows.`,
      changes,
    });
    return true;
  };

  const replace = () => {
    const match = matches[current];
    if (!match) return step(1);
    if (match.place.kind === 'text') {
      HistoryEditor.withNewBatch(editor, () => replaceMatch(editor, match, replacement));
      // On to the next match, after the replacement (the cursor is there now).
      stepIn(recount(), -1, 1);
      return;
    }
    const chip = chipReplacement(match, replacement);
    if (askAboutValues([chip])) return;
    setMessage(`Not replaced: ${describeMatchPlace(match, chip).replace(/^ · /, '')}`);
  };

  const replaceAll = () => {
    if (matches.length === 0) return goTo(matches, -1);
    let replaced = 0;
    let skipped: FindMatch[] = [];
    HistoryEditor.withNewBatch(editor, () => {
      ({ replaced, skipped } = replaceAllMatches(editor, matches, replacement));
    });
    recount();
    const left = skipped.length;
    setMessage(
      `Replaced ${replaced}.${left > 0 ? ` ${left} ${left === 1 ? 'match is' : 'matches are'} in matter values or exhibit references and ${left === 1 ? 'was' : 'were'} left as ${left === 1 ? 'it is' : 'they are'}.` : ''}`,
    );
    // Every field the skipped matches sit in, once, with all its matches replaced in the stored value.
    const byPath = new Map<string, ChipReplacement>();
    for (const match of skipped) {
      if (match.place.kind !== 'field' || byPath.has(match.place.field.path)) continue;
      const chip = chipReplacement(match, replacement);
      const to = chip.kind === 'change-value' ? replaceInValue(chip.from, query, options, replacement) : '';
      byPath.set(match.place.field.path, chip.kind === 'change-value' ? { ...chip, to } : chip);
    }
    askAboutValues([...byPath.values()]);
  };

  const answer = (change: boolean) => {
    if (change && pending) applyChipReplacements(pending.changes);
    setMessage(change ? 'Changed in the matter; every letter follows.' : 'Left as it is.');
    setPending(null);
  };

  return {
    ...{ query, setQuery, replacement, setReplacement, options, setOptions, matches, current },
    ...{ message, pending, step, replace, replaceAll, answer },
    reset: () => {
      setCurrent(-1);
      setPending(null);
      setMessage('');
    },
  };
}
