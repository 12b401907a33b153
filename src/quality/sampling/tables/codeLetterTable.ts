/*
 * Table I: sample size code letters (ISO 2859-1:1999 Table 1, ANSI/ASQ Z1.4-2008 Table I, MIL-STD-105E Table I —
 * identical in all three). One row per lot size range; the letters follow the printed column order
 *   S-1 S-2 S-3 S-4 I II III
 */

/**
 * The rows of Table I: `[smallest lot size, largest lot size (or null for "and over"), "S-1 S-2 S-3 S-4 I II III"]`.
 *
 * @example
 * ```ts
 * CODE_LETTER_TABLE[8]; // [501, 1200, "C C E F G J K"]
 * ```
 */
export const CODE_LETTER_TABLE: readonly (readonly [number, number | null, string])[] = [
  [2, 8, "A A A A A A B"],
  [9, 15, "A A A A A B C"],
  [16, 25, "A A B B B C D"],
  [26, 50, "A B B C C D E"],
  [51, 90, "B B C C C E F"],
  [91, 150, "B B C D D F G"],
  [151, 280, "B C D E E G H"],
  [281, 500, "B C D E F H J"],
  [501, 1200, "C C E F G J K"],
  [1201, 3200, "C D E G H K L"],
  [3201, 10000, "C D F G J L M"],
  [10001, 35000, "C D F H K M N"],
  [35001, 150000, "D E G J L N P"],
  [150001, 500000, "D E G J M P Q"],
  [500001, null, "D E H K N Q R"],
];
