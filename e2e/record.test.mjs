// Taking the decision away: Copy link and Copy decision record put exactly what the widget
// shows on the clipboard, say so, and say something useful when the browser refuses.
import assert from "node:assert/strict";
import { test } from "node:test";
import { S, useSite, open, eventually } from "./fixture.mjs";

const site = useSite();
const HASH = "#immediate=yes&fan-out=yes&async=yes";
const clipboard = { permissions: ["clipboard-read", "clipboard-write"] };
const status = (page) => page.locator(".idt-status").textContent();
const copied = (page) => page.evaluate(() => navigator.clipboard.readText());
/** Copy decision record, in the record's fold. */
async function copyRecord(page) {
  await page.locator(".idt-record > summary").click();
  await page.getByRole("button", { name: S.copy_record, exact: true }).click();
}

test("Copy link copies the link to this exact outcome", async () => {
  const page = await open(site, HASH, { context: clipboard });
  await page.getByRole("button", { name: S.copy_link, exact: true }).click();
  await eventually(() => status(page), S.copied_link);
  assert.equal(await copied(page), site.url + HASH);
});

test("Copy decision record copies the record shown in the panel, with the link in it", async () => {
  const page = await open(site, HASH, { context: clipboard });
  await copyRecord(page);
  await eventually(() => status(page), S.copied_record);
  const record = await copied(page);
  assert.equal(record, await page.locator(".idt-record textarea").inputValue());
  assert.ok(record.includes(site.url + HASH), "the record links back to the outcome");
});

test("when the browser refuses, the widget says how to copy by hand", async () => {
  const page = await open(site, HASH, {
    init: [() => (navigator.clipboard.writeText = () => Promise.reject(new DOMException("Refused", "NotAllowedError")))],
  });
  await copyRecord(page);
  await eventually(() => status(page), S.copy_failed);
  await page.getByRole("button", { name: S.copy_link, exact: true }).click();
  await eventually(() => status(page), S.copy_failed);
});

test("a copy status belongs to its outcome: it goes when the walk moves on", async () => {
  const page = await open(site, HASH, { context: clipboard });
  await page.getByRole("button", { name: S.copy_link, exact: true }).click();
  await eventually(() => status(page), S.copied_link);
  await page.getByRole("button", { name: S.back, exact: true }).click();
  await page.locator(".idt-card").getByRole("button", { name: S.yes, exact: true }).click();
  await page.locator(".idt[data-outcome]").waitFor();
  assert.equal(await status(page), "");
});
