// Shared by the benchmark sections: run a whole process and time it, read its peak memory, take medians.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);
const reportRss = fileURLToPath(new URL('./report-rss.cjs', import.meta.url));

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The p-th percentile (nearest rank) of the values. */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export const ms = (value) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
export const mb = (kilobytes) => `${(kilobytes / 1024).toFixed(0)} MB`;

/**
 * Runs a command to completion. Wall time is measured here; peak memory (max RSS, KB) and CPU time (ms)
 * come from GNU time when installed. Without it they are null and callers fall back to their own measure.
 */
export function timeProcess(command, args, options = {}) {
  // Without GNU time a Node process reports its own peak (process.resourceUsage) through a preload.
  const [file, argv] = hasGnuTime
    ? [GNU_TIME, ['-f', 'MAXRSS=%M CPU=%U+%S', command, ...args]]
    : [command, command === process.execPath ? ['--require', reportRss, ...args] : args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const match = /MAXRSS=(\d+)(?: CPU=([\d.]+)\+([\d.]+))?/.exec(stderr);
      const output = stderr.replace(/\s*MAXRSS=\d+( CPU=\S+)?\s*$/, '').trim();
      // CPU time (user + system) moves less than wall time when another job shares the machine.
      const cpuMs = match?.[2] ? (Number(match[2]) + Number(match[3])) * 1000 : null;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${output}`));
      else resolve({ wallMs, cpuMs, maxRssKb: match ? Number(match[1]) : null, stdout, stderr: output });
    });
  });
}

/** Runs several commands round-robin (A B A B ...) so drift in machine load hits each alike. */
export async function alternate(runs, commands) {
  const results = commands.map(() => []);
  for (let round = 0; round < runs; round += 1) {
    for (const [index, run] of commands.entries()) results[index].push(await run());
  }
  return results;
}
