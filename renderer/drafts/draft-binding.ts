// Keeps drafts bound to the matter while the user works. The open draft follows every change at once: chips
// and references from the bind step run locally, then the template is rendered on the Node side and merged
// in (passages the attorney edited become updates to review). Closed drafts are checked in the background,
// so the drafts list can say which are out of date; "Update" brings one up to date in place.
import { todayIso } from '../../core/letter/letter-facts';
import type { BlockNode } from '../../core/document/model';
import { matterParts, type Draft, type MatterFile } from '../../core/matter-file/matter-file';
import { bindDraft, type BindProblem, type BoundDraft } from '../../core/pipeline/bind-draft';
import { changedPassages, type ChangedPassage } from '../../core/merge/describe-changes';
import { desk } from '../api/desk-client';
import { store, type DraftStatus } from '../app/desk-store';
import { listedProblems } from '../review/listed-problems';

const BIND_DELAY_MS = 150;

/** The drafts list counts problems as the review panel and the export do: the deadline from today. */
const reviewOptions = () => ({ today: todayIso() });
const STATUS_DELAY_MS = 600;

export { matterParts };

/** How many problems stop a clean export and how many are to check: the drafts list's badge. */
export function problemCounts(problems: readonly BindProblem[]): Pick<DraftStatus, 'stops' | 'warnings'> {
  const listed = listedProblems(problems);
  const stops = listed.filter((p) => p.severity === 'stop').length;
  return { stops, warnings: listed.length - stops };
}

const statusOf = (bound: BoundDraft): DraftStatus => ({
  outOfDate: bound.changed,
  pendingUpdates: bound.pendingUpdates,
  missing: bound.missing.length,
  ...problemCounts(bound.problems),
});

/** A review of the open draft (the panel's) also gives the drafts list its newest counts. */
export function setProblemCounts(id: string, problems: readonly BindProblem[]): void {
  const current = store.get().draftStatus[id];
  if (current) setStatus(id, { ...current, ...problemCounts(problems) });
}

function setStatus(id: string, status: DraftStatus): void {
  const current = store.get().draftStatus[id];
  if (current && JSON.stringify(current) === JSON.stringify(status)) return;
  store.set({ draftStatus: { ...store.get().draftStatus, [id]: status } });
}

/** The template rendered for the draft's letter and the matter now (Node side), or null after a message. */
async function render(file: MatterFile, draft: Draft, quiet = false): Promise<BlockNode[] | null> {
  const result = await desk().renderDraft({
    draft: { ...draft, body: [], base: null },
    parts: matterParts(file),
  });
  if (result.ok) return result.value.rendered;
  if (!quiet) store.alert(result.error);
  return null;
}

function replaceDraft(file: MatterFile, draft: Draft): MatterFile {
  return { ...file, drafts: file.drafts.map((d) => (d.id === draft.id ? draft : d)) };
}

/** Values, labels and the letter's facts at once, without a render: the same bind, against the old base. */
export function bindOpenDraftLocally(): void {
  const live = store.liveEditor;
  const file = store.get().file;
  const draft = file?.drafts.find((d) => d.id === live?.draftId);
  if (!live || !file || !draft || draft.damaged) return;
  const body = live.blocks();
  live.applyBody(bindDraft(matterParts(file), { ...draft, body }, draft.base ?? body).body);
}

let bindSequence = 0;

