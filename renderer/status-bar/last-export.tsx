// Where the last export went, in the status bar: the full path in the desktop app, with a button that shows
// the file in the system's file manager; browser mode names the file it handed to the browser's downloads.
import { desk, hasNativeDialogs } from '../api/desk-client';
import { store } from '../app/desk-store';
import { isFullPath } from '../dialogs/path-field';

async function showInFolder(filePath: string): Promise<void> {
  const result = await desk().showInFolder({ path: filePath });
  if (!result.ok) store.alert(result.error);
}

export function LastExport({ where }: { where: string }) {
  return (
    <span className="status-item status-item--muted" title={where}>
      Exported {where}
      {hasNativeDialogs() && isFullPath(where) && (
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => void showInFolder(where)}
        >
          Show in folder
        </button>
      )}
    </span>
  );
}
