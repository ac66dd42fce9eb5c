// Keeps the figures the README quotes honest. `make test` runs it with --check: the size block
// must be exactly what measuring dist/ (as dist/site.json describes it) writes now, and the
// performance summary and BENCHMARKS.md exactly what the last `make bench` measured
// (docs/benchmarks.json). `make figures` runs it with --write to rewrite the size block after a
// change.
//
// Usage: node scripts/figures.mjs (--check | --write) [dist]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { measure, readmeBlock } from "./size.mjs";
import { site } from "./lib/dist.mjs";
import { benchmarksMarkdown, readmeBenchBlock } from "./lib/bench-report.mjs";

const write = process.argv.includes("--write");
const dist = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "dist";
const readme = readFileSync("README.md", "utf8");
const block = (name) => readme.match(new RegExp(`<!-- ${name} -->[\\s\\S]*?<!-- /${name} -->`))?.[0];
const failures = [];

const sizeBlock = readmeBlock(measure(dist), site(dist).files);
if (write) {
  writeFileSync("README.md", readme.replace(block("size"), () => sizeBlock));
  console.log("figures: wrote the size block into README.md");
} else if (block("size") !== sizeBlock) {
  failures.push(`README.md's size block is not what ${dist}/ measures now; run \`make figures\`:\n${sizeBlock}`);
}

if (!existsSync("docs/benchmarks.json")) failures.push("docs/benchmarks.json is missing; run `make bench`");
else {
  const results = JSON.parse(readFileSync("docs/benchmarks.json", "utf8"));
  if (block("bench") !== readmeBenchBlock(results)) failures.push("README.md's performance summary differs from docs/benchmarks.json; run `make bench`");
  if (readFileSync("BENCHMARKS.md", "utf8") !== benchmarksMarkdown(results)) failures.push("BENCHMARKS.md differs from docs/benchmarks.json; run `make bench`");
}

for (const failure of failures) console.error(`figures: ${failure}`);
if (!failures.length && !write) console.log("figures: the README's size block, its performance summary and BENCHMARKS.md match their measurements");
process.exit(failures.length ? 1 : 0);
