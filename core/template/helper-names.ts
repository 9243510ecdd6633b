// The helpers a template may call and how many arguments each takes, for static checks before rendering.

export interface HelperSpec {
  min: number;
  max: number;
  /** Opens a block (`{{#if}}…{{/if}}`) rather than producing a value. */
  block?: boolean;
}

const many = Number.POSITIVE_INFINITY;

export const HELPERS: Record<string, HelperSpec> = {
  if: { min: 1, max: 1, block: true },
  unless: { min: 1, max: 1, block: true },
  each: { min: 1, max: 1, block: true },
  with: { min: 1, max: 1, block: true },
  legalDate: { min: 1, max: 1 },
  businessDaysAfter: { min: 2, max: 2 },
  addDays: { min: 2, max: 2 },
  ordinal: { min: 1, max: 1 },
  joinList: { min: 1, max: 3 },
  plural: { min: 2, max: 3 },
  numberWords: { min: 1, max: 1 },
  countWords: { min: 2, max: 3 },
  totalPages: { min: 1, max: 1 },
  requestStatus: { min: 1, max: 1 },
  cite: { min: 1, max: many },
  upper: { min: 1, max: 1 },
  lower: { min: 1, max: 1 },
  titleCase: { min: 1, max: 1 },
  eq: { min: 2, max: 2 },
  ne: { min: 2, max: 2 },
  and: { min: 2, max: many },
  or: { min: 2, max: many },
  not: { min: 1, max: 1 },
  default: { min: 2, max: 2 },
  today: { min: 0, max: 0 },
};

export const isHelper = (name: string): boolean => Object.prototype.hasOwnProperty.call(HELPERS, name);

export const helperUsage = (name: string): string => {
  const spec = HELPERS[name];
  if (!spec) return '';
  if (spec.min === spec.max) return `${spec.min} ${spec.min === 1 ? 'argument' : 'arguments'}`;
  return spec.max === many ? `at least ${spec.min} arguments` : `${spec.min} to ${spec.max} arguments`;
};
