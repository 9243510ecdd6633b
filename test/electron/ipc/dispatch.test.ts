import { describe, expect, it, vi } from 'vitest';
import { DeskError } from '../../../core/api/result';
import type { PartialHandlers } from '../../../electron/handlers/handler-types';
import { dispatch } from '../../../electron/ipc/dispatch';
import { matterFileTitled } from '../../support/matter-file-fixture';

const ctx = { mode: 'web' as const, shell: null };
const quiet = () => undefined;

describe('dispatch', () => {
  it('runs the handler with the parsed request and answers ok with its value', async () => {
    const handlers: PartialHandlers = {
      'matter:open': async (request) => ({ path: request.path ?? '', file: matterFileTitled('x') }),
    };
    const result = await dispatch(handlers, 'matter:open', { path: '/m/dallas.cdesk' }, ctx, quiet);
    expect(result).toMatchObject({ ok: true, value: { path: '/m/dallas.cdesk' } });
  });

  it('refuses a bad argument as bad-request naming the field path, without running the handler', async () => {
    const save = vi.fn();
    const file = matterFileTitled('x');
    const request = {
      file: { ...file, matter: { ...file.matter, inquiry: { ...file.matter.inquiry, deadline: 'soon' } } },
    };
    const result = await dispatch({ 'matter:save': save }, 'matter:save', request, ctx, quiet);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad-request');
    expect(result.error.message).toContain('file.matter.inquiry.deadline');
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses a wrong type and a missing request field by path', async () => {
    const wrongType = await dispatch({}, 'matter:open', { path: 42 }, ctx, quiet);
    expect(wrongType).toMatchObject({
      ok: false,
      error: { code: 'bad-request', details: [expect.stringMatching(/^path: /)] },
    });
    const missing = await dispatch({}, 'app:set-dirty', {}, ctx, quiet);
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'bad-request', details: [expect.stringMatching(/^dirty: /)] },
    });
  });

  it('refuses a channel that does not exist', async () => {
    const result = await dispatch({}, 'shell:exec', {}, ctx, quiet);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('passes a DeskError through with its code, message and details', async () => {
    const handlers: PartialHandlers = {
      'draft:generate': async () => {
        throw new DeskError('template-error', 'response.md:4:2: unclosed {{#if}}', [
          'response.md:4:2: unclosed {{#if}}',
        ]);
      },
    };
    const { matter, records, excerpts, exhibitSettings } = matterFileTitled('x');
    const result = await dispatch(
      handlers,
      'draft:generate',
      { templateId: 'response', parts: { matter, records, excerpts, exhibitSettings } },
      ctx,
      quiet,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'template-error',
        message: 'response.md:4:2: unclosed {{#if}}',
        details: ['response.md:4:2: unclosed {{#if}}'],
      },
    });
  });

  it('answers anything else as internal with a safe message, and logs the real error', async () => {
    const log = vi.fn();
    const handlers: PartialHandlers = {
      'app:info': async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x') at /secret/path.ts:3");
      },
    };
    const result = await dispatch(handlers, 'app:info', {}, ctx, log);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('internal');
    expect(result.error.message).not.toMatch(/secret|TypeError|undefined/);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('app:info'), expect.any(TypeError));
  });

  it('asks the path policy before the handler runs, and tells it which paths the answer handed out', async () => {
    const open = vi.fn(async () => ({ path: '/m/chosen.cdesk', file: matterFileTitled('x') }));
    const learnt: unknown[] = [];
    const policy = {
      refuse: (_channel: string, request: unknown) =>
        (request as { path?: string }).path === '/etc/passwd' ? 'not a file you chose' : null,
      learn: (channel: string, value: unknown) => learnt.push([channel, (value as { path: string }).path]),
    };
    const handlers: PartialHandlers = { 'matter:open': open };
    const refused = await dispatch(handlers, 'matter:open', { path: '/etc/passwd' }, ctx, quiet, policy);
    expect(refused).toEqual({ ok: false, error: { code: 'forbidden', message: 'not a file you chose' } });
    expect(open).not.toHaveBeenCalled();
    expect(await dispatch(handlers, 'matter:open', {}, ctx, quiet, policy)).toMatchObject({ ok: true });
    expect(learnt).toEqual([['matter:open', '/m/chosen.cdesk']]);
  });
});
