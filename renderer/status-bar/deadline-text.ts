// "Deadline Apr 7, 2025 — 3 business days left": how long is left to answer, counted in business days
// (weekends and Texas state holidays skipped, as the templates' deadline helpers count them).
import { isBusinessDay } from '../../core/template/helpers/business-days';

const DAY = 86_400_000;

const parse = (iso: string): number | null => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? null : time;
};

/** Business days after `from` up to and including `to` (negative when `to` is earlier). */
export function businessDaysBetween(from: number, to: number): number {
  const sign = to >= from ? 1 : -1;
  let count = 0;
  for (let t = from; sign > 0 ? t < to : t > to; t += sign * DAY) {
    const day = sign > 0 ? t + DAY : t;
    if (isBusinessDay(new Date(day))) count += sign;
  }
  return count;
}

const todayUtc = (now: Date): number => Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());

export function deadlineText(
  deadline: string,
  now: Date = new Date(),
): { text: string; urgency: 'ok' | 'soon' | 'overdue' } | null {
  const due = parse(deadline);
  if (due === null) return null;
  const label = new Date(due).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  });
  const today = todayUtc(now);
  if (due < today) {
    const late = -businessDaysBetween(today, due);
    return {
      text: `Deadline ${label} — overdue by ${late} business day${late === 1 ? '' : 's'}`,
      urgency: 'overdue',
    };
  }
  if (due === today) return { text: `Deadline ${label} — due today`, urgency: 'soon' };
  const left = businessDaysBetween(today, due);
  return {
    text: `Deadline ${label} — ${left} business day${left === 1 ? '' : 's'} left`,
    urgency: left <= 3 ? 'soon' : 'ok',
  };
}
