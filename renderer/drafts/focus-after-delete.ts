// Where keyboard focus goes once a draft is deleted: the Delete button that had it is gone, so focus moves to
// the draft now in its place (the one that opened) or, when none is left, to "Generate draft".
export function focusAfterDelete(nextDraftId: string | null): void {
  // After React has rendered the shorter list and the dialog's own focus return (to the vanished button) ran.
  requestAnimationFrame(() => {
    const target = nextDraftId
      ? document.querySelector<HTMLElement>(`[data-draft-open="${CSS.escape(nextDraftId)}"]`)
      : document.querySelector<HTMLElement>('[data-generate-draft]');
    target?.focus();
  });
}
