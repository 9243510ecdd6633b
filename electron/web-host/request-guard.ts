// Who may talk to the web host: only a page served by this host, on the loopback address and port it
// listens on, holding this launch's token. The Host check defeats DNS rebinding (a foreign site resolving
// its own name to 127.0.0.1 still sends its own Host); the Origin check stops cross-site requests.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from '../../core/api/http-client';

export type Refusal = { status: 401 | 403; message: string } | null;

const header = (request: IncomingMessage, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export function checkHost(request: IncomingMessage, port: number): Refusal {
  return header(request, 'host') === `127.0.0.1:${port}`
    ? null
    : {
        status: 403,
        message: `Counsel Desk only answers at http://127.0.0.1:${port}/. Open the address the host printed.`,
      };
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** For API calls: Host, then Origin, then the token. */
export function checkApiRequest(request: IncomingMessage, port: number, token: string): Refusal {
  const host = checkHost(request, port);
  if (host) return host;
  if (header(request, 'origin') !== `http://127.0.0.1:${port}`) {
    return {
      status: 403,
      message: 'Requests from other web pages are refused. Use the Counsel Desk page itself.',
    };
  }
  if (!sameToken(header(request, TOKEN_HEADER), token)) {
    return {
      status: 401,
      message:
        'The page has no valid access token. Open the full address the host printed (ending in #token=…), then try again.',
    };
  }
  return null;
}