/** Renders and merges the open draft; returns what changed (for the editor's notice), or null. */
export async function bindOpenDraft(): Promise<BoundDraft | null> {
  const live = store.liveEditor;
  const file = store.get().file;
  const draft = file?.drafts.find((d) => d.id === live?.draftId);
  if (!live || !file || !draft || draft.damaged) return null;
  const sequence = ++bindSequence;
  const rendered = await render(file, draft);
  // A newer change asked for its own bind, or the user opened another draft meanwhile.
  if (!rendered || sequence !== bindSequence || store.liveEditor !== live) return null;
  const now = store.get().file!;
  const current = now.drafts.find((d) => d.id === draft.id);
  if (!current) return null;
  const bound = bindDraft(matterParts(now), { ...current, body: live.blocks() }, rendered, reviewOptions());
  if (bound.changed || JSON.stringify(current.base) !== JSON.stringify(bound.base)) {
    live.applyBody(bound.body);
    store.set({ file: replaceDraft(now, { ...current, body: live.blocks(), base: bound.base }) });
  } else {
    live.applyBody(bound.body);
  }
  setStatus(draft.id, { ...statusOf(bound), outOfDate: false });
  return bound;
}

/** Binds a closed draft in place: the "Update" action of the drafts list. */
export async function updateDraft(id: string): Promise<void> {
  if (store.liveEditor?.draftId === id) {
    await bindOpenDraft();
    return;
  }
  const file = store.snapshot();
  const draft = file?.drafts.find((d) => d.id === id);
  if (!file || !draft || draft.damaged) return;
  const rendered = await render(file, draft);
  if (!rendered) return;
  // The user may have opened it, renamed it or changed the matter meanwhile: bind what is there now.
  if (store.liveEditor?.draftId === id) {
    await bindOpenDraft();
    return;
  }
  const latest = store.snapshot();
  const now = latest?.drafts.find((d) => d.id === id);
  if (!latest || !now) return;
  const bound = bindDraft(matterParts(latest), now, rendered, reviewOptions());
  store.set({
    file: replaceDraft(latest, {
      ...now,
      body: bound.body,
      base: bound.base,
      updatedAt: new Date().toISOString(),
    }),
  });
  store.markDirty();
  setStatus(id, { ...statusOf(bound), outOfDate: false });
  // A matter change during the render is caught by the next status check.
  if (latest.matter !== file.matter || latest.records !== file.records) matterChanged();
}

/** What "Update" would change in a draft, passage by passage (nothing is changed). */
export async function previewUpdate(id: string): Promise<ChangedPassage[] | null> {
  const file = store.snapshot();
  const draft = file?.drafts.find((d) => d.id === id);
  if (!file || !draft || draft.damaged) return null;
  const rendered = await render(file, draft);
  if (!rendered) return null;
  return changedPassages(draft.body, bindDraft(matterParts(file), draft, rendered).body);
}

let statusSequence = 0;

/** Checks every closed draft against the matter, for the drafts list's "Out of date" marks. */
export async function refreshDraftStatuses(): Promise<void> {
  const file = store.snapshot();
  if (!file) return;
  const sequence = ++statusSequence;
  for (const draft of file.drafts) {
    if (draft.damaged || draft.id === store.liveEditor?.draftId) continue;
    // A template that cannot be filled is said when the draft is opened or exported, not at every pause.
    const rendered = await render(file, draft, true);
    // A newer check started (the matter changed again) or the matter was closed: this one's answers are old.
    if (sequence !== statusSequence || store.get().file === null) return;
    if (rendered)
      setStatus(draft.id, statusOf(bindDraft(matterParts(file), draft, rendered, reviewOptions())));
  }
}

let bindTimer: ReturnType<typeof setTimeout> | undefined;
let statusTimer: ReturnType<typeof setTimeout> | undefined;

/** After any change to the matter, its records or a letter's facts: bind now locally, fully after a pause. */
export function matterChanged(): void {
  bindOpenDraftLocally();
  clearTimeout(bindTimer);
  bindTimer = setTimeout(() => void bindOpenDraft(), BIND_DELAY_MS);
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => void refreshDraftStatuses(), STATUS_DELAY_MS);
}

/** Waits for the bind a change scheduled (Save, export and tests need the letter as it now is). */
export async function bindPending(): Promise<void> {
  if (bindTimer === undefined) return;
  clearTimeout(bindTimer);
  bindTimer = undefined;
  await bindOpenDraft();
}
