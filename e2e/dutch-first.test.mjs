// A site built with Dutch first (`SITE_LANG=nl make dist`, here `make nl-site`): its pages come in
// Dutch, prerendered and inline, and English is the other language, fetched by its readers.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { LIVE, S, TREE, open, useSite } from "./fixture.mjs";

const NL = JSON.parse(readFileSync("data/tree.nl.json", "utf8"));
const site = useSite({ root: "target/nl-site" });

test("the pages come in Dutch: prerendered, inline and live", async () => {
  const html = readFileSync("target/nl-site/index.html", "utf8");
  assert.match(html, /^<!doctype html><html lang="nl">/i);
  assert.ok(html.includes(`>${NL.questions.immediate.text}</h2>`), "the first question is prerendered in Dutch");
  const page = await open(site, "index.html", { context: { locale: "nl-NL" } });
  assert.equal(await page.locator(LIVE).getAttribute("lang"), "nl");
  assert.equal(await page.locator("h1").textContent(), NL.title);
  assert.equal(await page.locator(".idt-card button[data-answer=yes]").textContent(), "Ja");
  assert.equal(await page.getByRole("link", { name: "Nederlands" }).getAttribute("aria-current"), "true");
});

test("English is the other language: ?lang=en, or an English browser", async () => {
  for (const [path, locale] of [["index.html?lang=en", "nl-NL"], ["index.html", "en-GB"]]) {
    const page = await open(site, path, { context: { locale } });
    assert.equal(await page.locator(LIVE).getAttribute("lang"), "en", path);
    assert.equal(await page.locator("h1").textContent(), TREE.title, path);
    assert.equal(await page.locator(".idt-card button[data-answer=yes]").textContent(), S.yes, path);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en", path);
  }
});
