// Generate TypeScript types from igf-model's JSON Schema with
// json-schema-to-typescript, and write one module per dataset that assigns
// the dataset to the generated type, for `tsc --strict` to check.
//
//   node generate-types.mjs SCHEMA OUTDIR DATASET... [--invalid FIXTURE...]
//
// Each FIXTURE after --invalid is written on one line under
// `// @ts-expect-error`, so `tsc` fails unless the types reject it.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { basename } from "node:path";
import { compile } from "json-schema-to-typescript";

const [schemaPath, outDir, ...rest] = process.argv.slice(2);
const cut = rest.indexOf("--invalid");
const datasets = cut < 0 ? rest : rest.slice(0, cut);
const invalid = cut < 0 ? [] : rest.slice(cut + 1);
mkdirSync(outDir, { recursive: true });
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
// The root type is named after the schema title, "IGF dataset": IGFDataset.
const generated = await compile(schema, "IGFDataset", { bannerComment: "// Generated from igf-model's JSON Schema.", additionalProperties: false });
// json-schema-to-typescript writes the extension members' patternProperties
// ("^x-") as `[k: string]: unknown`, which would admit any member; a
// template literal index signature says exactly what the schema says.
const extensionIndex = /(via the `patternProperty` "\^x-"\.\n\s*\*\/\n\s*)\[k: string\]: unknown;/g;
const types = generated.replace(extensionIndex, "$1[k: `x-${string}`]: unknown;");
if (types.includes("[k: string]")) throw new Error("an index signature other than the x- members was generated");
writeFileSync(`${outDir}/igf.ts`, types);
datasets.forEach((path, i) => {
  const data = readFileSync(path, "utf8");
  writeFileSync(
    `${outDir}/dataset_${i}.ts`,
    `// ${basename(path)}\nimport type { IGFDataset } from "./igf";\nexport const dataset: IGFDataset = ${data};\n`,
  );
});
invalid.forEach((path, i) => {
  const data = JSON.stringify(JSON.parse(readFileSync(path, "utf8")));
  writeFileSync(
    `${outDir}/invalid_${i}.ts`,
    `// ${basename(path)}\nimport type { IGFDataset } from "./igf";\n// @ts-expect-error the types must reject this document\nexport const dataset: IGFDataset = ${data};\n`,
  );
});
console.log(`json-schema-to-typescript: ${outDir}/igf.ts, ${datasets.length} dataset and ${invalid.length} invalid module(s)`);
