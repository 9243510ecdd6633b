// A production names two paths from the page: the matter it saves and the folder it writes the volume in.
// The desktop app lets it name only a folder chosen in its own dialog; browser mode only full paths.
import { describe, expect, it } from 'vitest';
import { PathAllowlist, desktopPathPolicy } from '../../../electron/main/path-allowlist';
import { browserPathRules } from '../../../electron/web-host/browser-path-rules';

const request = { path: '/home/me/m.cdesk', outDir: '/home/me/Productions', file: {} };

describe('production paths', () => {
  it('the desktop app refuses a volume folder not chosen in its folder dialog', () => {
    const allowlist = new PathAllowlist();
    allowlist.allow('/home/me/m.cdesk');
    const policy = desktopPathPolicy(allowlist);
    expect(policy.refuse('production:start', request)).toMatch(/outDir names \/home\/me\/Productions/);
    allowlist.allow('/home/me/Productions');
    expect(policy.refuse('production:start', request)).toBeNull();
  });

  it('browser mode wants full paths and a .cdesk matter', () => {
    expect(browserPathRules.refuse('production:start', { ...request, outDir: 'Productions' })).toMatch(
      /outDir: "Productions" is not a full path/,
    );
    expect(browserPathRules.refuse('production:start', { ...request, path: '/home/me/m.docx' })).toMatch(
      /matters are saved as \.cdesk files/,
    );
    expect(browserPathRules.refuse('production:start', request)).toBeNull();
  });
});
