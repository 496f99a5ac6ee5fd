// The WebAssembly package against the `igf` command: for every file of the
// repository's data, examples and fixtures, the findings of `validate`
// equal those of `igf validate --format json`, which this test runs
// (IGF_BIN, the built command), so the expectation is never a stored copy.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

import * as igf from "../node.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const bin = process.env.IGF_BIN ?? join(root, "target/release/igf");
const jsonIn = (dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(dir, f));
const fixtureDirs = readdirSync(join(root, "tests/fixtures"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join("tests/fixtures", d.name));
const files = [jsonIn("data"), jsonIn("examples/datasets"), ...fixtureDirs.map(jsonIn)].flat().sort();

function igfRun(...args) {
  const done = spawnSync(bin, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  assert.ok(done.status === 0 || done.status === 1, done.stderr);
  return done.stdout;
}
function report(...args) {
  const files = JSON.parse(igfRun("validate", "--format", "json", ...args)).files;
  return new Map(files.map((f) => [f.file, f.findings.map((x) => [x.code, x.severity, x.path, x.message])]));
}
const rows = (findings) => findings.map((f) => [f.code, f.severity, f.pointer, f.message]);
const expected = report(...files);

test("the files cover every kind of fixture", () => {
  for (const kind of ["data", "examples/datasets", "format-0.1", "format-0.2", "invalid", "real", "fuzz"]) {
    assert.ok(files.some((f) => f.includes(`${kind}/`)), kind);
  }
});

test("load failures are among the files compared", () => {
  const failing = [...expected.values()].filter((found) => found.some((r) => r[0].startsWith("load.")));
  assert.ok(failing.length >= 2);
});

for (const file of files) {
  test(`findings of ${file} equal the command's`, () => {
    const bytes = readFileSync(join(root, file));
    assert.deepEqual(rows(igf.validate(bytes)), expected.get(file));
    assert.deepEqual(rows(igf.validate(bytes.toString("utf8"))), expected.get(file));
    const loadRows = expected.get(file).filter((r) => r[0].startsWith("load."));
    if (loadRows.length === 0) {
      assert.equal(typeof igf.load(bytes), "object");
    } else {
      assert.throws(() => igf.load(bytes), (err) => {
        assert.ok(err instanceof igf.LoadError);
        assert.deepEqual(err.problems.map((p) => [p.code, "error", p.pointer, p.message]), loadRows);
        return true;
      });
    }
  });
}

for (const file of files.filter((f) => /format-0\.[12]\//.test(f))) {
  test(`${file} migrated is the command's migration`, () => {
    assert.equal(igf.migrate(readFileSync(join(root, file))), igfRun("migrate", file));
  });
}

test("the history is the command's", () => {
  assert.deepEqual(rows(igf.validateReference("all")), report("--reference", "all").get("reference:all"));
  assert.deepEqual(rows(igf.validateWithReference("{}")), rows(igf.validateReference("all")));
});

test("files merged resolve references between them; a file that does not read throws every problem", () => {
  const doc = (f) => ({ name: f, document: readFileSync(join(root, f)) });
  // igf2021.json says it builds on intersessional.json; without saying so,
  // its references resolve only when the two files are merged.
  const alone = JSON.parse(readFileSync(join(root, "data/igf2021.json"), "utf8"));
  delete alone.builds_on;
  const roadmap = { name: "igf2021.json", document: new TextEncoder().encode(JSON.stringify(alone)) };
  const merged = igf.validateFiles([roadmap, doc("data/intersessional.json")]);
  assert.deepEqual(merged.filter((f) => f.severity === "error"), []);
  assert.ok(igf.validate(roadmap.document).some((f) => f.code.startsWith("reference.")));
  const bad = ["tests/fixtures/invalid/array-root.json", "tests/fixtures/invalid/two-digit-year.json"];
  assert.throws(() => igf.validateFiles([doc("data/igf2019.json"), ...bad.map(doc)]), (err) => {
    assert.deepEqual([...new Set(err.problems.map((p) => p.file))], bad);
    return true;
  });
});

test("rules and reference data are the command's", () => {
  const codes = igfRun("rules").split("\n").filter((l) => l.startsWith("| `")).map((l) => l.split("`")[1]);
  assert.deepEqual(igf.rules().map((r) => r.code), codes);
  assert.equal(igf.reference("igf2020.json").meetings[0].year, 2020);
  assert.ok(igf.referenceNames().includes("all"));
  assert.throws(() => igf.reference("igf1999.json"), RangeError);
});
