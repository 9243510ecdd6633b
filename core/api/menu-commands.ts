// The one-way events main sends to the renderer (part of the contract, re-exported from ./contract). Kept
// free of zod so the sandboxed preload, which needs only these names, stays a few kilobytes.

/** What the application menu asks the renderer to do (main -> renderer, on the `menu:command` event). */
export type MenuCommand =
  | { command: 'new-matter' }
  | { command: 'open' }
  /** Open this file: chosen from Open Recent, or a .cdesk file the user double-clicked. */
  | { command: 'open-file'; path: string }
  | { command: 'save' }
  | { command: 'save-as' }
  | { command: 'export-docx' }
  | { command: 'review' }
  /** Produce the next production volume (the Produce dialog). */
  | { command: 'produce' }
  /** Print the open draft's pages (the page view). */
  | { command: 'print' }
  /** The user chose "Save" when closing with unsaved changes: save, then call desk.closeWindow(). */
  | { command: 'save-and-close' };

export const events = { menuCommand: 'menu:command' } as const;
