/** Fixed facts shared by every chapter: the product, the supplier, the PO, the lots and the orders. */
export const PRODUCT = { id: "PB-10K-MAG", name: "10,000 mAh magnetic power bank", hsCode: "8507.60" } as const;
export const SUPPLIER = { id: "SUP-SZ-001", name: "Shenzhen Volt Tech" } as const;
export const PO_ID = "PO-2026-0031";
export const LOTS = { first: "LOT-2026-0031-A", second: "LOT-2026-0031-B" } as const;
export const ORDERS = { de: "SO-DE-1001", us: "SO-US-2001" } as const;

const counters = new Map<string, number>();
/** Sequential ids per prefix: `nextId("NCR")` → "NCR-000001", then "NCR-000002". */
export function nextId(prefix: string): string {
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  return `${prefix}-${String(n).padStart(6, "0")}`;
}

/** A manual clock: every `tick` moves it forward by whole hours from a fixed start. */
export function manualClock(startIso: string) {
  let now = Date.parse(startIso);
  return {
    now: () => new Date(now),
    tick(hours = 1): Date {
      now += hours * 3_600_000;
      return new Date(now);
    },
    set(iso: string): Date {
      now = Date.parse(iso);
      return new Date(now);
    },
  };
}
