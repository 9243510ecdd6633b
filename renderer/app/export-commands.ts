// Export DOCX and Export PDF…: the same exporters as the CLI (they bind the draft to the matter on the Node
// side), behind a progress indicator, with the letter's own exhibits after it. Before exporting, excerpts are checked against
// the library and drifted ones are shown; then a letter with anything wrong opens "Review before sending"
// with the full list (the Node side still refuses a letter with stops). Either way the user may export a
// marked draft.
import { desk, hasNativeDialogs } from '../api/desk-client';
import { store } from './desk-store';
import { reviewExcerpts } from './excerpt-review';
import { bindPending, matterParts } from '../drafts/draft-binding';
import { closeReview, openReview, reviewOpenDraft } from '../review/review-commands';
import { recordExport } from '../versions/version-commands';

export interface ExportChoices {
  /** The user chose to export although required fields are empty (a marked draft). */
  allowIncomplete?: boolean;
  /** The user saw the changed or missing excerpts and chose to export anyway. */
  excerptsReviewed?: boolean;
  /** The user saw the problems in "Review before sending" and chose to export from there. */
  reviewed?: boolean;
}

type Format = 'docx' | 'pdf';

const MIME: Record<Format, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The format of the export the user began: "Review before sending" and the excerpts dialog carry it on. */
let begun: Format = 'docx';

function download(base64: string, fileName: string, format: Format): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const blob = new Blob([bytes], { type: MIME[format] });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export PDF…: the letter printed as the DOCX lays it out, Page X of Y, its exhibits after it. */
export function exportPdf(choices: ExportChoices = {}): Promise<void> {
  begun = 'pdf';
  return exportLetter('pdf', choices);
}

/** Export DOCX, or the export begun as PDF when the review panel or the excerpts dialog continues it. */
export function exportDocx(choices: ExportChoices = {}): Promise<void> {
  if (!choices.reviewed && !choices.excerptsReviewed) begun = 'docx';
  return exportLetter(begun, choices);
}

async function exportLetter(format: Format, choices: ExportChoices): Promise<void> {
  // The letter goes out as the matter is now: finish any update a change just asked for.
  await bindPending();
  const file = store.snapshot();
  const draft = file?.drafts.find((d) => d.id === store.get().activeDraftId);
  if (!file || !draft) {
    store.alert('There is no draft to export. Choose a template and select "Generate draft" first.');
    return;
  }
  if (!choices.excerptsReviewed && file.excerpts.length > 0) {
    store.set({ busy: { label: 'Checking excerpts against the library…' }, dialog: null });
    const review = await reviewExcerpts(file);
    store.set({ busy: null });
    if (review.flagged.length > 0 || review.problem) {
      store.set({
        dialog: { kind: 'excerpt-review', flagged: review.flagged, problem: review.problem ?? '', choices },
      });
      return;
    }
  }
  if (!choices.reviewed) {
    const problems = await reviewOpenDraft();
    if (!problems) return;
    if (problems.length > 0) {
      // The excerpts dialog (when it asked) gives way to the panel.
      store.set({ dialog: null });
      openReview({ problems, excerptsReviewed: choices.excerptsReviewed === true });
      return;
    }
  }
  // The checks took a moment: export the letter as it is now, with anything typed meanwhile.
  const current = store.snapshot() ?? file;
  const letter = current.drafts.find((d) => d.id === draft.id) ?? draft;
  store.set({ busy: { label: `Exporting “${letter.title}” to ${format.toUpperCase()}…` }, dialog: null });
  const request = {
    draft: letter,
    parts: matterParts(current),
    ...(choices.allowIncomplete ? { allowIncomplete: true } : {}),
  };
  const result = await (format === 'pdf' ? desk().exportPdf(request) : desk().exportDocx(request));
  store.set({ busy: null });
  if (!result.ok) {
    // Something that stops the letter arrived after the review: the panel shows the list as it is now.
    if (result.error.code === 'incomplete-matter')
      openReview({ excerptsReviewed: choices.excerptsReviewed === true });
    else if (result.error.code !== 'cancelled') store.alert(result.error);
    return;
  }
  const exported = result.value;
  if (exported.base64 && !hasNativeDialogs()) download(exported.base64, exported.fileName, format);
  begun = 'docx';
  store.set({ lastExport: exported.path || exported.fileName });
  void recordExport(exported, letter);
  closeReview();
}
