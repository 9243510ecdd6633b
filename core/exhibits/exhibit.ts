// Exhibits of a matter and the matter's exhibit settings (label style, Bates numbering). The order of the
// list is the order of the labels: A is the first exhibit.
import { z } from 'zod';

export const exhibitSchema = z.object({
  id: z.string().min(1),
  /** What the exhibit is, as the index and the cover page show it. */
  description: z.string().default(''),
  /** The excerpt (in the matter's `excerpts`) holding the exhibit's text: a passage or a whole source. */
  excerptId: z.string(),
});

export const batesSettingsSchema = z.object({
  enabled: z.boolean().default(false),
  prefix: z.string().max(40).default('CITY-AG-'),
  start: z.number().int().positive().default(1),
  digits: z.number().int().min(1).max(12).default(6),
});

export const exhibitSettingsSchema = z.object({
  labelStyle: z.enum(['letters', 'numbers']).default('letters'),
  bates: batesSettingsSchema.default({ enabled: false, prefix: 'CITY-AG-', start: 1, digits: 6 }),
});

export type Exhibit = z.infer<typeof exhibitSchema>;
export type BatesSettings = z.infer<typeof batesSettingsSchema>;
export type ExhibitSettings = z.infer<typeof exhibitSettingsSchema>;
export type LabelStyle = ExhibitSettings['labelStyle'];

export const defaultExhibitSettings = (): ExhibitSettings => exhibitSettingsSchema.parse({});
