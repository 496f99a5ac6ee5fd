// The API of the igf-model package over its WebAssembly module: node.js
// and browser.js initialise the module and re-export this.
import * as wasm from "./pkg/igf_model_wasm.js";

/** A document that could not be read as an IGF dataset: every problem. */
export class LoadError extends Error {
  constructor(problems) {
    const first = problems[0];
    const where = first ? `${first.file ? `${first.file}:` : ""}${first.pointer || "(document)"}: ${first.message}` : "";
    const more = problems.length > 1 ? ` and ${problems.length - 1} more problems` : "";
    super(`${where}${more}`);
    this.name = "LoadError";
    this.problems = problems;
  }
}

const encoder = new TextEncoder();
const bytes = (document) => (typeof document === "string" ? encoder.encode(document) : document);

function answer(text) {
  const envelope = JSON.parse(text);
  if (envelope.problems) throw new LoadError(envelope.problems);
  if ("unknown" in envelope) {
    throw new RangeError(`no reference dataset ${JSON.stringify(envelope.unknown)}; there are ${referenceNames().join(", ")}`);
  }
  return envelope.value;
}

export function validate(document) {
  return answer(wasm.validateJson(bytes(document)));
}

export function validateFiles(files) {
  const parts = files.map((f) => bytes(f.document));
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  const lengths = new Uint32Array(parts.map((p) => p.length));
  return answer(wasm.validateMerged(all, lengths, files.map((f) => f.name)));
}

export function validateWithReference(document) {
  return answer(wasm.validateWithReference(bytes(document)));
}

export function validateReference(name = "all") {
  return answer(wasm.validateReference(name));
}

export function load(document) {
  return answer(wasm.loadJson(bytes(document)));
}

export function migrate(document) {
  return answer(wasm.migrateJson(bytes(document)));
}

export function reference(name = "all") {
  return answer(wasm.referenceJson(name));
}

export function referenceNames() {
  return answer(wasm.referenceNames());
}

export function rules() {
  return answer(wasm.rulesJson());
}
