// Where the CLI finds templates: COUNSEL_DESK_TEMPLATES if set, else templates/ beside the build folder
// (the bundle is build/cli.cjs, so ../templates).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from './cli-error';

export function templatesDir(): string {
  const override = process.env.COUNSEL_DESK_TEMPLATES;
  const dir = override
    ? path.resolve(override)
    : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'templates');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CliError(
      override
        ? `COUNSEL_DESK_TEMPLATES points to ${dir}, which is not a folder. Set it to the folder that holds the templates.`
        : `The templates folder ${dir} is missing. Reinstall Counsel Desk or set COUNSEL_DESK_TEMPLATES to a templates folder.`,
    );
  }
  return dir;
}
