import { describe, expect, it } from 'vitest';
import { deadlineText } from '../../../renderer/status-bar/deadline-text';

// Wednesday, April 2, 2025 at 10:00 local time.
const now = new Date(2025, 3, 2, 10);

describe('the deadline reminder', () => {
  it.each([
    ['2025-04-07', 'Deadline Apr 7, 2025 — 3 business days left', 'soon'],
    ['2025-04-03', 'Deadline Apr 3, 2025 — 1 business day left', 'soon'],
    ['2025-04-02', 'Deadline Apr 2, 2025 — due today', 'soon'],
    // San Jacinto Day (April 21) is a Texas state holiday, so it does not count.
    ['2025-04-30', 'Deadline Apr 30, 2025 — 19 business days left', 'ok'],
    ['2025-03-31', 'Deadline Mar 31, 2025 — overdue by 2 business days', 'overdue'],
  ])('for %s says "%s"', (deadline, text, urgency) => {
    expect(deadlineText(deadline, now)).toEqual({ text, urgency });
  });

  it('says nothing while the deadline is empty or not a date', () => {
    expect(deadlineText('', now)).toBeNull();
    expect(deadlineText('next week', now)).toBeNull();
  });
});
