import { Dec, type Decimal, type Money, opsError } from "../core/index.js";
import { splitOver } from "./allocation.js";
import { roundAsAuthority, sumDecimals } from "./authorityRounding.js";
import type { DraftCharge } from "./draftCharge.js";
import { type DutyMeasure, evaluateDutyMeasure, percentText } from "./dutyMeasure.js";
import { hsMatchesAny } from "./hsCode.js";
import type { AdditionalDutyLayer, AuthorityRounding, LowValueRegime, MarketRules } from "./marketRules.js";
import type { RuleRef } from "./ruleRef.js";
import { showMoney } from "./showMoney.js";
import type { TariffSource } from "./tariffSource.js";
import type { WorkLine } from "./workLine.js";

/** decimal.js values are immutable, so one zero can start every line's sum. */
const ZERO: Decimal = new Dec(0);

/** @internal what the duty step needs. */
export interface DutyContext {
  readonly market: MarketRules;
  readonly date: string;
  readonly currency: string;
  readonly rounding: AuthorityRounding;
  readonly regime: LowValueRegime | undefined;
  readonly layers: readonly AdditionalDutyLayer[];
  readonly tariffSource: TariffSource | undefined;
  readonly toDeclared: (amount: Money, path: ReadonlyArray<string | number>) => Decimal;
  /** False when no import tax of the market has duty in its base: the per-line duty for tax is then left at zero. */
  readonly dutyForTaxNeeded?: boolean;
}

interface LineMeasures {
  readonly line: WorkLine;
  readonly measures: readonly DutyMeasure[];
  readonly rule: RuleRef;
}

/** @internal duty charges and, per line, the duty that enters the tax base. */
export function computeDuties(
  lines: readonly WorkLine[],
  context: DutyContext,
): { charges: DraftCharge[]; dutyForTax: Decimal[] } {
  const groups = new Map<string, { name: string; items: LineMeasures[] }>();
  const add = (code: string, name: string, item: LineMeasures) => {
    const group = groups.get(code) ?? { name, items: [] };
    group.items.push(item);
    groups.set(code, group);
  };
  const flatLines: WorkLine[] = [];
  for (const line of lines) {
    const treatment = line.coveredByRegime ? context.regime?.duty : "normal";
    if (treatment === "exempt") continue;
    if (treatment !== undefined && treatment !== "normal") {
      flatLines.push(line);
      continue;
    }
    const base = baseMeasures(line, context);
    add("CUSTOMS_DUTY", "Customs duty", { line, measures: base.measures, rule: base.rule });
    for (const layer of context.layers) {
      if (layerApplies(layer, line)) add(layer.code, layer.name, { line, measures: [layer.measure], rule: layer.rule });
    }
  }
  const dutyForTax = new Array<Decimal>(lines.length).fill(ZERO);
  const charges: DraftCharge[] = [];
  for (const [code, group] of groups) charges.push(...groupCharges(code, group.name, group.items, context, dutyForTax));
  const flat = flatDuty(flatLines, lines.length, context, dutyForTax);
  if (flat) charges.push(flat);
  return { charges, dutyForTax };
}

function baseMeasures(line: WorkLine, context: DutyContext): { measures: readonly DutyMeasure[]; rule: RuleRef } {
  if (line.duty) {
    return {
      measures: line.duty,
      rule: {
        id: `inline-duty:${line.id}`,
        authority: "host (inline measures)",
        source: `lines[${line.index}].duty`,
        validFrom: context.date,
        validTo: context.date,
      },
    };
  }
  const path = ["input", "lines", line.index, "hsCode"];
  if (!context.tariffSource) {
    throw opsError("TARIFF_NOT_FOUND", [
      { path, message: "the line has no inline duty measures and no tariffSource was given" },
    ]);
  }
  const found = context.tariffSource.dutyFor({
    destination: context.market.destination,
    customsTerritory: context.market.customsTerritory,
    hsCode: line.hsCode,
    originCountry: line.originCountry,
    date: context.date,
  });
  if (!found) {
    throw opsError("TARIFF_NOT_FOUND", [
      {
        path,
        message: `the tariff source has no duty for ${line.hsCode} from ${line.originCountry} into ${context.market.customsTerritory} on ${context.date}`,
      },
    ]);
  }
  return found;
}

function layerApplies(layer: AdditionalDutyLayer, line: WorkLine): boolean {
  if (layer.origins !== "all" && !layer.origins.includes(line.originCountry)) return false;
  if (layer.exceptOrigins?.includes(line.originCountry)) return false;
  if (layer.hsPrefixes && !hsMatchesAny(line.hsCode, layer.hsPrefixes)) return false;
  return !hsMatchesAny(line.hsCode, layer.exceptHs);
}

