// Matter facts used by the documents an office sends on day one: the litigation hold to the departments, a
// third party's Public Information Act request, the privileged briefing of the governing body, and the
// letter telling the named officials whom the City Attorney represents. Each group defaults to empty, so a
// matter file written before these fields existed still opens.
import { z } from 'zod';

const text = z.string().default('');

/** A group whose every field has a default: an older file without it reads as the empty group. */
const group = <T extends z.ZodRawShape>(shape: T) => {
  const schema = z.object(shape);
  // The generic output type cannot be shown to exclude undefined, though parse never returns it.
  return schema.default(() => schema.parse({}) as z.core.util.NoUndefined<z.output<typeof schema>>);
};

/** The four groups, spread into the matter schema, which passes its own date type (a real calendar date). */
export const dayOneGroups = (date: z.ZodDefault<z.ZodType<string>>) => ({
  /** The litigation hold: who receives it, from when records are kept, and which camera video. */
  preservation: group({
    recipients: z.array(z.object({ name: text, title: text })).default([]),
    preserveFrom: date,
    videoScope: text,
    acknowledgeBy: date,
  }),
  /** A Public Information Act request from someone other than the Attorney General's office. */
  publicInformationRequest: group({
    requestorName: text,
    requestorOrganization: text,
    requestorAddress: text,
    requestorEmail: text,
    requestDate: date,
    receivedDate: date,
    text: text,
  }),
  /** The privileged briefing memo and the closed-session item it proposes. */
  briefing: group({ meetingDate: date, agendaItem: text, recommendation: text }),
  /** What the representation letter tells the named officials beyond the rules it states. */
  representation: group({ exposureNote: text, separateCounsel: text }),
});
