import * as z from "zod";
import { localDateSchema, parseInput } from "../../core/index.js";
import { type QualificationDocument, supplierSchema } from "./supplierSchema.js";

/**
 * An event about a qualification document's validity: `document-expiring` within the warning window (so it can be
 * renewed before it lapses) or `document-expired`.
 *
 * @example
 * ```ts
 * const e: DocumentExpiryEvent = { type: "document-expiring", supplierId: "SUP-1", documentId: "iso", kind: "iso-9001", expiresOn: "2026-04-20", daysLeft: 19 };
 * ```
 */
export interface DocumentExpiryEvent {
  readonly type: "document-expiring" | "document-expired";
  readonly supplierId: string;
  readonly documentId: string;
  readonly kind: QualificationDocument["kind"];
  readonly expiresOn: string;
  /** Calendar days from `asOf` to `expiresOn`; 0 on the last valid day, negative once expired. */
  readonly daysLeft: number;
}

/**
 * Schema of {@link DocumentExpiryOptions}.
 *
 * @example
 * ```ts
 * documentExpiryOptionsSchema.parse({ asOf: "2026-04-01", warnDays: 30 });
 * ```
 */
export const documentExpiryOptionsSchema = z.object({
  asOf: localDateSchema,
  /** Warn this many calendar days before expiry (default 60); per document kind overrides. */
  warnDays: z.number().int().nonnegative().default(60),
  warnDaysByKind: z.record(z.string(), z.number().int().nonnegative()).default({}),
});

/**
 * Options of {@link findDocumentExpiryEvents}.
 *
 * @example
 * ```ts
 * const o: DocumentExpiryOptions = { asOf: "2026-04-01", warnDays: 60, warnDaysByKind: { "business-licence": 90 } };
 * ```
 */
export type DocumentExpiryOptions = z.input<typeof documentExpiryOptionsSchema>;

const DAY = 86_400_000;

/**
 * Lists the qualification documents about to expire or already expired, soonest first. A document is valid up to
 * and including `expiresOn`; it is `document-expiring` when `expiresOn` is within `warnDays` calendar days of
 * `asOf`, and `document-expired` from the next day. Run it daily and raise the events you have not raised yet.
 *
 * @throws `INVALID_ARGUMENT` for a malformed supplier or options
 * @example
 * ```ts
 * findDocumentExpiryEvents([supplier], { asOf: "2026-04-01", warnDays: 30 });
 * // [{ type: "document-expiring", supplierId: "SUP-1", documentId: "iso", kind: "iso-9001", expiresOn: "2026-04-20", daysLeft: 19 }]
 * ```
 */
export function findDocumentExpiryEvents(
  suppliers: readonly unknown[],
  options: DocumentExpiryOptions,
): DocumentExpiryEvent[] {
  const list = parseInput(z.array(supplierSchema), suppliers, ["suppliers"]);
  const { asOf, warnDays, warnDaysByKind } = parseInput(documentExpiryOptionsSchema, options, ["options"]);
  const today = Date.parse(`${asOf}T00:00:00Z`);
  const events: DocumentExpiryEvent[] = [];
  for (const supplier of list) {
    for (const doc of supplier.documents) {
      if (doc.expiresOn === undefined) continue;
      const daysLeft = Math.round((Date.parse(`${doc.expiresOn}T00:00:00Z`) - today) / DAY);
      const window = warnDaysByKind[doc.kind] ?? warnDays;
      if (daysLeft > window) continue;
      events.push({
        type: daysLeft < 0 ? "document-expired" : "document-expiring",
        supplierId: supplier.id,
        documentId: doc.id,
        kind: doc.kind,
        expiresOn: doc.expiresOn,
        daysLeft,
      });
    }
  }
  return events.sort((a, b) => a.daysLeft - b.daysLeft || a.supplierId.localeCompare(b.supplierId));
}
