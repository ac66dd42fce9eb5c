// Fails when a file of a build contains a test hook: the event that makes the widget panic on
// purpose, or the panic's message. Releases are built without the `test-hooks` feature; `make
// test` runs this on dist/ (must pass) and on the test site (must fail, proving the check
// sees the hooks when they are there). The event name is read from the Rust source.
//
// Usage: node scripts/release-check.mjs DIR
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, brotliDecompressSync } from "node:zlib";

const dir = process.argv[2] ?? "dist";
const event = readFileSync("src/ui/test_hooks.rs", "utf8").match(/TEST_PANIC_EVENT: &str = "([^"]+)"/)?.[1];
if (!event) {
  console.error("release-check: cannot find TEST_PANIC_EVENT in src/ui/test_hooks.rs");
  process.exit(2);
}
const hooks = [event, "test-only panic"];
const text = (file) => {
  const body = readFileSync(join(dir, file));
  if (file.endsWith(".gz")) return gunzipSync(body);
  if (file.endsWith(".br")) return brotliDecompressSync(body);
  return body;
};
const offenders = readdirSync(dir).filter((file) => hooks.some((hook) => text(file).includes(hook)));
if (offenders.length) {
  console.error(`release-check: ${dir}/ contains test hooks in ${offenders.join(", ")}`);
  process.exit(1);
}
console.log(`release-check: no test hooks in ${dir}/ (${readdirSync(dir).length} files)`);
