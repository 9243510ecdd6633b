// Real services over a temp data folder and the repo's own templates, for handler tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHandlers } from '../../electron/handlers';
import type { DesktopShell, HandlerContext } from '../../electron/handlers/handler-types';
import { resolveAppPaths } from '../../electron/services/app-paths';
import { bootServices, createServices } from '../../electron/services/desk-services';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export async function servicesForTest() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'desk-data-'));
  const paths = resolveAppPaths({ buildDir: path.join(repoRoot, 'build'), packaged: false, dataDir });
  const services = createServices(paths, '1.2.3');
  await bootServices(services);
  return { services, handlers: createHandlers(services), dataDir };
}

export const webContext: HandlerContext = { mode: 'web', shell: null };

/** A desktop shell whose dialogs answer with the given paths (null = the user cancelled). */
export function desktopContext(
  answers: {
    open?: string | null;
    save?: string | null;
    importPaths?: string[];
    folder?: string | null;
  } = {},
) {
  const calls: string[] = [];
  const shell: DesktopShell = {
    chooseOpenPath: async () => (calls.push('open'), answers.open ?? null),
    chooseSavePath: async (kind, suggested) => (
      calls.push(`save ${kind} ${suggested}`),
      answers.save ?? null
    ),
    chooseImportPaths: async (what) => (calls.push(`import ${what}`), answers.importPaths ?? []),
    chooseFolder: async () => (calls.push('folder'), answers.folder ?? null),
    showInFolder: (filePath) => void calls.push(`show ${filePath}`),
    setDirty: (dirty) => void calls.push(`dirty ${dirty}`),
    closeWindow: () => (calls.push('close'), true),
  };
  return { ctx: { mode: 'electron', shell } as HandlerContext, calls };
}
