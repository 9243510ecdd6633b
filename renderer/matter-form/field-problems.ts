// Inline validation for the matter form: what is wrong with a value, in words, or nothing.
import type { TemplateSummary } from '../../core/api/contract';

export type DeclaredField = TemplateSummary['fields'][number];

export function fieldProblem(field: DeclaredField, value: unknown): string | null {
  const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  if (field.required && empty) return `${field.label} is required by this template.`;
  if (field.type === 'date' && typeof value === 'string' && value !== '') {
    const time = Date.parse(`${value}T00:00:00Z`);
    // Round trip, because Date.parse accepts February 30 and rolls it over.
    const real = !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !real) {
      return `${field.label} must be a date (YYYY-MM-DD).`;
    }
  }
  if (field.type === 'list' && field.required && Array.isArray(value) && value.length === 0) {
    return `Add at least one item to ${field.label}.`;
  }
  return null;
}

/** A DOM id for a field path (ids may not contain dots or brackets in CSS selectors comfortably). */
export const fieldDomId = (path: string): string => `field-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