function groupCharges(
  code: string,
  name: string,
  items: readonly LineMeasures[],
  context: DutyContext,
  dutyForTax: Decimal[],
): DraftCharge[] {
  const { rounding, currency } = context;
  const adValorem = new Map<string, { rate: Decimal; text: string }>();
  const evaluated = items.map(({ line, measures }) => {
    const dutiableValue = roundAsAuthority(line.customsValue, currency, rounding.dutyBase);
    const only = measures.length === 1 ? measures[0] : undefined;
    if (only?.kind === "ad-valorem") {
      // The common case, without the per-line closures: same arithmetic and text as evaluateDutyMeasure.
      let parsed = adValorem.get(only.rate);
      if (parsed === undefined) {
        parsed = { rate: new Dec(only.rate), text: percentText(only.rate) };
        adValorem.set(only.rate, parsed);
      }
      return {
        dutiableValue,
        raw: roundAsAuthority(dutiableValue.times(parsed.rate), currency, rounding.lineRaw),
        rate: only.rate,
        text: parsed.text,
      };
    }
    const outcomes = measures.map((measure) =>
      evaluateDutyMeasure(measure, {
        dutiableValue,
        quantity: line.quantity,
        weightKg: line.weightKg,
        litres: line.litres,
        pairs: line.pairs,
        toDeclared: (amount) => context.toDeclared(amount, ["input", "lines", line.index, "duty"]),
        missing: (unit) => {
          const field = unit === "kg" ? "weightKg" : "litres";
          throw opsError("MISSING_LINE_MEASURE", [
            {
              path: ["input", "lines", line.index, field],
              message: `a specific duty per ${unit} needs the line's ${field}`,
            },
          ]);
        },
      }),
    );
    const single = outcomes.length === 1 ? outcomes[0] : undefined;
    const exact = single ? single.amount : sumDecimals(outcomes.map((o) => o.amount));
    const raw = roundAsAuthority(exact, currency, rounding.lineRaw);
    return {
      dutiableValue,
      raw,
      rate: undefined as string | undefined, // a lone ad-valorem measure took the path above
      text: outcomes.map((o) => o.text).join(" + "),
    };
  });
  const total = roundAsAuthority(sumDecimals(evaluated.map((e) => e.raw)), currency, rounding.dutyTotal);
  const shares = splitOver(
    total,
    currency,
    evaluated.map((e) => e.raw),
  );
  const needed = context.dutyForTaxNeeded !== false;
  return items.map(({ line, rule }, k) => {
    const item = evaluated[k] as (typeof evaluated)[number];
    const index = line.index;
    if (needed) {
      dutyForTax[index] = (dutyForTax[index] as Decimal).plus(roundAsAuthority(item.raw, currency, rounding.lineDuty));
    }
    if (item.rate !== undefined) {
      // The common case as one literal (same keys, same order) rather than a spread.
      return {
        kind: "duty",
        code,
        name,
        lineIndex: index,
        base: item.dutiableValue,
        rate: item.rate,
        description: item.text,
        computed: item.raw,
        amount: shares[k] as Decimal,
        collection: "border",
        rule,
      } satisfies DraftCharge;
    }
    return {
      kind: "duty",
      code,
      name,
      lineIndex: index,
      base: item.dutiableValue,
      ...(item.rate === undefined ? {} : { rate: item.rate }),
      description: item.text,
      computed: item.raw,
      amount: shares[k] as Decimal,
      collection: "border",
      rule,
    } satisfies DraftCharge;
  });
}

function flatDuty(
  covered: readonly WorkLine[],
  lineCount: number,
  context: DutyContext,
  dutyForTax: Decimal[],
): DraftCharge | undefined {
  const treatment = context.regime?.duty;
  if (covered.length === 0 || !context.regime || treatment === undefined || typeof treatment === "string") return;
  const subheadings = [...new Set(covered.map((line) => line.hsCode.slice(0, treatment.subheadingDigits)))];
  const unit = context.toDeclared(treatment.amount, ["input", "markets"]);
  const amount = unit.times(subheadings.length);
  const ratios = Array.from({ length: lineCount }, () => new Dec(0));
  for (const line of covered) ratios[line.index] = line.customsValue;
  const shares = splitOver(amount, context.currency, ratios);
  shares.forEach((share, index) => {
    dutyForTax[index] = (dutyForTax[index] as Decimal).plus(share);
  });
  return {
    kind: "duty",
    code: "FLAT_LOW_VALUE_DUTY",
    name: context.regime.name,
    description: `${showMoney(treatment.amount)} × ${subheadings.length} distinct tariff subheading(s) (${subheadings.join(", ")})`,
    computed: amount,
    amount,
    collection: "border",
    rule: context.regime.rule,
    allocationRatios: ratios,
  };
}
