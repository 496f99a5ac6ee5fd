//! The WebAssembly binding of igf-model, calling the crate's public API
//! only. Every function answers one JSON text, an envelope the package's
//! JavaScript (bindings/wasm/js) reads: `{"value": ...}`, or
//! `{"problems": [...]}` when a document could not be read (every problem,
//! with its file, code, pointer, line, column, reason and message).
#![forbid(unsafe_code)]

use igf_model::load::{self, LoadError};
use igf_model::serde_json::{json, Value};
use igf_model::validate::{self, Finding, Rule};
use igf_model::{reference, Dataset};
use wasm_bindgen::prelude::wasm_bindgen;

/// One finding as the package hands it out.
fn finding(f: &Finding) -> Value {
    json!({"code": f.code(), "severity": f.severity, "pointer": f.path, "message": f.message})
}

fn findings(all: &[Finding]) -> String {
    json!({"value": all.iter().map(finding).collect::<Vec<_>>()}).to_string()
}

/// Every problem of `err`, read from `file`.
fn problems_of(err: &LoadError, file: Option<&str>) -> Vec<Value> {
    let code = err.rule().map(|r| r.code()).unwrap_or("load.io");
    let as_findings = err.to_findings();
    if as_findings.is_empty() {
        return vec![
            json!({"file": file, "code": code, "pointer": "", "line": 0, "column": 0,
            "reason": err.to_string(), "message": err.to_string()}),
        ];
    }
    err.problems()
        .iter()
        .zip(as_findings)
        .map(|(at, f)| {
            json!({"file": file, "code": code, "pointer": at.pointer, "line": at.line,
                "column": at.column, "reason": at.reason, "message": f.message})
        })
        .collect()
}

fn problems(all: Vec<Value>) -> String {
    json!({ "problems": all }).to_string()
}

fn with_dataset(data: &[u8], then: impl FnOnce(Dataset) -> Value) -> String {
    match load::from_slice(data) {
        Ok(dataset) => json!({ "value": then(dataset) }).to_string(),
        Err(err) => problems(problems_of(&err, None)),
    }
}

/// Every finding of one document, load problems included (as `load.*`
/// findings), as `igf validate` reports them.
#[wasm_bindgen(js_name = validateJson)]
pub fn validate_json(data: &[u8]) -> String {
    match validate::findings_of_json(data) {
        Ok(all) => findings(&all),
        Err(err) => problems(problems_of(&err, None)),
    }
}

/// Every finding of several documents read as one dataset: `data` holds
/// them one after the other, `lengths` their byte lengths, `names` their
/// names (for the problems of a document that does not read).
#[wasm_bindgen(js_name = validateMerged)]
pub fn validate_merged(data: &[u8], lengths: &[u32], names: Vec<String>) -> String {
    let mut merged = Dataset::new();
    let mut all = Vec::new();
    let mut rest = data;
    for (i, &length) in lengths.iter().enumerate() {
        let length = usize::try_from(length)
            .unwrap_or(usize::MAX)
            .min(rest.len());
        let (one, after) = rest.split_at(length);
        rest = after;
        match load::from_slice(one) {
            Ok(dataset) => merged.merge(dataset),
            Err(err) => all.extend(problems_of(&err, names.get(i).map(String::as_str))),
        }
    }
    if all.is_empty() {
        findings(&validate::validate(&merged))
    } else {
        problems(all)
    }
}

/// Every finding of a document read together with the embedded history
/// (its records first, so their pointers are its own); load problems as
/// `load.*` findings.
#[wasm_bindgen(js_name = validateWithReference)]
pub fn validate_with_reference(data: &[u8]) -> String {
    match load::from_slice(data) {
        Ok(mut dataset) => {
            dataset.merge(reference::all().clone());
            findings(&validate::validate(&dataset))
        }
        Err(err) => findings(&err.to_findings()),
    }
}

/// Every finding of an embedded reference dataset (`all`: the history).
#[wasm_bindgen(js_name = validateReference)]
pub fn validate_reference(name: &str) -> String {
    match reference::get(name) {
        Some(dataset) => findings(&validate::validate(dataset)),
        None => json!({ "unknown": name }).to_string(),
    }
}

/// The dataset in the current format (an older one upgraded).
#[wasm_bindgen(js_name = loadJson)]
pub fn load_json(data: &[u8]) -> String {
    with_dataset(data, |dataset| {
        igf_model::serde_json::to_value(&dataset).unwrap_or(Value::Null)
    })
}

/// The document written as `igf migrate` writes it.
#[wasm_bindgen(js_name = migrateJson)]
pub fn migrate_json(data: &[u8]) -> String {
    with_dataset(data, |dataset| match dataset.to_json_pretty() {
        Ok(text) => Value::String(text + "\n"),
        Err(_) => Value::Null,
    })
}

/// An embedded reference dataset, by file name or `all`.
#[wasm_bindgen(js_name = referenceJson)]
pub fn reference_json(name: &str) -> String {
    match reference::get(name) {
        Some(dataset) => match igf_model::serde_json::to_value(dataset) {
            Ok(value) => json!({ "value": value }).to_string(),
            Err(_) => json!({ "unknown": name }).to_string(),
        },
        None => json!({ "unknown": name }).to_string(),
    }
}

/// The names of the embedded reference files, then `all`.
#[wasm_bindgen(js_name = referenceNames)]
pub fn reference_names() -> String {
    let mut names: Vec<&str> = reference::FILES.iter().map(|(n, _)| *n).collect();
    names.push("all");
    json!({ "value": names }).to_string()
}

/// The rule catalogue, in the order of `igf rules`.
#[wasm_bindgen(js_name = rulesJson)]
pub fn rules_json() -> String {
    let rules: Vec<Value> = Rule::ALL
        .iter()
        .map(|&r| {
            json!({"code": r.code(), "severity": r.severity(), "checks": r.checks(),
                "failing_example": r.failing_example()})
        })
        .collect();
    json!({ "value": rules }).to_string()
}
