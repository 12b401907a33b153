import * as z from "zod";
import { nonEmptySchema } from "../shared/schemas.js";

/**
 * A review board: its members (purchasing, marketing, quality, legal...), the quorum (how many members must vote,
 * abstentions included) and the decision rule.
 *
 * - `majority`: an outcome wins when more than half of the decisive votes (approve, reject, improve) choose it.
 * - `unanimous`: approval needs every decisive vote; otherwise a majority to reject rejects, and anything else sends
 *   the proposal back to improve.
 *
 * @example
 * ```ts
 * const board = reviewBoardSchema.parse({
 *   members: [{ id: "buyer.li", role: "purchasing" }, { id: "mkt.chen", role: "marketing" }, { id: "qa.zhang", role: "quality" }],
 *   quorum: 3,
 *   rule: "majority",
 * });
 * ```
 */
export const reviewBoardSchema = z
  .object({
    members: z
      .array(z.object({ id: nonEmptySchema, name: z.string().optional(), role: z.string().optional() }))
      .min(1, { message: "a board needs at least one member" }),
    quorum: z.int().positive(),
    rule: z.enum(["unanimous", "majority"]),
  })
  .superRefine((board, ctx) => {
    const seen = new Set<string>();
    board.members.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue({ code: "custom", path: ["members", i, "id"], message: `repeats "${m.id}"` });
      seen.add(m.id);
    });
    if (board.quorum > board.members.length)
      ctx.addIssue({
        code: "custom",
        path: ["quorum"],
        message: `must not exceed the ${board.members.length} members`,
      });
  });

/**
 * A review board.
 *
 * @example
 * ```ts
 * const board: ReviewBoard = { members: [{ id: "buyer.li" }, { id: "qa.zhang" }], quorum: 2, rule: "unanimous" };
 * ```
 */
export type ReviewBoard = z.infer<typeof reviewBoardSchema>;

/**
 * One member's vote with an optional comment and, for an approval, the conditions attached to it
 * (e.g. "approve once the UN38.3 report is in").
 *
 * @example
 * ```ts
 * const vote = boardVoteSchema.parse({ memberId: "qa.zhang", vote: "approve", conditions: ["100% function test on the first lot"] });
 * ```
 */
export const boardVoteSchema = z.object({
  memberId: nonEmptySchema,
  vote: z.enum(["approve", "reject", "improve", "abstain"]),
  comment: z.string().optional(),
  conditions: z.array(nonEmptySchema).optional(),
});

/**
 * A board vote.
 *
 * @example
 * ```ts
 * const vote: BoardVote = { memberId: "mkt.chen", vote: "improve", comment: "price band too crowded" };
 * ```
 */
export type BoardVote = z.infer<typeof boardVoteSchema>;
