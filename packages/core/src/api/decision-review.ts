import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';
import { DECISION_CONTENT_KEYS } from '../decisions/revision';
import { DecisionSchema } from '../model/decision';
import { ProcedureFieldsSchema } from '../model/procedure';
import { RoleSchema } from './roles';

/**
 * What the review of a decision needs besides the decision itself: comments on the decision,
 * an item or one field of an item; every saved revision, to be read and diffed; the people a
 * draft can be sent to; and, after issue, the day it was entered on the national database.
 */

/** The fields a comment may point at: a procedure field of an item. */
export const CommentFieldSchema = z.enum(
  Object.keys(ProcedureFieldsSchema.shape) as [keyof typeof ProcedureFieldsSchema.shape],
);

/**
 * One comment. `itemId` null: on the decision as a whole; `field` (with an item): on one field
 * of that item. `revision` is the revision the commenter was looking at, so a comment on an
 * older revision shows as such.
 */
export const DecisionCommentSchema = z.object({
  id: z.string(),
  decisionId: z.string(),
  revision: z.number().int().nonnegative(),
  author: z.string(),
  at: z.string(),
  itemId: z.string().nullable(),
  field: CommentFieldSchema.nullable(),
  text: z.string(),
});
export type DecisionComment = z.infer<typeof DecisionCommentSchema>;

/** `POST /api/decisions/:id/comments` → 201 `DecisionComment`. A field needs an item. */
export const DecisionCommentBodySchema = z
  .object({
    revision: z.number().int().nonnegative(),
    itemId: z.string().min(1).max(200).nullable().optional(),
    field: CommentFieldSchema.nullable().optional(),
    text: z.string().trim().min(1).max(10_000),
  })
  .strict()
  .refine((body) => !body.field || body.itemId, {
    path: ['field'],
    message: 'a field comment needs its itemId',
  });
export type DecisionCommentBody = z.infer<typeof DecisionCommentBodySchema>;

/** `GET /api/decisions/:id/comments`: oldest first. */
export const DecisionCommentsResponseSchema = z.object({ comments: z.array(DecisionCommentSchema) });
export type DecisionCommentsResponse = z.infer<typeof DecisionCommentsResponseSchema>;

/** The content of a decision at one revision (the keys its revision hash covers). */
export const DecisionContentSchema = DecisionSchema.pick(
  Object.fromEntries(DECISION_CONTENT_KEYS.map((key) => [key, true])) as {
    [K in (typeof DECISION_CONTENT_KEYS)[number]]: true;
  },
);

/** One saved revision as listed. */
export const DecisionRevisionSummarySchema = z.object({
  revision: z.number().int().nonnegative(),
  author: z.string(),
  savedAt: z.string(),
  revisionHash: z.string(),
  items: z.number().int().nonnegative(),
});
export type DecisionRevisionSummary = z.infer<typeof DecisionRevisionSummarySchema>;

/** `GET /api/decisions/:id/revisions`: every saved revision, oldest first (revision 0 = created). */
export const DecisionRevisionsResponseSchema = z.object({
  revisions: z.array(DecisionRevisionSummarySchema),
});
export type DecisionRevisionsResponse = z.infer<typeof DecisionRevisionsResponseSchema>;

/** `GET /api/decisions/:id/revisions/:revision`: one revision's content. */
export const DecisionRevisionResponseSchema = DecisionRevisionSummarySchema.extend({
  content: DecisionContentSchema,
});
export type DecisionRevisionResponse = z.infer<typeof DecisionRevisionResponseSchema>;

/**
 * `POST /api/decisions/:id/national-db`: the day the issued decision's items were entered on
 * (abolished: removed from) the national database; `itemIds` absent = every item not yet
 * recorded. Each recorded item gets its change-log entry. Answers with the decision detail.
 */
export const NationalDbBodySchema = z
  .object({
    on: IsoDateSchema,
    itemIds: z.array(z.string().min(1).max(200)).min(1).max(5000).optional(),
  })
  .strict();
export type NationalDbBody = z.infer<typeof NationalDbBodySchema>;

/** `GET /api/people`: who can be named as reviewer (any signed-in user may ask; no secrets). */
export const PersonSchema = z.object({ username: z.string(), roles: z.array(RoleSchema) });
export type Person = z.infer<typeof PersonSchema>;
export const PeopleResponseSchema = z.object({ people: z.array(PersonSchema) });
export type PeopleResponse = z.infer<typeof PeopleResponseSchema>;
