// A small typed consumer of the igf-model package, for `tsc --strict`.
import { readFileSync } from "node:fs";
import { LoadError, load, rules, validate } from "igf-model";
import type { Finding, IGFDataset, RuleCode, SessionType } from "igf-model";

const path = process.argv[2] ?? "data/igf2020.json";
const findings: Finding[] = validate(readFileSync(path));
for (const f of findings) {
  const code: RuleCode = f.code;
  console.log(`${f.pointer}: ${f.severity}[${code}]: ${f.message}`);
}
const known: SessionType = "workshop";
const newer: SessionType = "a type of next year"; // open lists take any text too
try {
  const dataset: IGFDataset = load(readFileSync(path));
  const types: SessionType[] = (dataset.meetings ?? []).flatMap((m) => (m.sessions ?? []).map((s) => s.session_type));
  console.log(`${types.length} sessions; ${known}, ${newer}`);
} catch (err) {
  if (err instanceof LoadError) {
    for (const p of err.problems) console.log(`${p.file ?? path}:${p.line}:${p.column}: ${p.reason}`);
  }
}
console.log(`${rules().length} rules`);
// @ts-expect-error a severity is a closed list
const wrong: Finding["severity"] = "fatal";
void wrong;
