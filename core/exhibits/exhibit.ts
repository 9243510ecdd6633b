// The matter's exhibit settings (label style, Bates numbering). Exhibits themselves are the records marked
// as attached (core/records); their order in the records list is the order of the labels.
import { z } from 'zod';

export const batesSettingsSchema = z.object({
  enabled: z.boolean().default(false),
  prefix: z.string().max(40).default('CITY-AG-'),
  start: z.number().int().positive().default(1),
  digits: z.number().int().min(1).max(12).default(6),
});

export const exhibitSettingsSchema = z.object({
  labelStyle: z.enum(['letters', 'numbers']).default('letters'),
  // The defaults are written once, in batesSettingsSchema.
  bates: batesSettingsSchema.default(() => batesSettingsSchema.parse({})),
});

export type BatesSettings = z.infer<typeof batesSettingsSchema>;
export type ExhibitSettings = z.infer<typeof exhibitSettingsSchema>;
export type LabelStyle = ExhibitSettings['labelStyle'];

export const defaultExhibitSettings = (): ExhibitSettings => exhibitSettingsSchema.parse({});

/** The settings part of a matter file, with defaults that keep older files opening unchanged. */
export const exhibitSettingsField = exhibitSettingsSchema.default(defaultExhibitSettings);
