import * as z from "zod";
import { invalidArgument, parseInput } from "../../core/index.js";
import { type BoardVote, boardVoteSchema, type ReviewBoard, reviewBoardSchema } from "./reviewBoard.js";

/**
 * The board's decision: `approve`, `reject` or `improve` (send back), or no decision yet: `no-quorum` (too few
 * members voted) or `no-majority`.
 *
 * @example
 * ```ts
 * const outcome: BoardOutcome = "improve";
 * ```
 */
export type BoardOutcome = "approve" | "reject" | "improve" | "no-quorum" | "no-majority";

/**
 * The tally of a board's votes.
 *
 * @example
 * ```ts
 * const tally: BoardTally = tallyBoardVotes(board, votes);
 * tally.outcome; // "approve"
 * ```
 */
export interface BoardTally {
  readonly outcome: BoardOutcome;
  readonly counts: {
    readonly approve: number;
    readonly reject: number;
    readonly improve: number;
    readonly abstain: number;
  };
  /** Members who voted (abstentions included), against the board's quorum. */
  readonly voted: number;
  readonly quorum: number;
  /** The vote counted for each member: the latest one. */
  readonly votes: readonly BoardVote[];
  /** Conditions attached by approving members, without repeats, in the order they were given. */
  readonly conditions: readonly string[];
}

/**
 * Tallies a board's votes under its rule and quorum. A member's later vote replaces an earlier one.
 *
 * @throws `INVALID_ARGUMENT` for a malformed board or vote, or a vote by someone not on the board (path
 *   `["votes", i, "memberId"]`)
 * @example
 * ```ts
 * const board = { members: [{ id: "a" }, { id: "b" }, { id: "c" }], quorum: 2, rule: "majority" as const };
 * tallyBoardVotes(board, [{ memberId: "a", vote: "approve" }, { memberId: "b", vote: "approve" }]).outcome; // "approve"
 * tallyBoardVotes({ ...board, rule: "unanimous" }, [{ memberId: "a", vote: "approve" }, { memberId: "b", vote: "reject" }]).outcome; // "improve"
 * ```
 */
export function tallyBoardVotes(board: ReviewBoard, votes: readonly BoardVote[]): BoardTally {
  const parsedBoard = parseInput(reviewBoardSchema, board, ["board"]);
  const parsedVotes = parseInput(z.array(boardVoteSchema), votes, ["votes"]);
  const members = new Set(parsedBoard.members.map((m) => m.id));
  const latest = new Map<string, BoardVote>();
  parsedVotes.forEach((vote, i) => {
    if (!members.has(vote.memberId))
      throw invalidArgument(["votes", i, "memberId"], `"${vote.memberId}" is not a member of the board`);
    latest.delete(vote.memberId);
    latest.set(vote.memberId, vote);
  });
  const counted = [...latest.values()];
  const counts = { approve: 0, reject: 0, improve: 0, abstain: 0 };
  for (const vote of counted) counts[vote.vote]++;
  const decisive = counts.approve + counts.reject + counts.improve;
  const majority = (n: number) => n * 2 > decisive;
  let outcome: BoardOutcome;
  if (counted.length < parsedBoard.quorum) outcome = "no-quorum";
  else if (decisive === 0) outcome = "no-majority";
  else if (parsedBoard.rule === "unanimous")
    outcome = counts.approve === decisive ? "approve" : majority(counts.reject) ? "reject" : "improve";
  else
    outcome = majority(counts.approve)
      ? "approve"
      : majority(counts.reject)
        ? "reject"
        : majority(counts.improve)
          ? "improve"
          : "no-majority";
  const conditions = [...new Set(counted.filter((v) => v.vote === "approve").flatMap((v) => v.conditions ?? []))];
  return { outcome, counts, voted: counted.length, quorum: parsedBoard.quorum, votes: counted, conditions };
}
