import { Dec, type Decimal, type Money, money, parseInput, roundMoney } from "../../../core/index.js";
import { checkHsCodeFormat } from "./checkHsCodeFormat.js";
import { type CommercialInvoice, type CommercialInvoiceInput, commercialInvoiceSchema } from "./commercialInvoice.js";
import { findVagueDescription } from "./findVagueDescription.js";
import { defaultHsCodeRules, type HsCodeRule } from "./hsCodeRules.js";
import { defaultVagueDescriptionTerms, type VagueDescriptionTerm } from "./vagueDescriptionTerms.js";
import { defaultValueDensityBands, type ValueDensityBand } from "./valueDensityBands.js";

/**
 * The codes of the customs-document checks.
 *
 * @example
 * ```ts
 * const code: CustomsFindingCode = "VAGUE_DESCRIPTION";
 * ```
 */
export type CustomsFindingCode =
  | "VAGUE_DESCRIPTION"
  | "MISSING_ORIGIN"
  | "HS_CODE_CHAPTER_INVALID"
  | "HS_CODE_LENGTH"
  | "LINE_CURRENCY_MISMATCH"
  | "LINE_TOTAL_MISMATCH"
  | "INVOICE_TOTAL_MISMATCH"
  | "ZERO_VALUE_LINE"
  | "NET_EXCEEDS_GROSS"
  | "WEIGHT_TOTAL_MISMATCH"
  | "PACKING_LIST_WEIGHT_MISMATCH"
  | "MISSING_CARTON_MARKS"
  | "VALUE_PER_KG_OUT_OF_BAND"
  | "VALUE_BAND_NOT_CHECKED";

/**
 * One problem found on a commercial invoice or packing list: its code, how serious (an `error` is what gets a
 * parcel held; a `warning` deserves a look), where (path into the invoice input), a message, and data.
 *
 * @example
 * ```ts
 * const f: CustomsFinding = { code: "MISSING_ORIGIN", severity: "error", path: ["lines", 1, "originCountry"], message: "..." };
 * ```
 */
export interface CustomsFinding {
  readonly code: CustomsFindingCode;
  readonly severity: "error" | "warning";
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly data?: Readonly<Record<string, string | number | readonly number[]>>;
}

/**
 * The result of {@link checkCommercialInvoice}: `clean` when no finding is an error, every finding in invoice
 * order, and the totals the checks computed.
 *
 * @example
 * ```ts
 * if (!report.clean) report.findings.filter((f) => f.severity === "error");
 * ```
 */
export interface CustomsCheckReport {
  readonly clean: boolean;
  readonly findings: readonly CustomsFinding[];
  readonly invoice: CommercialInvoice;
  /** Sum of line totals (quantity × unit value, each rounded half-up to minor units) plus freight and insurance. */
  readonly computedTotal: Money;
  readonly computedNetWeightKg: string;
  readonly computedGrossWeightKg: string;
}

/**
 * Replaceable data for the checks: tariff-code rules, vague words and value-per-kg bands.
 *
 * @example
 * ```ts
 * const options: CustomsCheckOptions = { valueBands: [{ category: "apparel", currency: "EUR", minPerKg: "7", maxPerKg: "230" }] };
 * ```
 */
export interface CustomsCheckOptions {
  readonly hsCodeRules?: readonly HsCodeRule[];
  readonly vagueTerms?: readonly VagueDescriptionTerm[];
  readonly valueBands?: readonly ValueDensityBand[];
}

/**
 * Checks a commercial invoice and its packing list for what gets parcels held:
 * vague descriptions (English and Chinese), missing country of origin, tariff codes of the wrong shape for the
 * destination, line totals that are not quantity × unit value, an invoice total that is not the lines plus
 * freight and insurance, net weight above gross (per line, in total, per carton group), weight totals and
 * packing-list weights that disagree with the lines, cartons without marks, zero-value lines, and a value per kg
 * outside the declared category's band. Money is compared exactly after rounding each line to minor units;
 * weights exactly.
 *
 * @throws `INVALID_ARGUMENT` when the invoice does not match {@link commercialInvoiceSchema}
 * @example
 * ```ts
 * const report = checkCommercialInvoice(invoice);
 * report.findings.map((f) => f.code); // ["VAGUE_DESCRIPTION"]
 * ```
 */
