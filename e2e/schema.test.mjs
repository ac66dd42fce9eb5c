// The tree file's JSON Schema (data/tree.schema.json, shipped as dist/tree.schema.json) against
// the widget's own loader: the shipped trees pass both, and each broken tree the schema can
// describe is rejected by both. The schema is checked by a real validator (Ajv, JSON Schema
// 2020-12); the loader by `idt-check`, the same core the widget runs.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Ajv2020 from "ajv/dist/2020.js";

const schema = JSON.parse(readFileSync("data/tree.schema.json", "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
const read = (path) => JSON.parse(readFileSync(path, "utf8"));
const SHIPPED = read("data/tree.json");
const EXAMPLE = read("examples/api-style.json");

execFileSync("cargo", ["build", "--quiet", "--bin", "idt-check"], { stdio: "inherit" });
const dir = mkdtempSync(join(tmpdir(), "idt-schema-"));

/** What the widget's loader says of `tree`: [] when it loads, else its problems. */
function loader(tree, name = "tree") {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(tree));
  const run = spawnSync("target/debug/idt-check", [file], { encoding: "utf8" });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return run.status === 0 ? [] : run.stdout.trim().split("\n");
}

// A translation is named after its tree and its language (`api-style.nl.json`): not a tree.
const TRANSLATION = /\.[a-z]{2,3}(-[a-z0-9]+)*\.json$/i;

test("the shipped tree and every example pass the schema and the loader", () => {
  const files = ["data/tree.json", ...readdirSync("examples").filter((f) => f.endsWith(".json") && !TRANSLATION.test(f)).map((f) => `examples/${f}`)];
  assert.ok(files.length >= 2);
  for (const file of files) {
    assert.ok(validate(read(file)), `${file}: ${JSON.stringify(validate.errors, null, 1)}`);
    assert.deepEqual(loader(read(file)), [], file);
  }
});

test("every translation beside a tree fits it, as the loader checks it", () => {
  const files = [
    ...readdirSync("data").filter((f) => /^tree\./.test(f) && TRANSLATION.test(f)).map((f) => `data/${f}`),
    ...readdirSync("examples").filter((f) => TRANSLATION.test(f)).map((f) => `examples/${f}`),
  ];
  assert.ok(files.includes("data/tree.nl.json") && files.includes("examples/api-style.nl.json"), files.join(" "));
  const run = spawnSync("target/debug/idt-check", files, { encoding: "utf8" });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.deepEqual(run.stdout.trim().split("\n"), files.map((f) => `${f}: ok`));
});

/** Broken trees: a name, and an edit of a copy of `base`. */
const BROKEN = [
  ["no title", EXAMPLE, (t) => delete t.title],
  ["a blank title", EXAMPLE, (t) => (t.title = "  ")],
  ["no nodes", EXAMPLE, (t) => (t.nodes = [])],
  ["nodes is not a list", EXAMPLE, (t) => (t.nodes = {})],
  ["an id with capitals", EXAMPLE, (t) => (t.nodes[1].id = "Screens")],
  ["one option", EXAMPLE, (t) => (t.questions.callers.options = t.questions.callers.options.slice(0, 1))],
  ["nine options", EXAMPLE, (t) => {
    t.questions.callers.options = Array.from({ length: 9 }, (_, i) => ({ key: `o${i}`, label: `O${i}` }));
  }],
  ["an option without a label", EXAMPLE, (t) => delete t.questions.callers.options[1].label],
  ["an option key with a space", EXAMPLE, (t) => (t.questions.callers.options[0].key = "front ends")],
  ["options beside statements", EXAMPLE, (t) => (t.questions.callers.statements = { yes: "Y." })],
  ["a question without text", EXAMPLE, (t) => delete t.questions.screens.text],
  ["examples that are not texts", EXAMPLE, (t) => (t.questions.screens.examples = [1, 2])],
  ["an unknown examples rule", EXAMPLE, (t) => (t.questions.screens.examples_rule = "most")],
  ["a question keyed lang", EXAMPLE, (t) => {
    t.questions.lang = t.questions.callers;
    delete t.questions.callers;
    t.nodes[0].ask = "lang";
  }],
  ["a question keyed ready", EXAMPLE, (t) => {
    t.questions.ready = t.questions.screens;
    delete t.questions.screens;
    t.nodes[1].ask = "ready";
  }],
  ["a pattern without a name", EXAMPLE, (t) => delete t.patterns.grpc.name],
  ["an outcome without a headline", EXAMPLE, (t) => delete t.nodes[3].headline],
  ["a node that is neither question nor outcome", EXAMPLE, (t) => delete t.nodes[3].outcome],
  ["a string that is not text", SHIPPED, (t) => (t.strings.progress = 3)],
  ["a check that is neither text nor object", SHIPPED, (t) => (t.checks.timeouts = ["x"])],
];

for (const [name, base, edit] of BROKEN) {
  test(`both reject: ${name}`, () => {
    const tree = structuredClone(base);
    edit(tree);
    assert.equal(validate(tree), false, `the schema accepts ${name}`);
    assert.notDeepEqual(loader(tree, name.replaceAll(" ", "-")), [], `the loader accepts ${name}`);
  });
}

test("what only the loader can see: references, one tree, repeated questions", () => {
  // Valid by shape, so the schema passes them; the loader does not.
  const cases = [
    (t) => (t.nodes[0].next.partners = "nowhere"),
    (t) => (t.start = "screens"),
    (t) => (t.nodes[2].ask = "callers"),
  ];
  for (const edit of cases) {
    const tree = structuredClone(EXAMPLE);
    edit(tree);
    assert.ok(validate(tree));
    assert.notDeepEqual(loader(tree), []);
  }
});
