import { z } from 'zod';
import { RegionCodeSchema } from './codes.ts';

/** ISO 3166-1 alpha-2 code of a Party; `EU` stands for the European Union. */
export const PartyCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'a Party code is two capital letters (ISO 3166-1 alpha-2, or EU)');
export type PartyCode = z.infer<typeof PartyCodeSchema>;

const PerLanguage = <T extends z.ZodType>(value: T) => z.object({ en: value, fr: value, es: value });

export const PartySchema = z.object({
  code: PartyCodeSchema,
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  /** Short names as the UN writes them (UNTERM), in each working language. */
  names: PerLanguage(z.string().min(1)),
  /** Other names met in documents: official long forms, older or common forms. */
  aliases: PerLanguage(z.array(z.string().min(1))),
  region: RegionCodeSchema,
  /** False where the region is an assumption rather than a checked fact. */
  regionVerified: z.boolean().default(true),
});
export type Party = z.infer<typeof PartySchema>;
export type PartyInput = z.input<typeof PartySchema>;
