// Shows whichever dialog the store asks for.
import { useDesk } from '../app/desk-store';
import { RecoveryDialog, UnsavedChangesDialog } from './choice-dialogs';
import { DeleteDraftDialog } from '../drafts/delete-draft-dialog';
import { UpdatePreviewDialog } from '../drafts/update-preview-dialog';
import { ExcerptReviewDialog } from './excerpt-review-dialog';
import { OpenDialog, SaveAsDialog } from './path-dialog';
import { SaveConflictDialog } from './save-conflict-dialog';

export function DialogHost() {
  const dialog = useDesk((s) => s.dialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'open':
      return <OpenDialog recent={dialog.recent} />;
    case 'save-as':
      return <SaveAsDialog suggestedPath={dialog.suggestedPath} />;
    case 'unsaved-changes':
      return <UnsavedChangesDialog action={dialog.action} then={dialog.then} />;
    case 'delete-draft':
      return <DeleteDraftDialog draftId={dialog.draftId} title={dialog.title} />;
    case 'update-preview':
      return <UpdatePreviewDialog draftId={dialog.draftId} title={dialog.title} passages={dialog.passages} />;
    case 'recovery':
      return <RecoveryDialog info={dialog.info} />;
    case 'save-conflict':
      return <SaveConflictDialog message={dialog.message} choose={dialog.choose} />;
    case 'excerpt-review':
      return (
        <ExcerptReviewDialog flagged={dialog.flagged} problem={dialog.problem} choices={dialog.choices} />
      );
  }
}
