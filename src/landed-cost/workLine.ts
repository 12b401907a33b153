import type { Decimal } from "../core/index.js";
import type { DutyMeasure } from "./dutyMeasure.js";

/** @internal one line during the computation; amounts in the declaration currency unless suffixed. */
export interface WorkLine {
  readonly index: number;
  readonly id: string;
  readonly hsCode: string;
  readonly originCountry: string;
  readonly quantity: Decimal;
  readonly weightKg: Decimal | undefined;
  readonly volumeM3: Decimal | undefined;
  readonly litres: Decimal | undefined;
  readonly pairs: Decimal | undefined;
  readonly taxCategory: string;
  readonly duty: readonly DutyMeasure[] | undefined;
  /** Price paid for the line, rounded to minor units. */
  readonly goods: Decimal;
  /** Shares of the shipment costs. */
  readonly freight: Decimal;
  readonly insurance: Decimal;
  readonly onwardTransport: Decimal;
  /** Price without the shipment costs the Incoterm includes. */
  readonly intrinsicValue: Decimal;
  readonly customsValue: Decimal;
  /** Whether the low-value regime covers the line (false for its tariff exceptions or without a regime). */
  readonly coveredByRegime: boolean;
}
