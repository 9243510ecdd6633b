// Keeps a matter value's writing direction to itself. A right-to-left override (U+202E) typed or pasted into a
// value would otherwise reverse the letter's own words after it, and right-to-left letters pull neighbouring
// numbers and punctuation to their side. Such a value is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL
// ISOLATE, with every embedding, override or isolate it leaves open closed inside (also for readers that know
// no isolates), as the Unicode bidirectional algorithm (UAX #9) and HTML's <bdi> do. The DOCX and the .md
// output call this; the editor isolates a chip with <bdi>.

const FSI = '\u2068';
const PDI = '\u2069';
const PDF = '\u202C';
/** LRE, RLE, LRO, RLO: closed by PDF. */
const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
/** LRI, RLI, FSI: closed by PDI. */
const ISOLATES = new Set(['\u2066', '\u2067', FSI]);

// Right-to-left scripts and their presentation forms (Hebrew, Arabic with its digits, Syriac, Thaana, NKo, …)
// and the direction controls. A value without any of them cannot change the order of left-to-right text.
const NEEDS_ISOLATION =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}\p{Bidi_Control}]/u;

/** The value as written, wrapped and balanced when its direction could spill over; otherwise unchanged. */
export function isolateValue(value: string): string {
  if (!NEEDS_ISOLATION.test(value)) return value;
  const open: ('embedding' | 'isolate')[] = [];
  let strayPdis = 0;
  for (const ch of value) {
    if (EMBEDDINGS.has(ch)) open.push('embedding');
    else if (ISOLATES.has(ch)) open.push('isolate');
    // A PDF closes an embedding opened inside the same isolate; any other PDF is ignored by the algorithm.
    else if (ch === PDF && open.at(-1) === 'embedding') open.pop();
    else if (ch === PDI) {
      // A PDI closes the nearest open isolate and everything opened inside it; with none open it would close
      // the wrapper, so an isolate of its own is opened for it in front.
      const at = open.lastIndexOf('isolate');
      if (at >= 0) open.length = at;
      else strayPdis += 1;
    }
  }
  const closers = open
    .reverse()
    .map((kind) => (kind === 'embedding' ? PDF : PDI))
    .join('');
  return `${FSI}${FSI.repeat(strayPdis)}${value}${closers}${PDI}`;
}
