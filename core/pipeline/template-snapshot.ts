// A draft keeps its template (the file and every partial) so that binding it later renders the same words,
// even after the templates folder changes or on another machine. Parsed snapshots are kept for reuse.
import type { TemplateSnapshot } from '../matter-file/matter-file';
import type { ReviewFlags } from './review-rules';
import { TemplateErrors } from '../template/template-error';
import { buildTemplateSet } from '../template/template-set';
import type { ParsedPartial, ParsedTemplate, TemplateSourceFile } from '../template/template-set';

/** A parsed template with the partials it may use: what a render needs. */
export interface Usable {
  template: ParsedTemplate;
  partials: ReadonlyMap<string, ParsedPartial>;
}

// Parsing a template costs a few milliseconds; a draft is bound on every matter change, so keep a few.
const snapshots = new Map<string, Usable>();

export function fromSnapshot(snapshot: TemplateSnapshot): Usable {
  const key = [snapshot.template, ...snapshot.partials].map((f) => `${f.path}\u0000${f.text}`).join('\u0001');
  const cached = snapshots.get(key);
  if (cached) return cached;
  const set = buildTemplateSet([snapshot.template], snapshot.partials);
  const template = [...set.templates.values()][0];
  if (!template) throw new TemplateErrors(set.errors);
  const usable = { template, partials: set.partials };
  if (snapshots.size >= 16) snapshots.delete(snapshots.keys().next().value!);
  snapshots.set(key, usable);
  return usable;
}

const NO_FLAGS: ReviewFlags = { answers: 'none', sworn: false };
const flagsOf = new WeakMap<TemplateSnapshot, ReviewFlags>();

/**
 * The review's flags of the template a draft keeps (none without one). The bind runs at every keystroke: the
 * answer is kept per snapshot object, and a snapshot that does not parse has no flags (its render fails first).
 */
export function snapshotFlags(snapshot: TemplateSnapshot | undefined): ReviewFlags {
  if (!snapshot) return NO_FLAGS;
  let flags = flagsOf.get(snapshot);
  if (!flags) {
    try {
      const { answers, sworn } = fromSnapshot(snapshot).template;
      flags = { answers, sworn };
    } catch {
      flags = NO_FLAGS;
    }
    flagsOf.set(snapshot, flags);
  }
  return flags;
}

/** The template's file and every partial, as a draft keeps them. */
export function snapshotTemplate(
  template: ParsedTemplate,
  sources: { templates: readonly TemplateSourceFile[]; partials: readonly TemplateSourceFile[] },
): TemplateSnapshot | undefined {
  const own = sources.templates.find((source) => source.path === template.file);
  return own ? { template: own, partials: [...sources.partials] } : undefined;
}
