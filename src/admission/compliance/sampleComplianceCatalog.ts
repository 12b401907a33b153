import type { ComplianceCatalog, ComplianceRequirement } from "./complianceCatalog.js";

const ALL = ["US", "EU", "GB"];
const since = "2000-01-01";

const ipSearch = (id: string, title: string, titleZh: string, regulation: string): ComplianceRequirement => ({
  id,
  kind: "ip-search",
  title,
  titleZh,
  markets: ALL,
  regulation,
  validFrom: since,
  evidenceValidityMonths: 12,
});

const requirements: ComplianceRequirement[] = [
  ipSearch(
    "ip-trademark-search",
    "Trademark search (brand, product name, logo)",
    "商标检索",
    "US Lanham Act (USPTO search); EU Trade Mark Regulation (EU) 2017/1001 (EUIPO / TMview); UK Trade Marks Act 1994 (UKIPO)",
  ),
  ipSearch(
    "ip-patent-search",
    "Utility patent search",
    "发明 / 实用新型专利检索",
    "35 U.S.C. (USPTO); European Patent Convention (Espacenet); UK Patents Act 1977",
  ),
  ipSearch(
    "ip-design-search",
    "Design patent / registered design search",
    "外观设计专利检索",
    "35 U.S.C. 171 design patents; Community Design Regulation (EC) No 6/2002 (DesignView); UK Registered Designs Act 1949",
  ),
  {
    id: "eu-ce-declaration",
    kind: "certificate",
    title: "EU Declaration of Conformity (CE) for LVD and EMC",
    titleZh: "CE 符合性声明（低电压 / 电磁兼容）",
    markets: ["EU"],
    features: ["electrical"],
    regulation: "Low Voltage Directive 2014/35/EU; EMC Directive 2014/30/EU",
    validFrom: "2016-04-20",
  },
  {
    id: "eu-red-declaration",
    kind: "certificate",
    title: "EU Declaration of Conformity under the Radio Equipment Directive",
    titleZh: "RED 无线设备符合性声明",
    markets: ["EU"],
    features: ["radio"],
    regulation: "Radio Equipment Directive 2014/53/EU",
    validFrom: "2016-06-13",
  },
  {
    id: "eu-rohs-report",
    kind: "test-report",
    title: "RoHS test report (10 restricted substances)",
    titleZh: "RoHS 有害物质检测报告",
    markets: ["EU", "GB"],
    features: ["electrical"],
    regulation: "RoHS Directive 2011/65/EU, Annex II as amended by Directive (EU) 2015/863",
    validFrom: "2019-07-22",
  },
  {
    id: "eu-reach-svhc",
    kind: "document",
    title: "REACH SVHC declaration (Candidate List substances above 0.1% w/w)",
    titleZh: "REACH SVHC 高关注物质声明",
    markets: ["EU"],
    regulation: "REACH Regulation (EC) No 1907/2006, Article 33",
    validFrom: "2008-06-01",
    evidenceValidityMonths: 12,
  },
  {
    id: "eu-weee-registration",
    kind: "registration",
    title: "WEEE producer registration in each EU country of sale",
    titleZh: "WEEE 生产者注册",
    markets: ["EU"],
    features: ["electrical"],
    regulation: "WEEE Directive 2012/19/EU, Article 16 (e.g. Germany: stiftung ear, ElektroG)",
    validFrom: "2014-02-14",
  },
  {
    id: "eu-gpsr-responsible-person",
    kind: "document",
    title: "EU responsible person named on product or packaging",
    titleZh: "欧盟负责人（GPSR）",
    markets: ["EU"],
    regulation:
      "General Product Safety Regulation (EU) 2023/988, Articles 9 and 16; Regulation (EU) 2019/1020, Article 4",
    validFrom: "2024-12-13",
  },
  {
    id: "eu-toy-safety-report",
    kind: "test-report",
    title: "Toy safety test report (EN 71-1, -2, -3)",
    titleZh: "玩具安全检测报告（EN 71）",
    markets: ["EU", "GB"],
    features: ["children"],
    regulation: "Toy Safety Directive 2009/48/EC; UK Toys (Safety) Regulations 2011",
    validFrom: "2011-07-20",
  },
  {
    id: "gb-ukca-declaration",
    kind: "certificate",
    title: "UK Declaration of Conformity (UKCA, or CE where still accepted)",
    titleZh: "UKCA 符合性声明",
    markets: ["GB"],
    features: ["electrical"],
    regulation: "Electrical Equipment (Safety) Regulations 2016; Electromagnetic Compatibility Regulations 2016",
    validFrom: "2021-01-01",
  },
  {
    id: "us-fcc-sdoc",
    kind: "certificate",
    title: "FCC Supplier's Declaration of Conformity (unintentional radiators)",
    titleZh: "FCC SDoC 符合性声明",
    markets: ["US"],
    features: ["electrical"],
    regulation: "47 CFR Part 15, Subpart B; 47 CFR 2.906",
    validFrom: "2017-11-02",
  },
  {
    id: "us-fcc-id",
    kind: "certificate",
    title: "FCC ID certification (intentional radiators: Wi-Fi, Bluetooth)",
    titleZh: "FCC ID 认证",
    markets: ["US"],
    features: ["radio"],
    regulation: "47 CFR Part 15, Subpart C; 47 CFR 2.907",
    validFrom: since,
  },
  {
    id: "us-cpc",
    kind: "certificate",
    title: "Children's Product Certificate (CPC) from CPSC-accepted lab tests",
    titleZh: "儿童产品证书（CPC）",
    markets: ["US"],
    features: ["children"],
    regulation: "Consumer Product Safety Improvement Act of 2008 (CPSIA), section 102; 16 CFR Part 1107",
    validFrom: "2009-02-10",
  },
  {
    id: "us-fda-food-contact",
    kind: "test-report",
    title: "FDA food-contact compliance test report",
    titleZh: "FDA 食品接触材料检测报告",
    markets: ["US"],
    features: ["food-contact"],
    regulation: "Federal Food, Drug, and Cosmetic Act; 21 CFR Parts 174-186",
    validFrom: since,
  },
  {
    id: "battery-un38-3",
    kind: "test-report",
    title: "UN38.3 test summary for lithium batteries",
    titleZh: "锂电池 UN38.3 测试报告",
    markets: ALL,
    features: ["lithium-battery"],
    regulation:
      "UN Manual of Tests and Criteria, Part III, sub-section 38.3 (required for transport by IATA DGR, IMDG)",
    validFrom: since,
  },
  {
    id: "battery-msds",
    kind: "document",
    title: "Safety data sheet (MSDS / SDS) for the battery",
    titleZh: "电池 MSDS / SDS 安全数据表",
    markets: ALL,
    features: ["lithium-battery"],
    regulation: "GHS; OSHA 29 CFR 1910.1200; REACH Article 31",
    validFrom: since,
    evidenceValidityMonths: 12,
  },
  {
    id: "us-origin-label",
    kind: "label",
    title: 'Country of origin marking ("Made in China")',
    titleZh: "原产地标识",
    markets: ["US"],
    regulation: "19 U.S.C. 1304; 19 CFR Part 134",
    validFrom: since,
  },
  {
    id: "eu-ce-mark",
    kind: "label",
    title: "CE mark on the product or its packaging",
    titleZh: "CE 标志",
    markets: ["EU"],
    features: ["electrical", "children"],
    regulation: "Regulation (EC) No 765/2008, Article 30; Decision 768/2008/EC, Annex II",
    validFrom: since,
  },
  {
    id: "gb-ukca-mark",
    kind: "label",
    title: "UKCA (or CE) mark",
    titleZh: "UKCA 标志",
    markets: ["GB"],
    features: ["electrical", "children"],
    regulation: "Product Safety and Metrology etc. (Amendment etc.) (EU Exit) Regulations 2019",
    validFrom: "2021-01-01",
  },
  {
    id: "eu-weee-bin-symbol",
    kind: "label",
    title: "Crossed-out wheeled bin symbol",
    titleZh: "WEEE 垃圾桶标志",
    markets: ["EU", "GB"],
    features: ["electrical"],
    regulation: "WEEE Directive 2012/19/EU, Article 14(4); EN 50419",
    validFrom: "2014-02-14",
  },
  {
    id: "us-prop65-warning",
    kind: "label",
    title: "California Proposition 65 warning",
    titleZh: "加州 65 号提案警示标签",
    markets: ["US"],
    features: ["prop65-chemicals"],
    regulation: "California Health and Safety Code section 25249.6; 27 CCR section 25600 et seq.",
    validFrom: "2018-08-30",
  },
];

/**
 * SAMPLE, to replace: an illustrative compliance catalog for the US, the EU and Great Britain, naming the regulation
 * behind each requirement. It is a starting point, not legal advice: hosts load their own catalog (reviewed by
 * their compliance team) with {@link complianceCatalogSchema}.
 *
 * Product features it understands: `electrical`, `radio`, `lithium-battery`, `children`, `food-contact`,
 * `prop65-chemicals`. IP searches and origin/REACH/GPSR items apply to every product.
 *
 * @example
 * ```ts
 * reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, { category: "electronics", features: ["electrical"], markets: ["US"] }, [], "2026-06-01");
 * ```
 */
export const SAMPLE_COMPLIANCE_CATALOG: ComplianceCatalog = {
  id: "sample-compliance-us-eu-gb",
  version: "2026.1",
  sample: true,
  requirements,
};
