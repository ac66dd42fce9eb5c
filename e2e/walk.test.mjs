// Every row of the decision table, walked end-to-end twice: once with the card's buttons,
// once by clicking only the diagram.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ROWS, useSite, open, outcome, current, lastOnPath, answerOnCard, answerOnDiagram, hash } from "./fixture.mjs";

const site = useSite();

for (const [how, answer] of [["card buttons", answerOnCard], ["the diagram only", answerOnDiagram]]) {
  describe(`walking with ${how}`, () => {
    for (const row of ROWS) {
      test(`${row.answers.join(", ")} leads to ${row.outcome}`, async () => {
        const page = await open(site);
        assert.equal(await outcome(page), null, "no outcome before any answer");
        for (const [i, given] of row.answers.entries()) {
          assert.equal(await outcome(page), null, `no outcome after ${i} answers`);
          await answer(page, given);
        }
        assert.equal(await outcome(page), row.outcome);
        assert.equal(await lastOnPath(page), row.node);
        assert.equal(await current(page), null, "no question is current at an outcome");
        assert.equal(await page.locator("[data-edge][data-on-path]").count(), row.answers.length);
        assert.match(await hash(page), /^#immediate=(yes|no)/);
        page.assertClean();
        await page.closeAll();
      });
    }
  });
}
