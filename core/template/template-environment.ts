// A private Handlebars environment with Counsel Desk's helpers. Built-in block helpers are replaced so they
// see through MatterValues (an empty string is falsy), and format helpers keep values linked to the matter.
import Handlebars from 'handlebars';
import { appendFormat, formatStage } from './field-format';
import { FORMATTERS } from './helpers/formatters';
import type { FormatArg } from './helpers/formatters';
import { legalDate, todayIso } from './helpers/legal-date';
import { HELPERS } from './helper-names';
import { MatterValue, isEmptyValue, trackedContainer, unwrap } from './matter-value';

type Options = Handlebars.HelperOptions;
type Helper = (this: unknown, ...args: unknown[]) => unknown;

const toArg = (value: unknown): FormatArg => {
  const plain = unwrap(value);
  return typeof plain === 'string' || typeof plain === 'number' || typeof plain === 'boolean' ? plain : null;
};

/** A format helper: linked to the matter when its first argument comes from it, plain text otherwise. */
function formatHelper(name: string): Helper {
  const format = FORMATTERS[name]!;
  return (...all: unknown[]) => {
    const [first, ...rest] = all.slice(0, -1);
    const args = rest.map(toArg);
    const source = first instanceof MatterValue ? first : trackedContainer(first);
    if (!source) return format(unwrap(first), args);
    return source.derive(appendFormat(source.format, formatStage(name, args)), format(source.input, args));
  };
}

const loose = (a: unknown, b: unknown): boolean => {
  const [x, y] = [unwrap(a), unwrap(b)];
  return (
    x === y ||
    (x !== null && y !== null && typeof x !== 'object' && typeof y !== 'object' && String(x) === String(y))
  );
};

function each(this: unknown, context: unknown, options: Options): string {
  const items =
    context !== null && typeof context === 'object' && !(context instanceof MatterValue)
      ? Object.entries(context as Record<string, unknown>)
      : [];
  if (items.length === 0) return options.inverse(this);
  const data = options.data ? Handlebars.createFrame(options.data) : {};
  return items
    .map(([key, value], index) => {
      Object.assign(data, { key, index, first: index === 0, last: index === items.length - 1 });
      return options.fn(value, { data, blockParams: [value, key] });
    })
    .join('');
}

const blockHelpers: Record<string, Helper> = {
  if(this: unknown, condition, options) {
    const o = options as Options;
    return isEmptyValue(condition, o.hash.includeZero === true) ? o.inverse(this) : o.fn(this);
  },
  unless(this: unknown, condition, options) {
    const o = options as Options;
    return isEmptyValue(condition, o.hash.includeZero === true) ? o.fn(this) : o.inverse(this);
  },
  with(this: unknown, context, options) {
    const o = options as Options;
    return isEmptyValue(context) ? o.inverse(this) : o.fn(context, { blockParams: [context] });
  },
  each: each as Helper,
};

const logicHelpers: Record<string, Helper> = {
  eq: (a, b) => loose(a, b),
  ne: (a, b) => !loose(a, b),
  and: (...all) => all.slice(0, -1).every((v) => !isEmptyValue(v)),
  // `or` returns the first non-empty argument itself, so {{or a b}} shows a linked value.
  or: (...all) => {
    const args = all.slice(0, -1);
    return args.find((v) => !isEmptyValue(v)) ?? args[args.length - 1];
  },
  not: (value) => isEmptyValue(value),
  today: () => legalDate(todayIso()),
};

let environment: typeof Handlebars | undefined;

/** The one private environment (built on first use); nothing outside registers helpers on it. */
export function templateEnvironment(): typeof Handlebars {
  if (environment) return environment;
  const env = Handlebars.create();
  env.unregisterHelper('lookup');
  env.unregisterHelper('log');
  for (const name of Object.keys(FORMATTERS)) env.registerHelper(name, formatHelper(name));
  for (const [name, helper] of Object.entries({ ...blockHelpers, ...logicHelpers }))
    env.registerHelper(name, helper);
  environment = env;
  return env;
}

/** Compile options: only our helpers exist, and a missing path is an error rather than an empty string. */
export const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(Object.keys(HELPERS).map((name) => [name, true])),
} as const;
