// The keyboard's way to black out a box: the page and the box's place and size in inches from the page's
// top-left corner, for those who do not drag with a mouse (and for a box that must be exact).
import { useState, type FormEvent } from 'react';
import type { RedactionRect } from '../../core/production/redaction';

interface BoxByMeasureProps {
  pageCount: number;
  onAdd: (page: number, rect: RedactionRect) => void;
  onProblem: (message: string) => void;
}

const FIELDS = [
  ['left', 'From the left edge (inches)'],
  ['top', 'From the top edge (inches)'],
  ['width', 'Width (inches)'],
  ['height', 'Height (inches)'],
] as const;

type Field = (typeof FIELDS)[number][0];

export function BoxByMeasure({ pageCount, onAdd, onProblem }: BoxByMeasureProps) {
  const [page, setPage] = useState('1');
  const [values, setValues] = useState<Record<Field, string>>({
    left: '1',
    top: '1',
    width: '2',
    height: '0.5',
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(page);
    if (!Number.isInteger(n) || n < 1 || n > pageCount)
      return onProblem(`Give a page from 1 to ${pageCount}.`);
    const inches = Object.fromEntries(FIELDS.map(([key]) => [key, Number(values[key])])) as Record<
      Field,
      number
    >;
    const bad = FIELDS.find(([key]) => !Number.isFinite(inches[key]) || inches[key] < 0);
    if (bad) return onProblem(`${bad[1]}: give a number of inches, such as 1.5.`);
    if (inches.width <= 0 || inches.height <= 0)
      return onProblem('A box needs a width and a height above 0.');
    onAdd(n, {
      x: inches.left * 72,
      y: inches.top * 72,
      width: inches.width * 72,
      height: inches.height * 72,
    });
  };
  return (
    <details className="box-by-measure">
      <summary>Black out a box by measurements</summary>
      <form onSubmit={submit} noValidate>
        <label className="field-label" htmlFor="box-page">
          Page
        </label>
        <input
          id="box-page"
          type="number"
          min={1}
          max={pageCount}
          value={page}
          onChange={(e) => setPage(e.target.value)}
        />
        {FIELDS.map(([key, label]) => (
          <div key={key}>
            <label className="field-label" htmlFor={`box-${key}`}>
              {label}
            </label>
            <input
              id={`box-${key}`}
              type="number"
              min={0}
              step={0.05}
              value={values[key]}
              onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
            />
          </div>
        ))}
        <button type="submit" className="button">
          Black out this box
        </button>
      </form>
    </details>
  );
}
