// A text-showing operator written again without the glyphs under a box: each one taken out is replaced by a
// move of exactly its advance (a number in a TJ array), so every glyph kept is drawn where it was before.

export interface ShownGlyph {
  /** The glyph's code as it was shown (one or two bytes). */
  bytes: Uint8Array;
  /** Under a box: taken out. */
  gone: boolean;
  /** How far it moved the text, in the thousandths of an em a TJ array counts in. */
  advance: number;
}

const hex = (bytes: readonly number[]) => Buffer.from(bytes).toString('hex');
const number = (value: number) => {
  const text = value.toFixed(3).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
};

/** `[<kept> -move <kept>] TJ`, after `prefix` (a line move for ' and "). */
export function rewriteShow(prefix: string, shown: readonly (ShownGlyph | number)[]): Uint8Array {
  const items: string[] = [];
  let kept: number[] = [];
  let move = 0;
  const flushMove = () => {
    if (move !== 0) items.push(number(move));
    move = 0;
  };
  const flushKept = () => {
    if (kept.length > 0) items.push(`<${hex(kept)}>`);
    kept = [];
  };
  for (const item of shown) {
    if (typeof item === 'number') {
      flushKept();
      move += item;
    } else if (item.gone) {
      flushKept();
      move -= item.advance;
    } else {
      flushMove();
      kept.push(...item.bytes);
    }
  }
  flushKept();
  flushMove();
  return Buffer.from(` ${prefix ? `${prefix} ` : ''}[${items.join(' ')}] TJ `, 'latin1');
}
