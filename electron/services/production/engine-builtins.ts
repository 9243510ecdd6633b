// pdf.js's legacy build (the one for Node) brings core-js, which on Node 20 replaces built-ins for the whole
// process with polyfills of proposals nothing here uses: Array.prototype.push (for arrays longer than
// 2^32 - 1) about three times slower than the engine's, and JSON.stringify and JSON.parse (for JSON.rawJSON),
// stringify several times slower. A production pushes millions of items through pdf.js, pdf-lib and its own
// code, and the matter is saved as JSON after it. The engine's own are kept here, imported before pdf.js,
// and put back once pdf.js has loaded.
const engine = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };

const put = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });

export function restoreEngineBuiltins(): void {
  if (Array.prototype.push !== engine.push) put(Array.prototype, 'push', engine.push);
  if (JSON.stringify !== engine.stringify) put(JSON, 'stringify', engine.stringify);
  if (JSON.parse !== engine.parse) put(JSON, 'parse', engine.parse);
}
