// The DocxOptions that put a matter's exhibits into an export: current labels for "Exhibit B" references
// and the prepared exhibit set (index, cover pages, texts, Bates numbers). The exporter spreads these into
// buildDocx's options: buildDocx(model, { ...exhibitDocxOptions(file), markDraft }).
import { z } from 'zod';
import { excerptSchema } from '../excerpts/excerpt';
import { exhibitSchema, exhibitSettingsSchema } from '../exhibits/exhibit';
import { prepareExhibitSet, type ExhibitSource } from '../exhibits/exhibit-export';
import { labelsById } from '../exhibits/exhibit-label';
import type { DocxOptions } from './build-docx';

/** The exhibit part of a matter file, for an export request that carries it. */
export const exhibitPartSchema = z.object({
  excerpts: z.array(excerptSchema).default([]),
  exhibits: z.array(exhibitSchema).default([]),
  exhibitSettings: exhibitSettingsSchema.default({
    labelStyle: 'letters',
    bates: { enabled: false, prefix: 'CITY-AG-', start: 1, digits: 6 },
  }),
});

export function exhibitDocxOptions(file: ExhibitSource): Pick<DocxOptions, 'exhibits' | 'exhibitSet'> {
  // An empty list still goes along: references to deleted exhibits then print "Exhibit [deleted]".
  if (file.exhibits.length === 0) return { exhibits: [] };
  const labels = labelsById(file.exhibits, file.exhibitSettings.labelStyle);
  return {
    exhibits: [...labels].map(([id, label]) => ({ id, label })),
    exhibitSet: prepareExhibitSet(file),
  };
}
