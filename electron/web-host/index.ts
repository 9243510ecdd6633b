// `npm run web` / build/web-host.cjs: serves Counsel Desk in the browser on 127.0.0.1 and prints the
// address with its access token. Runs until Ctrl+C (SIGINT) or SIGTERM, then shuts down cleanly.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createHandlers } from '../handlers';
import { defaultDataDir, resolveAppPaths } from '../services/app-paths';
import { bootServices, createServices, shutdownServices } from '../services/desk-services';
import { startWebHost } from './server';
import { parseWebHostArgs } from './web-host-args';

function readVersion(root: string): string {
  try {
    return (
      (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string }).version ??
      '0.0.0'
    );
  } catch {
    return '0.0.0';
  }
}

async function main(): Promise<void> {
  const args = parseWebHostArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(`counsel-desk web: ${args.error}`);
    process.exit(2);
  }
  // The bundle lives in <root>/build, so its own folder is the build folder.
  const buildDir = __dirname;
  const paths = resolveAppPaths({
    buildDir,
    packaged: false,
    dataDir: path.resolve(args.dataDir ?? defaultDataDir()),
  });
  const services = createServices(paths, readVersion(path.dirname(buildDir)));
  await bootServices(services);
  if (!existsSync(paths.rendererIndex)) {
    console.error(
      `The app's pages are not built yet (${paths.rendererIndex} is missing). Run "npm run build" first.`,
    );
  }
  const host = await startWebHost({
    handlers: createHandlers(services),
    rendererDir: paths.rendererDir,
    port: args.port,
  });
  console.log(`Counsel Desk is running in browser mode. Open: ${host.url}`);
  console.log(`Data folder: ${paths.dataDir}. Press Ctrl+C to stop.`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Stopping Counsel Desk (${signal})…`);
    void host
      .close()
      .then(() => shutdownServices(services))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('Ctrl+C'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? 'counsel-desk web: that port is already in use. Choose another with --port <n>, or leave it out for a free one.'
      : `counsel-desk web: could not start (${error instanceof Error ? error.message : String(error)}).`,
  );
  process.exit(1);
});
