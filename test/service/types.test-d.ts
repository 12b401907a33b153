import { describe, expectTypeOf, it } from "vitest";
import type { Result, Snapshot } from "../../src/core/index.js";
import {
  type AutoReply,
  chooseAutoReply,
  computeSlaStatus,
  createRma,
  type RmaContext,
  type RmaState,
  type SlaReport,
  type SlaTargetState,
  type SupportState,
} from "../../src/service/index.js";

describe("service types", () => {
  it("computeSlaStatus returns a report whose statuses are a closed union", () => {
    expectTypeOf(computeSlaStatus).returns.toEqualTypeOf<SlaReport>();
    expectTypeOf<SlaTargetState>().toEqualTypeOf<"met" | "breached" | "at-risk" | "on-track">();
  });
  it("auto-replies never answer the open state", () => {
    expectTypeOf<AutoReply["state"]>().toEqualTypeOf<Exclude<SupportState, "open">>();
    expectTypeOf(chooseAutoReply).returns.toExtend<Result<AutoReply, { code: string; message: string }>>();
  });
  it("createRma returns an RMA snapshot", () => {
    expectTypeOf(createRma).returns.toEqualTypeOf<Snapshot<RmaState, RmaContext>>();
    // @ts-expect-error: an RMA has no "shipped" state
    const state: RmaState = "shipped";
    void state;
  });
});
