import { beforeAll, describe, expect, it, vi } from 'vitest';
import { events } from '../../../core/api/contract';
import type { MenuCommand } from '../../../core/api/contract';
import { deskMethodNames, deskMethods } from '../../../core/api/desk-api';
import type { DeskApi } from '../../../core/api/desk-api';
import { recorded } from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

let desk: DeskApi;

beforeAll(async () => {
  await import('../../../electron/preload/preload');
  desk = recorded.exposed.get('desk') as DeskApi;
});

describe('preload', () => {
  it('exposes only window.desk: named methods and onMenuCommand, no generic invoke', () => {
    expect([...recorded.exposed.keys()]).toEqual(['desk']);
    expect(Object.keys(desk).sort()).toEqual([...deskMethodNames, 'onMenuCommand'].sort());
    expect(desk).not.toHaveProperty('invoke');
  });

  it('sends each method to its own channel only', async () => {
    recorded.invoked.length = 0;
    await desk.openMatter({ path: '/m/dallas.cdesk' });
    await desk.appInfo();
    for (const name of deskMethodNames) await (desk[name] as (request?: unknown) => Promise<unknown>)({});
    expect(recorded.invoked.slice(0, 2)).toEqual([
      { channel: 'matter:open', request: { path: '/m/dallas.cdesk' } },
      { channel: 'app:info', request: {} },
    ]);
    expect(recorded.invoked.slice(2).map((c) => c.channel)).toEqual(
      deskMethodNames.map((n) => deskMethods[n]),
    );
  });

  it('delivers menu commands without the IPC event, and stops after unsubscribe', () => {
    const heard: MenuCommand[] = [];
    const stop = desk.onMenuCommand((command) => heard.push(command));
    const listeners = () => [...(recorded.rendererListeners.get(events.menuCommand) ?? [])];
    for (const listener of listeners()) listener({ sender: 'secret' }, { command: 'save' });
    stop();
    expect(listeners()).toHaveLength(0);
    expect(heard).toEqual([{ command: 'save' }]);
  });
});
