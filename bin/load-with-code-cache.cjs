// Loads the CLI bundle with V8's code cache, so a command skips compiling the bundle's functions again.
// Node 20 has no module.enableCompileCache, so the bundle is run as a vm.Script with cachedData. The cache
// is kept next to the bundle, one per command (each compiles different functions), and written again when
// the bundle or Node changed or V8 rejected it. Any failure falls back to a plain require: the cache is
// only ever a speed-up.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

/** Identifies the bundle and the Node that compiled it; a cache made for another is never used. */
function cacheKey(bundle) {
  const stat = fs.statSync(bundle);
  return `${process.version}:${process.arch}:${stat.size}:${stat.mtimeMs}`;
}

function readCache(file, key) {
  try {
    const data = fs.readFileSync(file);
    const newline = data.indexOf(10);
    if (newline < 0 || data.toString('latin1', 0, newline) !== key) return undefined;
    return data.subarray(newline + 1);
  } catch {
    return undefined;
  }
}

function writeCache(file, key, script) {
  try {
    // Written whole under a temporary name and renamed, so two commands at once never read half a cache.
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(
      temporary,
      Buffer.concat([Buffer.from(`${key}\n`, 'latin1'), script.createCachedData()]),
    );
    fs.renameSync(temporary, file);
  } catch {
    // A read-only install just runs without the cache.
  }
}

/** Runs the CommonJS bundle as `require` would, compiled from its code cache when there is a good one. */
function loadWithCodeCache(bundle, command) {
  const source = fs.readFileSync(bundle, 'utf8');
  const key = cacheKey(bundle);
  const cacheFile = `${bundle}.${/^[a-z]+$/.test(command ?? '') ? command : 'other'}.v8-cache`;
  const cachedData = readCache(cacheFile, key);
  const script = new vm.Script(Module.wrap(source), {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (!cachedData || script.cachedDataRejected) {
    // Made at exit, so it holds the functions this command compiled while it ran, not just the top level.
    process.once('exit', () => writeCache(cacheFile, key, script));
  }
  const bundleModule = new Module(bundle, module);
  bundleModule.filename = bundle;
  bundleModule.paths = Module._nodeModulePaths(path.dirname(bundle));
  const wrapper = script.runInThisContext();
  wrapper.call(
    bundleModule.exports,
    bundleModule.exports,
    Module.createRequire(bundle),
    bundleModule,
    bundle,
    path.dirname(bundle),
  );
  bundleModule.loaded = true;
}

module.exports = { loadWithCodeCache };
