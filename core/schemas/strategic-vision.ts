import { z } from 'zod';

/** An objective number of the CITES Strategic Vision 2021-2030, such as `3.2`. */
export const ObjectiveNumberSchema = z
  .string()
  .regex(/^[1-5]\.[1-9]$/, 'a Strategic Vision objective is written goal.objective, such as 3.2');

export const VisionGoalSchema = z.object({
  number: z.number().int().min(1).max(5),
  /** The goal's wording; absent where it has not been verified. */
  text: z.object({ en: z.string() }).partial(),
  /** How far the wording and numbering are checked against public sources. */
  status: z.enum(['verified', 'likely', 'unverified']),
});

export const VisionObjectiveSchema = z.object({
  number: ObjectiveNumberSchema,
  goal: z.number().int().min(1).max(5),
  text: z.object({ en: z.string() }).partial(),
  /** `verified` only where both number and wording were read in a public source. */
  status: z.enum(['verified', 'likely', 'unverified']),
  /** True for objectives about capacity-building and its resources. */
  capacityBuilding: z.boolean().default(false),
});

export const StrategicVisionSchema = z.object({
  title: z.string(),
  adoptedBy: z.string(),
  goals: z.array(VisionGoalSchema),
  objectives: z.array(VisionObjectiveSchema),
  sources: z.array(z.string()),
});
export type StrategicVision = z.infer<typeof StrategicVisionSchema>;
export type VisionObjective = z.infer<typeof VisionObjectiveSchema>;
