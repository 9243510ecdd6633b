// pdf.js's legacy build (the one for Node) brings core-js, which on Node 20's V8 replaces Array.prototype.push
// for the whole process with a polyfill (for arrays longer than 2^32 - 1, which nothing here makes) about three
// times slower than the engine's own; a production pushes millions of items through pdf.js, pdf-lib and its
// own code. The engine's push is kept here, imported before pdf.js, and put back once pdf.js has loaded.
const enginePush = Array.prototype.push;

export function restoreEngineArrayPush(): void {
  if (Array.prototype.push === enginePush) return;
  Object.defineProperty(Array.prototype, 'push', {
    value: enginePush,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}
