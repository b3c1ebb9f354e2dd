import { z } from 'zod';

export const UnitKindSchema = z.enum(['university', 'school', 'department', 'office']);

export const UnitSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: UnitKindSchema,
  parentId: z.uuid().nullable(),
  peopleCount: z.number().int(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const UnitListSchema = z.array(UnitSchema);

export const CreateUnitBodySchema = z.object({
  code: z
    .string()
    .trim()
    .min(2)
    .max(20)
    .regex(/^[A-Z0-9_-]+$/, 'Il codice usa solo lettere maiuscole, cifre, - e _'),
  name: z.string().trim().min(3).max(200),
  kind: UnitKindSchema,
  parentId: z.uuid().nullable(),
});
export type CreateUnitBody = z.infer<typeof CreateUnitBodySchema>;
