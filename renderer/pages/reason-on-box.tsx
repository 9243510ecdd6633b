// The reason printed in a redaction box as the production prints it (core/production/reason-label.ts): in
// full when it fits at a readable size, else its citation alone ("§ 552.108"), read up a tall narrow box, and
// nothing when not even the citation fits (the page's legend names it).
import { reasonMark } from '../../core/production/reason-label';
import type { RedactionRect } from '../../core/production/redaction';

let measure: CanvasRenderingContext2D | null | undefined;

/** A text's width at size 1 in the stamp's face (Helvetica; Arial or Liberation Sans share its widths). */
function widthOf(text: string): number {
  if (measure === undefined) {
    measure = document.createElement('canvas').getContext('2d');
    if (measure) measure.font = '100px Helvetica, Arial, "Liberation Sans", sans-serif';
  }
  return measure ? measure.measureText(text).width / 100 : text.length * 0.55;
}

export function ReasonOnBox({ rect, reason, scale }: { rect: RedactionRect; reason: string; scale: number }) {
  const mark = reasonMark(rect, reason, widthOf);
  if (!mark) return null;
  return (
    <span
      aria-hidden="true"
      className={mark.vertical ? 'redaction-reason redaction-reason--up' : 'redaction-reason'}
      style={{ fontSize: mark.size * scale }}
    >
      {mark.text}
    </span>
  );
}
