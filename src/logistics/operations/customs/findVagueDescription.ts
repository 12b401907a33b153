import type { VagueDescriptionTerm } from "./vagueDescriptionTerms.js";

const STOP_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "for",
  "and",
  "with",
  "in",
  "on",
  "to",
  "set",
  "sets",
  "item",
  "pcs",
  "pc",
  "new",
  "other",
  "some",
  "assorted",
  "mixed",
]);
const CJK = /[\u3400-\u9fff]/g;

/**
 * Finds the generic word a goods description rests on, or `undefined` when the description names the goods.
 * English: after removing the vague term and filler words ("of", "for", "set"...), at most one word may remain
 * ("phone accessories", "computer parts" are still vague; "bicycle brake pads" is not). Chinese: after removing
 * the term, fewer than three Chinese characters remain ("手机配件" is vague; "不锈钢保温杯" is not).
 *
 * @example
 * ```ts
 * findVagueDescription("Gift", defaultVagueDescriptionTerms)?.term; // "gift"
 * findVagueDescription("手机配件", defaultVagueDescriptionTerms)?.term; // "配件"
 * findVagueDescription("Silicone phone case", defaultVagueDescriptionTerms); // undefined
 * ```
 */
export function findVagueDescription(
  description: string,
  terms: readonly VagueDescriptionTerm[],
): VagueDescriptionTerm | undefined {
  const text = ` ${description
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim()} `;
  for (const term of longestFirst(terms)) {
    if (term.language === "zh") {
      if (!description.includes(term.term)) continue;
      const rest = description.split(term.term).join("").match(CJK)?.length ?? 0;
      if (rest < 3) return term;
      continue;
    }
    const needle = ` ${term.term.toLowerCase()} `;
    if (!text.includes(needle)) continue;
    const rest = text
      .split(needle)
      .join(" ")
      .split(" ")
      .filter((word) => word.length > 1 && !STOP_WORDS.has(word));
    if (rest.length <= 1) return term;
  }
  return undefined;
}

const sortedCache = new WeakMap<readonly VagueDescriptionTerm[], readonly VagueDescriptionTerm[]>();

/** Longer terms first, so "spare parts" is found before "parts"; cached per term list. */
function longestFirst(terms: readonly VagueDescriptionTerm[]): readonly VagueDescriptionTerm[] {
  let sorted = sortedCache.get(terms);
  if (!sorted) {
    sorted = [...terms].sort((a, b) => b.term.length - a.term.length);
    sortedCache.set(terms, sorted);
  }
  return sorted;
}
