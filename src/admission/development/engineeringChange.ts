import * as z from "zod";
import {
  defineMachine,
  err,
  type Failure,
  initialSnapshot,
  invalidArgument,
  localDateSchema,
  type Machine,
  ok,
  parseInput,
  type Result,
  type Snapshot,
} from "../../core/index.js";
import { nonEmptySchema } from "../shared/schemas.js";

/**
 * A product specification under revision control: its current revision, the design freeze date, the parts and
 * documents it consists of, and the history of revisions.
 *
 * @example
 * ```ts
 * const spec = specificationSchema.parse({ productId: "PB-10K-MAG", revision: "A", frozenOn: "2026-07-03",
 *   parts: ["housing", "PCBA", "cell"], documents: ["DWG-PB-01", "SPEC-PB-01"], history: [] });
 * ```
 */
export const specificationSchema = z.object({
  productId: nonEmptySchema,
  revision: z.string().regex(/^([A-Z]+|\d+)$/, { message: 'must be letters ("A", "B", "AA") or digits ("01")' }),
  frozenOn: localDateSchema.optional(),
  parts: z.array(nonEmptySchema),
  documents: z.array(nonEmptySchema),
  history: z.array(
    z.object({
      revision: z.string(),
      changeId: z.string(),
      effectiveOn: localDateSchema,
      reason: z.string(),
      affectedParts: z.array(z.string()),
      affectedDocuments: z.array(z.string()),
      approvedBy: z.array(z.string()),
    }),
  ),
});

/**
 * A product specification.
 *
 * @example
 * ```ts
 * const spec: Specification = { productId: "PB-10K-MAG", revision: "A", frozenOn: "2026-07-03", parts: [], documents: [], history: [] };
 * ```
 */
export type Specification = z.infer<typeof specificationSchema>;

/**
 * States of an engineering change request (ECR).
 *
 * @example
 * ```ts
 * const state: EngineeringChangeState = "approved";
 * ```
 */
export type EngineeringChangeState = "proposed" | "underReview" | "approved" | "rejected" | "implemented" | "withdrawn";

/**
 * Events of an engineering change request.
 *
 * @example
 * ```ts
 * const event: EngineeringChangeEvent = { type: "APPROVE", approvers: ["rd.sun", "qa.zhang"] };
 * ```
 */
export type EngineeringChangeEvent =
  | { readonly type: "SUBMIT" }
  | { readonly type: "APPROVE"; readonly approvers: readonly string[] }
  | { readonly type: "REJECT" }
  | { readonly type: "IMPLEMENT"; readonly newRevision: string }
  | { readonly type: "WITHDRAW" };

/**
 * What an engineering change request carries.
 *
 * @example
 * ```ts
 * const ctx: EngineeringChangeContext = { changeId: "ECR-007", productId: "PB-10K-MAG", fromRevision: "A",
 *   reason: "housing cracks in drop test", affectedParts: ["housing"], affectedDocuments: ["DWG-PB-01"],
 *   requiredApprovals: 2, approvedBy: [] };
 * ```
 */
export interface EngineeringChangeContext {
  readonly changeId: string;
  readonly productId: string;
  readonly fromRevision: string;
  readonly reason: string;
  readonly description?: string;
  readonly affectedParts: readonly string[];
  readonly affectedDocuments: readonly string[];
  readonly requiredApprovals: number;
  readonly approvedBy: readonly string[];
  readonly newRevision?: string;
}

/**
 * The engineering change workflow: proposed → under review → approved (enough distinct approvers) → implemented
 * (the new revision recorded), or rejected / withdrawn.
 *
 * @example
 * ```ts
 * assertMachineWellFormed(engineeringChangeMachine);
 * ```
 */
export const engineeringChangeMachine: Machine<
  EngineeringChangeState,
  EngineeringChangeEvent,
  EngineeringChangeContext
> = defineMachine<EngineeringChangeState, EngineeringChangeEvent, EngineeringChangeContext>({
  id: "admission-engineering-change",
  initial: "proposed",
  states: ["proposed", "underReview", "approved", "rejected", "implemented", "withdrawn"],
  final: ["rejected", "implemented", "withdrawn"],
  transitions: [
    { from: "proposed", event: "SUBMIT", to: "underReview" },
    {
      from: "underReview",
      event: "APPROVE",
      to: "approved",
      guard: "enoughApprovers",
      update: (ctx, e) => (e.type === "APPROVE" ? { ...ctx, approvedBy: [...new Set(e.approvers)] } : ctx),
    },
    { from: "underReview", event: "REJECT", to: "rejected" },
    {
      from: "approved",
      event: "IMPLEMENT",
      to: "implemented",
      update: (ctx, e) => (e.type === "IMPLEMENT" ? { ...ctx, newRevision: e.newRevision } : ctx),
      effects: (ctx, e) => [
        {
          type: "specification-revised",
          productId: ctx.productId,
          revision: e.type === "IMPLEMENT" ? e.newRevision : "",
        },
      ],
    },
    { from: ["proposed", "underReview", "approved"], event: "WITHDRAW", to: "withdrawn" },
  ],
  guards: {
    enoughApprovers: (ctx, e) => e.type === "APPROVE" && new Set(e.approvers).size >= ctx.requiredApprovals,
  },
});

