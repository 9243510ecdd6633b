// A program the tests drive that is missing is named with what it is needed for and how to install it.
import { afterEach, expect, it } from 'vitest';
import { requireTool } from './system-tools';

const PATH = process.env.PATH;
afterEach(() => {
  process.env.PATH = PATH;
});

it('missing Chromium gets one clear message naming the package and the command, as LibreOffice does', () => {
  process.env.PATH = '';
  expect(() =>
    requireTool('chromium', 'chromium', 'the app cannot be opened in a browser for this test'),
  ).toThrow(
    'chromium is not installed, so the app cannot be opened in a browser for this test. Install chromium (sudo apt-get install chromium), or run `npm test` as root, which installs it.',
  );
  expect(() =>
    requireTool('soffice', 'libreoffice-writer-nogui', 'exported files cannot be checked'),
  ).toThrow(
    'soffice is not installed, so exported files cannot be checked. Install libreoffice-writer-nogui',
  );
});

it('finds a program on the PATH', () => {
  expect(requireTool('node', 'nodejs', 'nothing runs')).toMatch(/node$/);
});
