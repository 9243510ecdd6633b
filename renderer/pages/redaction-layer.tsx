// What is drawn over a record's page: its redaction boxes, black with their reason, the redacted phrases where
// the production will black them out (removed in the Redact… dialog, not here), and while "Draw
// redaction box" is on, a rectangle dragged with the mouse (or a pen, or a finger), given back in points from
// the page's top-left corner as seen, which is how the matter keeps a box.
import { useRef, useState, type PointerEvent } from 'react';
import type { PhraseBox } from '../../core/api/pages-channels';
import type { BoxRedaction, RedactionRect } from '../../core/production/redaction';
import type { PageSize } from './page-canvas';
import { ReasonOnBox } from './reason-on-box';

interface RedactionLayerProps {
  boxes: readonly BoxRedaction[];
  /** The page's redacted phrases, as the production will black them out. */
  phrases?: readonly PhraseBox[];
  size: PageSize;
  scale: number;
  drawing: boolean;
  onDrawn: (rect: RedactionRect) => void;
}

/** Smaller than this (points) is taken for a click, not a box. */
const SMALLEST = 3;

const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max);

/** What a redacted phrase's box is called: "Redacted: “Maria Delgado” (Tex. Gov't Code § 552.101)". */
export const phraseBoxName = (box: PhraseBox): string => `Redacted: “${box.phrase}” (${box.reason})`;

export function RedactionLayer(props: RedactionLayerProps) {
  const { boxes, phrases = [], size, scale, drawing, onDrawn } = props;
  const layer = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<{ x: number; y: number } | null>(null);
  const [end, setEnd] = useState<{ x: number; y: number } | null>(null);
  const pointAt = (event: PointerEvent) => {
    const box = layer.current!.getBoundingClientRect();
    return {
      x: clamp((event.clientX - box.left) / scale, size.width),
      y: clamp((event.clientY - box.top) / scale, size.height),
    };
  };
  const dragged = start &&
    end && {
      x: Math.min(start.x, end.x),
      y: Math.min(start.y, end.y),
      width: Math.abs(end.x - start.x),
      height: Math.abs(end.y - start.y),
    };
  const onPointerDown = (event: PointerEvent) => {
    if (!drawing || event.button !== 0) return;
    event.preventDefault();
    layer.current!.setPointerCapture(event.pointerId);
    const point = pointAt(event);
    setStart(point);
    setEnd(point);
  };
  const onPointerUp = () => {
    if (dragged && dragged.width >= SMALLEST && dragged.height >= SMALLEST) onDrawn(dragged);
    setStart(null);
    setEnd(null);
  };
  const place = (r: RedactionRect) => ({
    left: r.x * scale,
    top: r.y * scale,
    width: r.width * scale,
    height: r.height * scale,
  });
  return (
    <div
      ref={layer}
      className={drawing ? 'redaction-layer redaction-layer--drawing' : 'redaction-layer'}
      data-testid="redaction-layer"
      onPointerDown={onPointerDown}
      onPointerMove={(e) => start && setEnd(pointAt(e))}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setStart(null)}
    >
      {phrases.map((box, i) => (
        <div
          key={`phrase-${i}`}
          className="redaction-box redaction-box--phrase"
          role="img"
          aria-label={phraseBoxName(box)}
          title={`${phraseBoxName(box)}; remove it in the Redact… dialog`}
          style={place(box.rect)}
        >
          <ReasonOnBox rect={box.rect} reason={box.reason} scale={scale} />
        </div>
      ))}
      {boxes.map((box) => (
        <div key={box.id} className="redaction-box" style={place(box.rect)}>
          <ReasonOnBox rect={box.rect} reason={box.reason} scale={scale} />
        </div>
      ))}
      {dragged && <div className="redaction-box redaction-box--drawing" style={place(dragged)} />}
    </div>
  );
}
