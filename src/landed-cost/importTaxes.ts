import { Dec, type Decimal, opsError } from "../core/index.js";
import { splitOver } from "./allocation.js";
import { roundAsAuthority, sumDecimals } from "./authorityRounding.js";
import type { DraftCharge } from "./draftCharge.js";
import { percentText } from "./dutyMeasure.js";
import type {
  AuthorityRounding,
  ImportTaxRule,
  LowValueRegime,
  TaxBaseComponent,
  TransportMode,
  ValuationRule,
} from "./marketRules.js";
import type { WorkLine } from "./workLine.js";

/** @internal what the tax step needs. */
export interface TaxContext {
  readonly currency: string;
  readonly taxes: readonly ImportTaxRule[];
  readonly rounding: AuthorityRounding;
  readonly regime: LowValueRegime | undefined;
  readonly valuation: ValuationRule;
  readonly mode: TransportMode;
  readonly dutyForTax: readonly Decimal[];
}

interface TaxedLine {
  readonly line: WorkLine;
  readonly base: Decimal;
  readonly rate: string;
  readonly raw: Decimal;
  readonly collection: DraftCharge["collection"];
}

/** @internal import taxes per line, in the order of the rules (later bases may include earlier taxes). */
export function computeImportTaxes(lines: readonly WorkLine[], context: TaxContext): DraftCharge[] {
  const { rounding, currency } = context;
  const priorTaxes = lines.map(() => new Dec(0));
  const charges: DraftCharge[] = [];
  for (const tax of context.taxes) {
    const taxed: TaxedLine[] = [];
    for (const line of lines) {
      const collection = collectionFor(line, context.regime);
      if (collection === undefined) continue;
      const rate = rateFor(tax, line);
      if (rate === undefined) continue;
      const base = roundAsAuthority(
        baseOf(tax.base, line, context, priorTaxes[line.index] as Decimal),
        currency,
        rounding.taxBase,
      );
      const grossBase = tax.grossUp ? base.div(new Dec(1).minus(rate)) : base;
      const raw = roundAsAuthority(grossBase.times(rate), currency, rounding.lineRaw);
      taxed.push({ line, base: grossBase, rate, raw, collection });
    }
    if (taxed.length === 0) continue;
    const lineTaxes = taxed.map((t) => roundAsAuthority(t.raw, currency, rounding.lineTax));
    charges.push(
      ...taxCharges(
        tax.code,
        tax.name,
        taxed,
        context,
        (t) => ({
          base: t.base,
          rate: t.rate,
          description: `${percentText(t.rate)}${tax.grossUp ? " of base / (1 − rate)" : ""}`,
        }),
        tax,
      ),
    );
    taxed.forEach((t, k) => {
      priorTaxes[t.line.index] = (priorTaxes[t.line.index] as Decimal).plus(lineTaxes[k] as Decimal);
    });
    const surtax = tax.surtax;
    if (surtax) {
      const surtaxed = taxed.map((t, k) => {
        const national = lineTaxes[k] as Decimal;
        const raw = roundAsAuthority(
          national.times(surtax.numerator).div(surtax.denominator),
          currency,
          rounding.lineRaw,
        );
        return { ...t, base: national, raw };
      });
      charges.push(
        ...taxCharges(
          surtax.code,
          surtax.name,
          surtaxed,
          context,
          () => ({
            description: `${surtax.numerator}/${surtax.denominator} of ${tax.name}`,
          }),
          tax,
        ),
      );
    }
  }
  return charges;
}

function taxCharges(
  code: string,
  name: string,
  taxed: readonly TaxedLine[],
  context: TaxContext,
  describe: (t: TaxedLine) => { base?: Decimal; rate?: string; description: string },
  tax: ImportTaxRule,
): DraftCharge[] {
  const total = roundAsAuthority(sumDecimals(taxed.map((t) => t.raw)), context.currency, context.rounding.taxTotal);
  const shares = splitOver(
    total,
    context.currency,
    taxed.map((t) => t.raw),
  );
  return taxed.map((t, k) => {
    const described = describe(t);
    return {
      kind: "tax",
      code,
      name,
      lineIndex: t.line.index,
      base: described.base ?? t.base,
      ...(described.rate === undefined ? {} : { rate: described.rate }),
      description: described.description,
      computed: t.raw,
      amount: shares[k] as Decimal,
      collection: t.collection,
      rule: tax.rule,
    };
  });
}

function collectionFor(line: WorkLine, regime: LowValueRegime | undefined): DraftCharge["collection"] | undefined {
  if (!regime || !line.coveredByRegime) return "border";
  if (regime.tax === "exempt") return undefined;
  return regime.tax === "point-of-sale" ? "point-of-sale" : "border";
}

function rateFor(tax: ImportTaxRule, line: WorkLine): string | undefined {
  const rate = tax.rates[line.taxCategory];
  if (rate !== undefined || tax.optionalByCategory) return rate;
  throw opsError("TAX_CATEGORY_UNKNOWN", [
    {
      path: ["input", "lines", line.index, "taxCategory"],
      message: `${tax.name} has no rate for category "${line.taxCategory}" (known: ${Object.keys(tax.rates).join(", ")})`,
    },
  ]);
}

function baseOf(components: readonly TaxBaseComponent[], line: WorkLine, context: TaxContext, prior: Decimal): Decimal {
  const cif = context.valuation.basis === "CIF";
  const onwardInValue = context.valuation.onwardTransportIncludedForModes?.includes(context.mode) ?? false;
  let base = new Dec(0);
  for (const component of components) {
    if (component === "customs-value") base = base.plus(line.customsValue);
    else if (component === "duty") base = base.plus(context.dutyForTax[line.index] as Decimal);
    else if (component === "freight" && !cif) base = base.plus(line.freight);
    else if (component === "insurance" && !cif) base = base.plus(line.insurance);
    else if (component === "onward-transport" && !onwardInValue) base = base.plus(line.onwardTransport);
    else if (component === "prior-taxes") base = base.plus(prior);
  }
  return base;
}
