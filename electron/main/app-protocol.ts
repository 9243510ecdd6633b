// The renderer loads from app://desk/ instead of file://, so every response carries our CSP header and the
// page can reach nothing but the files in build/renderer.
import { protocol } from 'electron';
import type { Session } from 'electron';
import { RENDERER_CSP, readRendererFile } from '../services/renderer-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const RENDERER_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await readRendererFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    return new Response(new Uint8Array(file.body), {
      headers: { 'content-type': file.contentType, 'content-security-policy': RENDERER_CSP },
    });
  });
}