export function checkCommercialInvoice(
  input: CommercialInvoiceInput,
  options: CustomsCheckOptions = {},
): CustomsCheckReport {
  const invoice = parseInput(commercialInvoiceSchema, input, ["invoice"]);
  const rules = options.hsCodeRules ?? defaultHsCodeRules;
  const terms = options.vagueTerms ?? defaultVagueDescriptionTerms;
  const bands = options.valueBands ?? defaultValueDensityBands;
  const findings: CustomsFinding[] = [];
  const add = (finding: CustomsFinding) => findings.push(finding);
  const currency = invoice.currency;

  let goodsTotal = new Dec(0);
  let netTotal = new Dec(0);
  let grossTotal = new Dec(0);
  invoice.lines.forEach((line, i) => {
    const at = (...rest: (string | number)[]) => ["lines", i, ...rest];
    for (const field of ["description", "descriptionZh"] as const) {
      const text = line[field];
      const vague = text === undefined ? undefined : findVagueDescription(text, terms);
      if (vague) {
        add({
          code: "VAGUE_DESCRIPTION",
          severity: "error",
          path: at(field),
          message: `"${text}" rests on the generic word "${vague.term}": ${vague.suggestion}`,
          data: { term: vague.term },
        });
      }
    }
    if ((line.originCountry ?? invoice.defaultOriginCountry) === undefined) {
      add({
        code: "MISSING_ORIGIN",
        severity: "error",
        path: at("originCountry"),
        message: "country of origin is missing: give the line's originCountry or the invoice's defaultOriginCountry",
      });
    }
    const hs = checkHsCodeFormat(line.hsCode, invoice.destinationCountry, rules);
    if (hs.problem === "chapter") {
      add({
        code: "HS_CODE_CHAPTER_INVALID",
        severity: "error",
        path: at("hsCode"),
        message: `"${line.hsCode}" does not start with an HS chapter (01-97)`,
      });
    } else if (hs.problem === "length") {
      add({
        code: "HS_CODE_LENGTH",
        severity: "error",
        path: at("hsCode"),
        message: `"${line.hsCode}" has ${hs.digits.length} digits; ${invoice.destinationCountry} expects ${hs.expectedLengths.join(" or ")}${hs.rule ? ` (${hs.rule.name})` : ""}`,
        data: { digits: hs.digits.length, expected: hs.expectedLengths },
      });
    }
    const net = new Dec(line.netWeightKg);
    const gross = new Dec(line.grossWeightKg);
    netTotal = netTotal.plus(net);
    grossTotal = grossTotal.plus(gross);
    if (net.gt(gross)) {
      add({
        code: "NET_EXCEEDS_GROSS",
        severity: "error",
        path: at("netWeightKg"),
        message: `net weight ${net.toString()} kg is above gross weight ${gross.toString()} kg`,
      });
    }
    if (line.unitValue.currency !== currency) {
      add({
        code: "LINE_CURRENCY_MISMATCH",
        severity: "error",
        path: at("unitValue", "currency"),
        message: `unit value is in ${line.unitValue.currency}; the invoice is in ${currency}`,
      });
      return;
    }
    const lineTotal = roundMoney(money(line.unitValue.amount.times(new Dec(line.quantity)), currency));
    goodsTotal = goodsTotal.plus(lineTotal.amount);
    if (line.lineTotal !== undefined && !sameAmount(line.lineTotal, lineTotal)) {
      add({
        code: "LINE_TOTAL_MISMATCH",
        severity: "error",
        path: at("lineTotal"),
        message: `line total ${line.lineTotal.amount.toFixed()} ${line.lineTotal.currency} is not ${new Dec(line.quantity).toString()} × ${line.unitValue.amount.toFixed()} = ${lineTotal.amount.toFixed()} ${currency}`,
        data: { expected: lineTotal.amount.toFixed() },
      });
    }
    if (lineTotal.amount.isZero()) {
      add({
        code: "ZERO_VALUE_LINE",
        severity: "warning",
        path: at("unitValue"),
        message: "declared value is zero: customs assess goods without commercial value at their real value",
      });
    } else if (line.category !== undefined) {
      checkValueBand(line.category, lineTotal.amount, net, currency, bands, at, add);
    }
  });

  let total = goodsTotal;
  for (const field of ["freight", "insurance"] as const) {
    const charge = invoice[field];
    if (charge === undefined) continue;
    if (charge.currency !== currency) {
      add({
        code: "LINE_CURRENCY_MISMATCH",
        severity: "error",
        path: [field, "currency"],
        message: `${field} is in ${charge.currency}; the invoice is in ${currency}`,
      });
    } else total = total.plus(charge.amount);
  }
  const computedTotal = money(total, currency);
  if (!sameAmount(invoice.declaredTotal, computedTotal)) {
    add({
      code: "INVOICE_TOTAL_MISMATCH",
      severity: "error",
      path: ["declaredTotal"],
      message: `declared total ${invoice.declaredTotal.amount.toFixed()} ${invoice.declaredTotal.currency} is not the sum of lines, freight and insurance, ${computedTotal.amount.toFixed()} ${currency}`,
      data: { expected: computedTotal.amount.toFixed() },
    });
  }

  checkWeightTotals(invoice, netTotal, grossTotal, add);
  checkPackingList(invoice, grossTotal, add);

  return {
    clean: findings.every((finding) => finding.severity !== "error"),
    findings,
    invoice,
    computedTotal,
    computedNetWeightKg: netTotal.toString(),
    computedGrossWeightKg: grossTotal.toString(),
  };
}

