// Which modal dialog is showing, with what it needs. One at a time, like a desktop app.
import type { RecentMatter, RecoveryInfo } from '../../core/api/contract';
import type { ChangedPassage } from '../../core/merge/describe-changes';
import type { ExportChoices } from '../app/export-commands';
import type { FlaggedExcerpt } from '../app/excerpt-review';
import type { SaveConflictChoice } from './save-conflict-dialog';

export type DialogState =
  | { kind: 'open'; recent: RecentMatter[] }
  | { kind: 'save-as'; suggestedPath: string; thenClose?: boolean }
  | { kind: 'unsaved-changes'; action: 'new' | 'open' | 'close'; then: () => void }
  | { kind: 'recovery'; info: RecoveryInfo }
  | { kind: 'save-conflict'; message: string; choose: (choice: SaveConflictChoice) => void }
  | { kind: 'delete-draft'; draftId: string; title: string }
  | { kind: 'update-preview'; draftId: string; title: string; passages: ChangedPassage[] }
  | { kind: 'excerpt-review'; flagged: FlaggedExcerpt[]; problem: string; choices: ExportChoices };
