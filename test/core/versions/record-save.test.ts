// Every save keeps a version of each changed draft and says in the history what changed; versions are
// shared passages, so 200 saves of a 20-page letter stay small; a stale copy of the file (the app's, opened
// before the last save) builds on the newer versions and history on disk.
import { describe, expect, it } from 'vitest';
import { recordSave } from '../../../core/history/record-save';
import type { MatterFile } from '../../../core/matter-file/matter-file';
import { readVersion } from '../../../core/versions/draft-version';
import { versionsOf } from '../../../core/versions/version-store';
import { draftWith, fileWith, p, saveContext, sentenceParagraph, twentyPageLetter } from './version-fixtures';

const save = (file: MatterFile, at: string, onDisk?: MatterFile) => recordSave(file, onDisk, saveContext(at));

const kinds = (file: MatterFile) => file.history.map((e) => e.kind);

describe('recording a save', () => {
  it('records the matter created and the first version of each draft', () => {
    const saved = save(fileWith([draftWith([p('Dear General Paxton:')])]), '2025-03-12T10:00:00Z');
    expect(kinds(saved)).toEqual(['created', 'draft-generated']);
    expect(saved.history[1]).toMatchObject({
      author: 'jdoe',
      draftTitle: 'Substantive response',
      version: 1,
      summary: 'from the template "substantive-response"',
    });
    expect(versionsOf(saved.versions, 'draft-1')).toMatchObject([{ number: 1, author: 'jdoe' }]);
  });

  it('keeps a new version only of a draft that changed, with what changed in words', () => {
    const first = save(fileWith([draftWith([p('The City will pay $5,000.00.')])]), '2025-03-12T10:00:00Z');
    const unchanged = save(first, '2025-03-12T11:00:00Z');
    expect(unchanged.history).toHaveLength(first.history.length);
    const edited = save(
      { ...first, drafts: [draftWith([p('The City will pay $5,500.00 by Friday.')])] },
      '2025-03-13T09:30:00Z',
    );
    expect(edited.history.at(-1)).toMatchObject({
      kind: 'draft-edited',
      version: 2,
      summary: '3 words inserted, 1 deleted',
      at: '2025-03-13T09:30:00Z',
    });
    const v1 = readVersion(edited.versions, 'draft-1', 1, 'Substantive response');
    expect(v1.content.body).toEqual([p('The City will pay $5,000.00.')]);
  });

  it('records each matter value changed, and each letter value, with the old and new value', () => {
    const first = save(fileWith([draftWith([p('Text.')])]), '2025-03-12T10:00:00Z');
    const changed: MatterFile = {
      ...first,
      matter: { ...first.matter, respondent: { ...first.matter.respondent, city: 'City of Dallas' } },
      drafts: [{ ...first.drafts[0]!, letter: { ...first.drafts[0]!.letter, date: '2025-03-20' } }],
    };
    const saved = save(changed, '2025-03-13T10:00:00Z');
    const values = saved.history.filter((e) => e.kind === 'value-changed');
    expect(values).toEqual([
      expect.objectContaining({ path: 'respondent.city', old: '', new: 'City of Dallas' }),
      expect.objectContaining({
        path: 'letter.date',
        old: '2025-03-12',
        new: '2025-03-20',
        draftTitle: 'Substantive response',
      }),
    ]);
  });

  it('applies a name and a sent mark once, and never changes a sent version', () => {
    const first = save(fileWith([draftWith([p('Letter.')])]), '2025-03-12T10:00:00Z');
    const pending = (kind: 'version-named' | 'version-sent', extra: object) => ({
      id: `${kind}-${JSON.stringify(extra)}`,
      kind,
      at: '2025-03-12T12:00:00Z',
      author: '',
      draftId: 'draft-1',
      draftTitle: 'Substantive response',
      version: 1,
      ...extra,
    });
    const marked = save(
      {
        ...first,
        history: [
          ...first.history,
          pending('version-named', { name: 'As sent' }),
          pending('version-sent', { sentDate: '2025-03-12' }),
        ],
      },
      '2025-03-12T12:01:00Z',
    );
    expect(versionsOf(marked.versions, 'draft-1')[0]).toMatchObject({
      name: 'As sent',
      sent: { date: '2025-03-12', by: 'jdoe' },
    });
    expect(marked.history.at(-1)).toMatchObject({ kind: 'version-sent', contentHash: expect.any(String) });
    const again = save(
      { ...marked, history: [...marked.history, pending('version-named', { name: 'Renamed later' })] },
      '2025-03-14T12:00:00Z',
    );
    expect(versionsOf(again.versions, 'draft-1')[0]!.name).toBe('As sent');
    expect(again.history).toHaveLength(marked.history.length);
  });

  it('builds on the newer versions and history on disk when the app saves its older copy', () => {
    const opened = save(fileWith([draftWith([p('One.')])]), '2025-03-12T10:00:00Z');
    // The CLI saved a new version meanwhile; the app's copy still has only the first.
    const byCli = save({ ...opened, drafts: [draftWith([p('One. Two.')])] }, '2025-03-12T11:00:00Z');
    const byApp = save(
      { ...opened, drafts: [draftWith([p('One. Two. Three.')])] },
      '2025-03-12T12:00:00Z',
      byCli,
    );
    expect(versionsOf(byApp.versions, 'draft-1').map((v) => v.number)).toEqual([1, 2, 3]);
    expect(byApp.history.slice(0, byCli.history.length)).toEqual(byCli.history);
  });

  it('keeps the versions of a deleted draft and says so', () => {
    const first = save(fileWith([draftWith([p('Letter.')])]), '2025-03-12T10:00:00Z');
    const deleted = save({ ...first, drafts: [] }, '2025-03-13T10:00:00Z');
    expect(deleted.history.at(-1)).toMatchObject({
      kind: 'draft-deleted',
      draftTitle: 'Substantive response',
      summary: 'its 1 version is kept in the file',
    });
    expect(versionsOf(deleted.versions, 'draft-1')).toHaveLength(1);
  });

  it('starts the history of a file saved before versions were kept without calling its drafts new', () => {
    const older = { ...fileWith([draftWith([p('Letter.')])]), savedAt: '2025-01-02T00:00:00Z' };
    expect(kinds(save(older, '2025-03-12T10:00:00Z'))).toEqual(['history-started', 'draft-edited']);
  });

  it('seals an export and a production added since the last save, once', () => {
    const first = save(fileWith([draftWith([p('Letter.')])]), '2025-03-12T10:00:00Z');
    const added = [
      {
        id: 'x1',
        kind: 'exported' as const,
        at: '2025-03-12T11:00:00Z',
        author: '',
        draftId: 'draft-1',
        draftTitle: 'Substantive response',
        fileName: 'response.docx',
        sha256: 'ab'.repeat(32),
      },
      {
        id: 'p1',
        kind: 'produced' as const,
        at: '2025-03-12T11:30:00Z',
        author: '',
        name: 'DAL-AG-VOL001',
        sha256: 'cd'.repeat(32),
        summary: 'DAL-AG-000001 to DAL-AG-000120',
      },
    ];
    const sealed = save({ ...first, history: [...first.history, ...added] }, '2025-03-12T12:00:00Z');
    expect(sealed.history.slice(-2)).toMatchObject([
      { kind: 'exported', fileName: 'response.docx', author: 'jdoe', hash: expect.any(String) },
      { kind: 'produced', name: 'DAL-AG-VOL001', author: 'jdoe', hash: expect.any(String) },
    ]);
    // The window's copy still lists them as pending: the next save does not seal them again.
    const again = save({ ...sealed, history: [...first.history, ...added] }, '2025-03-12T13:00:00Z', sealed);
    expect(again.history).toHaveLength(sealed.history.length);
  });

  it('adds under 2 MB for 200 versions of a 20-page letter', () => {
    const body = twentyPageLetter();
    let file = save(fileWith([draftWith(body)]), '2025-03-01T00:00:00Z');
    const start = JSON.stringify(file, null, 2).length;
    for (let n = 1; n < 200; n++) {
      // Each save rewords one or two paragraphs, as a morning of editing does.
      body[(n * 37) % body.length] = sentenceParagraph((n * 37) % body.length, n);
      if (n % 3 === 0) body[(n * 11) % body.length] = sentenceParagraph((n * 11) % body.length, n + 1);
      file = save(
        { ...file, drafts: [draftWith([...body])] },
        new Date(Date.UTC(2025, 2, 1, 0, n)).toISOString(),
      );
    }
    expect(versionsOf(file.versions, 'draft-1')).toHaveLength(200);
    const added = JSON.stringify(file, null, 2).length - start;
    expect(added).toBeLessThan(2 * 1024 * 1024);
  });
});
