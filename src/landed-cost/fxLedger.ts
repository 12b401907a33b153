import { convertMoney, type FxRate, type FxRates, isCrossborderOpsError, type Money, opsError } from "../core/index.js";

/** @internal converts through the FxRates port (core convertMoney, half-up to minor units unless `exact`) and records each rate used. */
export interface FxLedger {
  convert(amount: Money, to: string, path: ReadonlyArray<string | number>, exact?: boolean): Money;
  used(): FxRate[];
}

/** @internal */
export function createFxLedger(fxRates: FxRates | undefined, date: string): FxLedger {
  const used = new Map<string, FxRate>();
  return {
    convert(amount, to, path, exact = false) {
      if (amount.currency === to) return amount;
      if (!fxRates) {
        throw opsError("FX_RATE_MISSING", [
          { path, message: `${amount.currency}→${to} needs a rate: pass an FxRates port as fxRates` },
        ]);
      }
      try {
        const conversion = convertMoney(amount, to, fxRates, date, exact ? { rounding: "none" } : {});
        used.set(`${conversion.rate.from}/${conversion.rate.to}`, conversion.rate);
        return conversion.money;
      } catch (error) {
        if (isCrossborderOpsError(error, "FX_RATE_MISSING")) {
          throw opsError("FX_RATE_MISSING", [
            { path, message: `no ${amount.currency}→${to} rate on or before ${date}; add one to the FxRates port` },
          ]);
        }
        throw error;
      }
    },
    used: () => [...used.values()],
  };
}
