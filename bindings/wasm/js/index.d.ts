// The API of the igf-model package. The dataset types (generated/dataset.d.ts)
// and the rule codes (generated/rules.d.ts) are generated from the crate's
// JSON Schema by build-types.mjs: an open list is its known values plus
// any other text, e.g. `"workshop" | "open_forum" | (string & {})`.
import type { IGFDataset } from "./generated/dataset.js";
import type { RuleCode } from "./generated/rules.js";

export type { IGFDataset, RuleCode };
export type * from "./generated/dataset.js";

/** How serious a finding is (a closed list). */
export type Severity = "error" | "warning";

/** One finding, as `igf validate --format json` reports it (`pointer` is its `path`). */
export interface Finding {
  /** The rule's stable code, e.g. `"reference.unknown_track"`. */
  readonly code: RuleCode;
  readonly severity: Severity;
  /** The JSON Pointer (RFC 6901) of the offending value. */
  readonly pointer: string;
  readonly message: string;
}

/** One problem of a document that could not be read. */
export interface LoadProblem {
  /** The document's name, for `validateFiles`; otherwise null. */
  readonly file: string | null;
  readonly code: RuleCode;
  readonly pointer: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  readonly message: string;
}

/** A document that could not be read as an IGF dataset: every problem. */
export declare class LoadError extends Error {
  readonly problems: readonly LoadProblem[];
}

/** One rule of the catalogue. */
export interface Rule {
  readonly code: RuleCode;
  readonly severity: Severity;
  readonly checks: string;
  readonly failing_example: string;
}

/** A JSON document as text or UTF-8 bytes. */
export type Document = string | Uint8Array;

/** Every finding of one document, by every rule; a document that does not read gives its `load.*` findings, as `igf validate` does. */
export declare function validate(document: Document): Finding[];
/** Every finding of several documents read as one dataset (references between them resolve). Throws `LoadError` with the problems of every document that does not read. */
export declare function validateFiles(files: readonly { name: string; document: Document }[]): Finding[];
/** Every finding of a document read with the embedded 2006-2025 history; the document's records come first, so their pointers are its own. */
export declare function validateWithReference(document: Document): Finding[];
/** Every finding of an embedded reference dataset (`"all"`: the history as one dataset). */
export declare function validateReference(name?: string): Finding[];
/** The dataset in the current format (an older one upgraded). Throws `LoadError`. */
export declare function load(document: Document): IGFDataset;
/** The document in the current format, as `igf migrate` writes it. Throws `LoadError`. */
export declare function migrate(document: Document): string;
/** An embedded reference dataset by file name (`"igf2020.json"`), or `"all"`. Throws `RangeError` for another name. */
export declare function reference(name?: string): IGFDataset;
/** The names `reference` accepts. */
export declare function referenceNames(): string[];
/** The rule catalogue, in the order of `igf rules`. */
export declare function rules(): Rule[];
