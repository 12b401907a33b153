import type { CommercialInvoiceInput } from "../../../../src/logistics/operations/index.js";

type Line = CommercialInvoiceInput["lines"][number];

export const flaskLine: Line = {
  sku: "FLASK-500",
  description: "Stainless steel vacuum flask, 500 ml",
  descriptionZh: "不锈钢真空保温杯 500毫升",
  hsCode: "9617.00.11",
  originCountry: "CN",
  quantity: 24,
  unit: "PCS",
  netWeightKg: "7.2",
  grossWeightKg: "8.1",
  unitValue: { amount: "6.50", currency: "USD" },
  lineTotal: { amount: "156.00", currency: "USD" },
  category: "home_kitchen",
};

export const caseLine: Line = {
  sku: "CASE-IP15",
  description: "Silicone phone case for iPhone 15",
  hsCode: "3926.90.97",
  originCountry: "CN",
  quantity: 50,
  unit: "PCS",
  netWeightKg: "2.5",
  grossWeightKg: "3.0",
  unitValue: { amount: "1.85", currency: "USD" },
  lineTotal: { amount: "92.50", currency: "USD" },
  category: "phone_accessories",
};

/** A clean invoice for two lines shipped DAP Berlin: 156.00 + 92.50 + freight 20.00 + insurance 1.50 = 270.00 USD. */
export function berlinInvoice(overrides: Partial<CommercialInvoiceInput> = {}): CommercialInvoiceInput {
  return {
    invoiceNumber: "CI-2026-0918",
    invoiceDate: "2026-10-08",
    shipper: {
      name: "Ningbo Homeware Co., Ltd.",
      addressLines: ["88 Jiangnan Road", "Beilun District"],
      city: "Ningbo",
      postalCode: "315800",
      country: "CN",
    },
    consignee: {
      name: "Anna Schmidt",
      addressLines: ["Torstraße 12"],
      city: "Berlin",
      postalCode: "10119",
      country: "DE",
    },
    incoterm: "DAP",
    incotermPlace: "Berlin",
    currency: "USD",
    exportCountry: "CN",
    destinationCountry: "DE",
    lines: [flaskLine, caseLine],
    freight: { amount: "20.00", currency: "USD" },
    insurance: { amount: "1.50", currency: "USD" },
    declaredTotal: { amount: "270.00", currency: "USD" },
    totalNetWeightKg: "9.7",
    totalGrossWeightKg: "11.1",
    packages: [
      { marks: "SO-1001 / C/NO. 1-2 / MADE IN CHINA", cartons: 2, grossWeightKg: "5.55", netWeightKg: "4.85" },
    ],
    ...overrides,
  };
}
