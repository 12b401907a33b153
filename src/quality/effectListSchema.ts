import * as z from "zod";

/** @internal a step's effects as the readers of effects take them: objects with a `type`, other fields kept. */
export const effectListSchema = z.array(z.looseObject({ type: z.string() }));