function sameAmount(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amount.equals(b.amount);
}

function checkValueBand(
  category: string,
  lineTotal: Decimal,
  net: Decimal,
  currency: string,
  bands: readonly ValueDensityBand[],
  at: (...rest: (string | number)[]) => (string | number)[],
  add: (finding: CustomsFinding) => void,
): void {
  const band = bands.find((candidate) => candidate.category === category && candidate.currency === currency);
  if (!band) {
    const other = bands.some((candidate) => candidate.category === category);
    add({
      code: "VALUE_BAND_NOT_CHECKED",
      severity: "warning",
      path: at("category"),
      message: other
        ? `no value-per-kg band for "${category}" in ${currency}: pass bands in the invoice currency`
        : `no value-per-kg band for category "${category}"`,
    });
    return;
  }
  const perKg = lineTotal.div(net).toDecimalPlaces(2);
  if (perKg.lt(band.minPerKg) || perKg.gt(band.maxPerKg)) {
    add({
      code: "VALUE_PER_KG_OUT_OF_BAND",
      severity: "warning",
      path: at("unitValue"),
      message: `${perKg.toFixed(2)} ${currency}/kg is outside the ${category} band ${band.minPerKg}-${band.maxPerKg} ${currency}/kg`,
      data: { valuePerKg: perKg.toFixed(2), min: band.minPerKg, max: band.maxPerKg },
    });
  }
}

function checkWeightTotals(
  invoice: CommercialInvoice,
  netTotal: Decimal,
  grossTotal: Decimal,
  add: (finding: CustomsFinding) => void,
): void {
  const declaredNet = invoice.totalNetWeightKg === undefined ? undefined : new Dec(invoice.totalNetWeightKg);
  const declaredGross = invoice.totalGrossWeightKg === undefined ? undefined : new Dec(invoice.totalGrossWeightKg);
  if (declaredNet && !declaredNet.equals(netTotal)) {
    add({
      code: "WEIGHT_TOTAL_MISMATCH",
      severity: "error",
      path: ["totalNetWeightKg"],
      message: `total net weight ${declaredNet.toString()} kg is not the lines' ${netTotal.toString()} kg`,
      data: { expected: netTotal.toString() },
    });
  }
  if (declaredGross && !declaredGross.equals(grossTotal)) {
    add({
      code: "WEIGHT_TOTAL_MISMATCH",
      severity: "error",
      path: ["totalGrossWeightKg"],
      message: `total gross weight ${declaredGross.toString()} kg is not the lines' ${grossTotal.toString()} kg`,
      data: { expected: grossTotal.toString() },
    });
  }
  if (declaredNet && declaredGross && declaredNet.gt(declaredGross)) {
    add({
      code: "NET_EXCEEDS_GROSS",
      severity: "error",
      path: ["totalNetWeightKg"],
      message: `total net weight ${declaredNet.toString()} kg is above total gross weight ${declaredGross.toString()} kg`,
    });
  }
}

function checkPackingList(
  invoice: CommercialInvoice,
  grossTotal: Decimal,
  add: (finding: CustomsFinding) => void,
): void {
  if (invoice.packages.length === 0) return;
  let packedGross = new Dec(0);
  invoice.packages.forEach((entry, i) => {
    const gross = new Dec(entry.grossWeightKg);
    packedGross = packedGross.plus(gross.times(entry.cartons));
    if (entry.marks === undefined || entry.marks === "") {
      add({
        code: "MISSING_CARTON_MARKS",
        severity: "warning",
        path: ["packages", i, "marks"],
        message: "cartons have no shipping marks: mark order, carton number and origin (e.g. MADE IN CHINA)",
      });
    }
    if (entry.netWeightKg !== undefined && new Dec(entry.netWeightKg).gt(gross)) {
      add({
        code: "NET_EXCEEDS_GROSS",
        severity: "error",
        path: ["packages", i, "netWeightKg"],
        message: `carton net weight ${new Dec(entry.netWeightKg).toString()} kg is above its gross weight ${gross.toString()} kg`,
      });
    }
  });
  const expected = invoice.totalGrossWeightKg === undefined ? grossTotal : new Dec(invoice.totalGrossWeightKg);
  if (!packedGross.equals(expected)) {
    add({
      code: "PACKING_LIST_WEIGHT_MISMATCH",
      severity: "error",
      path: ["packages"],
      message: `cartons weigh ${packedGross.toString()} kg gross; the invoice says ${expected.toString()} kg`,
      data: { packed: packedGross.toString(), invoiced: expected.toString() },
    });
  }
}
