// Starts the built web host (build/web-host.cjs) as a child process on a free port with its own data
// folder, and reads the URL (with its token) it prints.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const hostScript = path.join(repoRoot, 'build/web-host.cjs');

export interface RunningHost {
  url: string;
  dataDir: string;
  process: ChildProcess;
  /** Stops it politely (SIGTERM) and waits. */
  stop(): Promise<void>;
  /** Kills it without warning, as a crash would. */
  kill(): Promise<void>;
}

export const tempDir = (prefix: string): Promise<string> =>
  fs.mkdtemp(path.join(os.tmpdir(), `counsel-desk-${prefix}-`));

export async function startWebHost(dataDir?: string): Promise<RunningHost> {
  if (!existsSync(hostScript)) throw new Error(`${hostScript} is missing. Run "npm run build" first.`);
  const dir = dataDir ?? (await tempDir('data'));
  const child = spawn(process.execPath, [hostScript, '--port', '0', '--data-dir', dir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`The web host printed no URL within 20 s:\n${output}`)),
      20_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited (${code}) before printing its URL:\n${output}`));
    });
  });
  return {
    url,
    dataDir: dir,
    process: child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
