// Serves the built renderer (build/renderer) for both the Electron app:// protocol and the web host:
// maps a URL path to a file inside the folder (never outside it), with its content type and the CSP.
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Scripts and styles only from the app itself; no remote content, no plugins, no framing. Inline style
 *  attributes are allowed because the editor positions and formats elements with them. */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentTypeFor = (file: string): string =>
  CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** The file a URL path names inside `rootDir`, or null if it would leave the folder. `/` is index.html. */
export function resolveRendererFile(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const full = path.resolve(root, relative);
  return full === root || !full.startsWith(root + path.sep) ? null : full;
}

export interface RendererFile {
  body: Buffer;
  contentType: string;
}

/** Reads a renderer file; null when it does not exist, is a folder, or is outside the folder. */
export async function readRendererFile(rootDir: string, urlPath: string): Promise<RendererFile | null> {
  const file = resolveRendererFile(rootDir, urlPath);
  if (!file) return null;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return null;
    return { body: await fs.readFile(file), contentType: contentTypeFor(file) };
  } catch {
    return null;
  }
}
