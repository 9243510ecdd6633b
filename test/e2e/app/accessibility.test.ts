// axe-core on the main screens: no serious or critical accessibility violations.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { useDeskSession } from '../support/desk-session';

const session = useDeskSession();

describe('accessibility', () => {
  it('the empty window, the drafts panel and the editor have no serious violations', async () => {
    expect(await seriousViolations(session.page)).toEqual([]);
    await session.desk.generateDraft();
    expect(await seriousViolations(session.page)).toEqual([]);
  });

  it('the matter form has no serious violations', async () => {
    await session.desk.tab('Matter');
    expect(await seriousViolations(session.page)).toEqual([]);
  });

  it('the unsaved-changes and open dialogs have no serious violations', async () => {
    await session.page.getByRole('button', { name: 'Open…' }).click();
    const unsaved = session.page.getByRole('alertdialog', { name: 'Save changes to this matter?' });
    await unsaved.waitFor();
    expect(await seriousViolations(session.page)).toEqual([]);
    await unsaved.getByRole('button', { name: 'Don’t save' }).click();
    await session.page.getByRole('dialog', { name: 'Open matter' }).waitFor();
    expect(await seriousViolations(session.page)).toEqual([]);
    await session.page.keyboard.press('Escape');
  });
});
