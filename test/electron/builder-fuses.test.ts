// The fuses in electron-builder.yml, flipped the way `npm run dist` flips them: electron-builder's own
// fuse config from our settings, applied by @electron/fuses to a stand-in binary carrying Electron's fuse
// wire (the real runtime cannot be downloaded here). The wire starts as Electron ships it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
const fuses = require('@electron/fuses') as typeof import('@electron/fuses');
const { PlatformPackager } = require('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(options: unknown): Promise<unknown> } };
};

const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
  electronFuses: Record<string, boolean>;
};

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = 49; // '1'
const OFF = 48; // '0'
// Electron's defaults, in wire order: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect,
// EmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar, BrowserProcessV8Snapshot, FileProtocolPrivileges.
const SHIPPED = [ON, OFF, ON, ON, OFF, OFF, OFF, ON];

function standInBinary(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'desk-fuses-')), 'counsel-desk');
  const wire = Buffer.from([1, SHIPPED.length, ...SHIPPED]); // wire version 1, its length, the fuses
  writeFileSync(file, Buffer.concat([Buffer.alloc(64, 7), Buffer.from(SENTINEL), wire, Buffer.alloc(64, 7)]));
  return file;
}

async function flippedWire(): Promise<Record<string, number>> {
  const binary = standInBinary();
  const fuseConfig = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses);
  await fuses.flipFuses(binary, fuseConfig as Parameters<typeof fuses.flipFuses>[1]);
  const wire = (await fuses.getCurrentFuseWire(binary)) as unknown as Record<number, number>;
  const O = fuses.FuseV1Options;
  return {
    runAsNode: wire[O.RunAsNode]!,
    nodeOptions: wire[O.EnableNodeOptionsEnvironmentVariable]!,
    inspect: wire[O.EnableNodeCliInspectArguments]!,
    asarIntegrity: wire[O.EnableEmbeddedAsarIntegrityValidation]!,
    onlyFromAsar: wire[O.OnlyLoadAppFromAsar]!,
    fileProtocolPrivileges: wire[O.GrantFileProtocolExtraPrivileges]!,
  };
}

describe('Electron fuses of the packaged app', () => {
  let wire: Record<string, number>;
  beforeAll(async () => {
    wire = await flippedWire();
  });

  it('turn off running as Node, NODE_OPTIONS and --inspect', () => {
    expect(wire).toMatchObject({ runAsNode: OFF, nodeOptions: OFF, inspect: OFF });
  });

  it('load the app only from app.asar and validate its integrity', () => {
    expect(wire).toMatchObject({ asarIntegrity: ON, onlyFromAsar: ON });
  });

  it('take file:// pages’ extra privileges away (the renderer is served from app://)', () => {
    expect(wire.fileProtocolPrivileges).toBe(OFF);
  });
});
