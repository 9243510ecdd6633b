// The longest common subsequence of two block lists, as index pairs. Hunt–Szymanski: only the pairs of equal
// blocks are visited, so matching a 100-block render against a 3,000-block draft costs milliseconds where a
// general O(ND) diff would walk every insertion (a draft is mostly text the template never had).

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Link {
  left: number;
  right: number;
  previous: Link | undefined;
}

/** left index -> right index for every pair in a longest common subsequence of the two key lists. */
export function matchSequences(left: readonly string[], right: readonly string[]): Map<number, number> {
  const positions = new Map<string, number[]>();
  right.forEach((key, j) => {
    const list = positions.get(key);
    if (list) list.push(j);
    else positions.set(key, [j]);
  });
  const thresholds: number[] = [];
  const links: Link[] = [];
  left.forEach((key, i) => {
    const list = positions.get(key);
    if (!list) return;
    // Right to left, so one left element extends a subsequence at most once.
    for (let p = list.length - 1; p >= 0; p--) {
      const j = list[p]!;
      const k = lowerBound(thresholds, j);
      thresholds[k] = j;
      links[k] = { left: i, right: j, previous: k > 0 ? links[k - 1] : undefined };
    }
  });
  const pairs = new Map<number, number>();
  for (let link = links[links.length - 1]; link; link = link.previous) pairs.set(link.left, link.right);
  return pairs;
}
