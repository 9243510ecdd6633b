// Which modal dialog is showing, with what it needs. One at a time, like a desktop app.
import type { RecoveryInfo } from '../../core/api/contract';

export type DialogState =
  | { kind: 'open'; recent: string[] }
  | { kind: 'save-as'; suggestedPath: string; thenClose?: boolean }
  | { kind: 'unsaved-changes'; action: 'new' | 'open' | 'close'; then: () => void }
  | { kind: 'recovery'; info: RecoveryInfo }
  | { kind: 'incomplete-export'; missing: string[] };
