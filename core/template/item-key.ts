// A field inside a list item names the item by its place (`inquiry.requests.1.answer`), and places shift when
// an item is removed or the list is reordered. The item key names it by what it is instead: a record by its
// id, a request by its number (`inquiry.requests#2.answer`), so a draft's passages stay with their item.

const DIGITS = /^\d+$/;

function identityOf(list: readonly unknown[], index: number): string {
  const item = list[index] as { id?: unknown; number?: unknown } | undefined;
  if (typeof item?.id === 'string' && item.id !== '') return item.id;
  if (typeof item?.number === 'string' && item.number.trim() !== '') {
    const number = item.number.trim();
    // Two items with the same number (a typing slip) stay apart by how many came before.
    const before = list
      .slice(0, index)
      .filter(
        (other) => String((other as { number?: unknown } | undefined)?.number ?? '').trim() === number,
      ).length;
    return before === 0 ? number : `${number}~${before}`;
  }
  return String(index);
}

/** The path with each list position replaced by its item's identity; undefined for a path in no list. */
export function itemKey(root: unknown, path: string): string | undefined {
  const parts = path.split('.');
  if (!parts.some((part) => DIGITS.test(part))) return undefined;
  let node: unknown = root;
  const out: string[] = [];
  for (const part of parts) {
    if (DIGITS.test(part) && Array.isArray(node)) {
      out[out.length - 1] = `${out[out.length - 1] ?? ''}#${identityOf(node, Number(part))}`;
      node = node[Number(part)];
    } else {
      out.push(part);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
  }
  return out.join('.');
}
