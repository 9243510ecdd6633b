// Reordering the records list (and so the exhibits' labels and Bates order). Each function returns a new list; labels follow from the new order.

/** Moves the exhibit with `id` to position `to` (clamped to the list). */
export function moveExhibitTo<T extends { id: string }>(list: readonly T[], id: string, to: number): T[] {
  const from = list.findIndex((e) => e.id === id);
  if (from < 0) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  const target = Math.max(0, Math.min(to, next.length));
  next.splice(target, 0, moved!);
  return next;
}

export function moveExhibitUp<T extends { id: string }>(list: readonly T[], id: string): T[] {
  const from = list.findIndex((e) => e.id === id);
  return from <= 0 ? [...list] : moveExhibitTo(list, id, from - 1);
}

export function moveExhibitDown<T extends { id: string }>(list: readonly T[], id: string): T[] {
  const from = list.findIndex((e) => e.id === id);
  return from < 0 || from === list.length - 1 ? [...list] : moveExhibitTo(list, id, from + 1);
}
