// The audit trail is tamper-evident: an entry altered, removed or inserted anywhere is named by its number and
// what it says; a version altered after it was saved, or a sent mark added by hand, is found too.
import { describe, expect, it } from 'vitest';
import { sealEntries } from '../../../core/history/hash-chain';
import { recordSave } from '../../../core/history/record-save';
import { verifyHistory } from '../../../core/history/verify-history';
import type { MatterFile } from '../../../core/matter-file/matter-file';
import { PoolWriter } from '../../../core/versions/content-pool';
import { draftWith, fileWith, p, saveContext, sha256 } from '../versions/version-fixtures';

/** Five saves: created, generated, a city, an edit, a date, and version 2 marked sent. */
function savedMatter(): MatterFile {
  let file = recordSave(
    fileWith([draftWith([p('Draft one.')])]),
    undefined,
    saveContext('2025-03-10T09:00:00Z'),
  );
  file = recordSave(
    { ...file, matter: { ...file.matter, respondent: { ...file.matter.respondent, city: 'Dallas' } } },
    undefined,
    saveContext('2025-03-11T09:00:00Z'),
  );
  file = recordSave(
    { ...file, drafts: [draftWith([p('Draft two.')])] },
    undefined,
    saveContext('2025-03-12T09:00:00Z'),
  );
  const sent = {
    id: 'sent-1',
    kind: 'version-sent' as const,
    at: '2025-03-12T16:00:00Z',
    author: '',
    draftId: 'draft-1',
    draftTitle: 'Substantive response',
    version: 2,
    sentDate: '2025-03-12',
  };
  return recordSave(
    { ...file, history: [...file.history, sent] },
    undefined,
    saveContext('2025-03-12T16:01:00Z'),
  );
}

describe('verifying the history', () => {
  it('passes an untouched history and counts its entries and versions', () => {
    const file = savedMatter();
    expect(file.history.map((e) => e.kind)).toEqual([
      'created',
      'draft-generated',
      'value-changed',
      'draft-edited',
      'version-sent',
    ]);
    expect(verifyHistory(file, sha256)).toEqual({ ok: true, entries: 5, versions: 2 });
  });

  it('names the middle entry when its content was altered', () => {
    const file = savedMatter();
    file.history[2] = { ...file.history[2]!, new: 'Fort Worth' };
    const check = verifyHistory(file, sha256);
    expect(check).toMatchObject({ ok: false, entry: 3 });
    expect(!check.ok && check.message).toBe(
      'The history\'s entry 3 (Changed respondent.city from "" to "Fort Worth", 2025-03-11 09:00 by jdoe) was altered after it was recorded: its content no longer matches its fingerprint.',
    );
  });

  it('names the entry after one that was removed', () => {
    const file = savedMatter();
    file.history.splice(2, 1);
    const check = verifyHistory(file, sha256);
    expect(check).toMatchObject({ ok: false, entry: 3 });
    expect(!check.ok && check.message).toMatch(
      /entry 3 \(Edited "Substantive response".*does not follow the entry before it/,
    );
  });

  it('names the entry after an altered one whose fingerprint was recomputed', () => {
    const file = savedMatter();
    const { prev: _prev, hash: _hash, ...content } = file.history[1]!;
    file.history[1] = sealEntries(
      file.history.slice(0, 1),
      [{ ...content, author: 'someone else' }],
      '',
      sha256,
    )[1]!;
    const check = verifyHistory(file, sha256);
    expect(check).toMatchObject({ ok: false, entry: 3 });
  });

  it('finds a version whose text was changed after it was saved', () => {
    const file = savedMatter();
    const writer = new PoolWriter(file.versions.pool);
    const forged = writer.put({ title: 'Substantive response', letter: {}, body: [p('Draft altered.')] });
    file.versions = { ...file.versions, pool: writer.entries };
    file.versions.drafts[0]!.versions[1]!.content = forged;
    const check = verifyHistory(file, sha256);
    expect(check).toMatchObject({ ok: false, entry: 4 });
    expect(!check.ok && check.message).toMatch(
      /^Version 2 of "Substantive response" was altered after it was saved/,
    );
  });

  it('finds a sent mark that the history never recorded', () => {
    const file = savedMatter();
    file.versions.drafts[0]!.versions[0]!.sent = { date: '2025-03-11', markedAt: '', by: 'x' };
    const check = verifyHistory(file, sha256);
    expect(!check.ok && check.message).toMatch(
      /Version 1 of "Substantive response" is marked sent on 2025-03-11, but the history has no entry/,
    );
  });
});
