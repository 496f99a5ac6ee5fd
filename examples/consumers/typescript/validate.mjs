// Validate IGF datasets against igf-model's JSON Schema with ajv (draft
// 2020-12, strict mode, standard formats from ajv-formats).
//
//   node validate.mjs SCHEMA DATASET... [--invalid FIXTURE...]
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaPath, ...rest] = process.argv.slice(2);
const cut = rest.indexOf("--invalid");
const valid = cut < 0 ? rest : rest.slice(0, cut);
const invalid = cut < 0 ? [] : rest.slice(cut + 1);

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

let failures = 0;
for (const path of valid) {
  const ok = validate(JSON.parse(readFileSync(path, "utf8")));
  if (!ok) {
    failures++;
    for (const e of validate.errors) console.log(`${path}:${e.instancePath}: ${e.message}`);
  }
  console.log(`${path}: ${ok ? "valid" : "INVALID"}`);
}
for (const path of invalid) {
  if (validate(JSON.parse(readFileSync(path, "utf8")))) {
    failures++;
    console.log(`${path}: ACCEPTED but should be rejected`);
  } else {
    console.log(`${path}: rejected as expected (${validate.errors[0].message})`);
  }
}
console.log(`ajv: ${valid.length} valid, ${invalid.length} rejected, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
