// Every row of the golden decision table, walked end-to-end twice: once with the card's buttons,
// once by clicking only the diagram.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  ROWS, hashOf, useSite, open, outcome, current, lastOnPath, answerOnCard, answerOnDiagram, hash, eventually,
} from "./fixture.mjs";

const site = useSite();

for (const [how, answer] of [["card buttons", answerOnCard], ["the diagram only", answerOnDiagram]]) {
  describe(`walking with ${how}`, () => {
    for (const row of ROWS) {
      test(`${row.link} leads to ${row.node}`, async () => {
        const page = await open(site);
        assert.equal(await outcome(page), null, "no outcome before any answer");
        for (const [i, given] of row.answers.entries()) {
          assert.equal(await outcome(page), null, `no outcome after ${i} answers`);
          await answer(page, given);
          await eventually(() => hash(page), hashOf(row, i + 1), `the link after ${i + 1} answers`);
        }
        assert.equal(await outcome(page), row.pattern);
        assert.equal(await lastOnPath(page), row.node);
        assert.equal(await current(page), null, "no question is current at an outcome");
        assert.equal(await page.locator("[data-edge][data-on-path]").count(), row.answers.length);
      });
    }
  });
}
