// diff3's chunks for the merge of a new render into a draft: the runs where the base render, the draft and the
// new render all agree, and the runs between them, as index ranges into each of the three.
import { matchSequences } from './match-blocks';

export interface Segment {
  base: [number, number];
  mine: [number, number];
  theirs: [number, number];
}

/** diff3's chunks: runs where all three agree and the runs between them. */
export function segments(base: string[], mine: string[], theirs: string[]): Segment[] {
  const toMine = matchSequences(base, mine);
  const toTheirs = matchSequences(base, theirs);
  const out: Segment[] = [];
  let [o, a, b] = [0, 0, 0];
  while (o < base.length || a < mine.length || b < theirs.length) {
    if (o < base.length && toMine.get(o) === a && toTheirs.get(o) === b) {
      out.push({ base: [o, o + 1], mine: [a, a + 1], theirs: [b, b + 1] });
      [o, a, b] = [o + 1, a + 1, b + 1];
      continue;
    }
    let next = o;
    while (next < base.length && !(toMine.has(next) && toTheirs.has(next))) next++;
    const nextMine = next < base.length ? toMine.get(next)! : mine.length;
    const nextTheirs = next < base.length ? toTheirs.get(next)! : theirs.length;
    out.push({ base: [o, next], mine: [a, nextMine], theirs: [b, nextTheirs] });
    [o, a, b] = [next, nextMine, nextTheirs];
  }
  return out;
}
