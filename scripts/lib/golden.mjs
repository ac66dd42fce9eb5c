// The golden decision table (tests/fixtures/decision-table.json), for the end-to-end tests, the
// benchmark and the screenshot script. The native tests read the same file.
import { readFileSync } from "node:fs";

/**
 * Every path through the shipped tree: `link` (the canonical permalink, without `#`), `answers`
 * (in the order asked), `keys` (the questions answered, same order), `node` (the outcome node)
 * and `pattern` (what it recommends).
 */
export const ROWS = JSON.parse(readFileSync(new URL("../../tests/fixtures/decision-table.json", import.meta.url), "utf8")).rows.map(
  (row) => {
    const pairs = row.link.split("&").map((pair) => pair.split("="));
    return { ...row, keys: pairs.map(([key]) => key), answers: pairs.map(([, answer]) => answer) };
  },
);

/** The canonical hash (with `#`) of the first `count` answers of a row. */
export function hashOf(row, count = row.answers.length) {
  return "#" + row.link.split("&").slice(0, count).join("&");
}

/** One row that ends at each pattern, by pattern: handy links to each kind of outcome. */
export const BY_PATTERN = Object.fromEntries([...ROWS].reverse().map((row) => [row.pattern, row]));
