import { describe, expect, it } from 'vitest';
import { parseWebHostArgs } from '../../../electron/web-host/web-host-args';

describe('parseWebHostArgs', () => {
  it.each([
    [[], { port: 0, dataDir: null }],
    [['--web', '--port', '4321'], { port: 4321, dataDir: null }],
    [['--port=8080', '--data-dir', '/tmp/desk'], { port: 8080, dataDir: '/tmp/desk' }],
  ])('reads %j', (argv, expected) => {
    expect(parseWebHostArgs(argv)).toEqual(expected);
  });

  it.each([
    [['--port'], '--port needs a value'],
    [['--port', '70000'], 'whole number from 0 to 65535'],
    [['--data-dir='], '--data-dir needs a value'],
    [['--open'], 'Unknown option "--open"'],
  ])('explains what is wrong with %j', (argv, message) => {
    expect(parseWebHostArgs(argv)).toEqual({ error: expect.stringContaining(message) });
  });
});