const raiseSchema = z.object({
  changeId: nonEmptySchema,
  reason: nonEmptySchema,
  description: z.string().optional(),
  affectedParts: z.array(nonEmptySchema),
  affectedDocuments: z.array(nonEmptySchema),
  requiredApprovals: z.int().positive().default(2),
});

/**
 * Raises an engineering change request against a frozen specification. Before the design freeze the design is
 * changed directly, so no request is needed and `DESIGN_NOT_FROZEN` is returned.
 *
 * @throws `INVALID_ARGUMENT` for a malformed specification (path `["spec", ...]`) or request (path `["input", ...]`),
 *   or a part or document the specification does not have (path `["input", "affectedParts", i]`)
 * @example
 * ```ts
 * const r = raiseEngineeringChange(spec, { changeId: "ECR-007", reason: "housing cracks in drop test",
 *   affectedParts: ["housing"], affectedDocuments: ["DWG-PB-01"] });
 * if (r.ok) r.value.state; // "proposed"
 * ```
 */
export function raiseEngineeringChange(
  spec: Specification,
  input: z.input<typeof raiseSchema>,
): Result<Snapshot<EngineeringChangeState, EngineeringChangeContext>, Failure<"DESIGN_NOT_FROZEN">> {
  const s = parseInput(specificationSchema, spec, ["spec"]);
  const parsed = parseInput(raiseSchema, input, ["input"]);
  const unknown = (list: readonly string[], known: readonly string[], field: string) =>
    list.forEach((item, i) => {
      if (!known.includes(item)) throw invalidArgument(["input", field, i], `"${item}" is not in the specification`);
    });
  unknown(parsed.affectedParts, s.parts, "affectedParts");
  unknown(parsed.affectedDocuments, s.documents, "affectedDocuments");
  if (s.frozenOn === undefined)
    return err({
      code: "DESIGN_NOT_FROZEN",
      message: `the design of ${s.productId} is not frozen yet; change it directly`,
    });
  return ok(
    initialSnapshot(engineeringChangeMachine, {
      changeId: parsed.changeId,
      productId: s.productId,
      fromRevision: s.revision,
      reason: parsed.reason,
      ...(parsed.description ? { description: parsed.description } : {}),
      affectedParts: parsed.affectedParts,
      affectedDocuments: parsed.affectedDocuments,
      requiredApprovals: parsed.requiredApprovals,
      approvedBy: [],
    }),
  );
}

/**
 * The revision after this one: `A` → `B`, `Z` → `AA`, `AZ` → `BA`; digits count up keeping their width, `09` → `10`.
 *
 * @example
 * ```ts
 * nextSpecificationRevision("Z"); // "AA"
 * nextSpecificationRevision("09"); // "10"
 * ```
 */
export function nextSpecificationRevision(revision: string): string {
  const r = parseInput(specificationSchema.shape.revision, revision, ["revision"]);
  if (/^\d+$/.test(r)) return String(Number(r) + 1).padStart(r.length, "0");
  const letters = [...r];
  let i = letters.length - 1;
  while (i >= 0 && letters[i] === "Z") letters[i--] = "A";
  if (i < 0) return `A${letters.join("")}`;
  letters[i] = String.fromCharCode((letters[i] as string).charCodeAt(0) + 1);
  return letters.join("");
}

/**
 * Applies an approved engineering change to the specification: a new specification at the next revision, with
 * the change in its history (who approved it, why, what it touched, from when). The request must be `approved` and
 * raised against the specification's current revision. Nothing is mutated.
 *
 * @returns the revised specification, or `ENGINEERING_CHANGE_NOT_APPROVED` / `REVISION_MISMATCH`
 * @throws `INVALID_ARGUMENT` for a malformed specification or date
 * @example
 * ```ts
 * const r = applyEngineeringChange(spec, approvedChange, "2026-08-20");
 * if (r.ok) r.value.revision; // "B"
 * ```
 */
export function applyEngineeringChange(
  spec: Specification,
  change: Snapshot<EngineeringChangeState, EngineeringChangeContext>,
  effectiveOn: string,
): Result<Specification, Failure<"ENGINEERING_CHANGE_NOT_APPROVED" | "REVISION_MISMATCH">> {
  const s = parseInput(specificationSchema, spec, ["spec"]);
  const on = parseInput(localDateSchema, effectiveOn, ["effectiveOn"]);
  if (change?.state !== "approved")
    return err({ code: "ENGINEERING_CHANGE_NOT_APPROVED", message: `change is "${change?.state}", not approved` });
  const c = change.context;
  if (c.fromRevision !== s.revision || c.productId !== s.productId)
    return err({
      code: "REVISION_MISMATCH",
      message: `change ${c.changeId} was raised against ${c.productId} rev ${c.fromRevision}, the specification is ${s.productId} rev ${s.revision}`,
    });
  const revision = nextSpecificationRevision(s.revision);
  return ok({
    ...s,
    revision,
    history: [
      ...s.history,
      {
        revision,
        changeId: c.changeId,
        effectiveOn: on,
        reason: c.reason,
        affectedParts: [...c.affectedParts],
        affectedDocuments: [...c.affectedDocuments],
        approvedBy: [...c.approvedBy],
      },
    ],
  });
}
