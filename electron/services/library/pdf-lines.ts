// A PDF page's text as lines with where they sit: pdf.js hands over runs of text (items), each with its
// position and width, and marks the run that ends a line. The geometry lets the importer tell a line that
// wraps inside a paragraph from one that ends it.

export interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
  /** [a, b, c, d, x, y]: the run's text matrix; a and d are its size when it is not rotated. */
  transform?: number[];
  width?: number;
  height?: number;
}

export interface PdfLine {
  text: string;
  /** Left edge, right edge and baseline, in points from the page's bottom left. */
  x: number;
  right: number;
  y: number;
  /** Font size in points. */
  size: number;
}

interface Gathering {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  placed: boolean;
}

const fresh = (): Gathering => ({ text: '', x: 0, right: 0, y: 0, size: 0, placed: false });

function add(line: Gathering, item: TextItemLike): void {
  line.text += item.str ?? '';
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform ?? [];
  if (!item.str?.trim() || !item.transform) return;
  const size = Math.abs(item.height ?? 0) || Math.hypot(c, d) || Math.hypot(a, b);
  const right = x + (item.width ?? 0);
  if (!line.placed) Object.assign(line, { x, right, y, size, placed: true });
  else {
    line.x = Math.min(line.x, x);
    line.right = Math.max(line.right, right);
    line.size = Math.max(line.size, size);
  }
}

export function pageLines(items: TextItemLike[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current = fresh();
  const end = () => {
    const text = current.text.replace(/\s+/g, ' ').trim();
    if (text) lines.push({ text, x: current.x, right: current.right, y: current.y, size: current.size });
    current = fresh();
  };
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    // pdf.js sometimes runs a line on into the next (an indented first line after a short last line); a
    // run that sits lower than half a line starts a line of its own. Superscripts stay where they are.
    const y = item.transform?.[5];
    if (
      current.placed &&
      item.str.trim() &&
      y !== undefined &&
      Math.abs(y - current.y) > current.size * 0.5
    ) {
      end();
    }
    add(current, item);
    if (item.hasEOL) end();
  }
  end();
  return lines;
}
