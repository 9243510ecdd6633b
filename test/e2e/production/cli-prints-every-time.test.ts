// The command-line tool prints records to PDF pages on every run, not only the first: it runs its bundle
// from V8's code cache after the first run, where a dynamic import() of the printer was refused.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'counsel-desk.cjs');
const POLICY = path.join(ROOT, 'examples', 'policies', 'go-400-01-immigration-status-inquiries.md');

const cli = (cwd: string, ...args: string[]) =>
  execFileSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('counsel-desk records add, run again and again', () => {
  it('prints a Markdown policy to pages on the second and third run as on the first', () => {
    for (const run of [1, 2, 3]) {
      const dir = mkdtempSync(path.join(tmpdir(), `counsel-desk-cli-print-${run}-`));
      cli(dir, 'new', '--from', path.join(ROOT, 'examples', 'dallas-ag-inquiry.json'), '--out', 'm.cdesk');
      const out = cli(dir, 'records', 'add', 'm.cdesk', POLICY, '--request', '1', '--library', 'lib');
      expect(out, `run ${run}`).toContain('Added 1 record to m.cdesk.');
      expect(out).toMatch(
        /General Order 400\.01: Inquiries About Immigration Status {2}\d+ pages? {2}produced/,
      );
    }
  }, 120_000);
});
