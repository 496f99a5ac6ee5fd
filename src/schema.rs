//! JSON Schema (draft 2020-12) for the model, generated from the types with
//! schemars, for projects in other languages.
//!
//! - `schemas/igf.schema.json`: the bundle. Its root is the [`Dataset`]
//!   document; every type is under `$defs`. Its description lists the rules
//!   a schema cannot express, which the validator (and the `igf` command)
//!   checks.
//! - `schemas/<entity>.schema.json`: one file per top-level entity of a
//!   dataset (meeting, Dynamic Coalition, NRI, BPF, policy network, MAG,
//!   commitment, Roadmap mapping), each standalone.
//! - `schemas/validation-report.schema.json`: the output of
//!   `igf validate --format json`.
//!
//! The files are committed; `cargo test` fails when they drift from the
//! code and prints the command that regenerates them:
//! `cargo run --example regenerate`.
//!
//! The schema publishes the *input* contract (what serde reads). It carries
//! every rule JSON Schema can express: anchored ECMA-262 patterns with ASCII
//! classes, lengths, ranges, plain `enum` arrays, `additionalProperties:
//! false`, required fields, and only the standard formats `date` and
//! `date-time`. Some of these (blank text aside, minimum lengths, ranges of
//! counts and percentages, link patterns) are read leniently by serde and
//! reported by the validator instead, so that messy real data can still be
//! loaded, judged and written back; a document the schema rejects is always
//! rejected by serde or reported as an error by the validator.
//!
//! ```
//! let bundle = igf_model::schema::bundle();
//! assert_eq!(bundle["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! assert_eq!(bundle["$id"], igf_model::schema::BUNDLE_ID);
//! assert!(bundle["$defs"]["Meeting"].is_object());
//! ```

use std::path::Path;

use schemars::generate::SchemaSettings;
use schemars::transform::{RecursiveTransform, RestrictFormats, Transform};
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{json, Value};

use crate::validate::{Rule, ValidationReport};
use crate::{
    BestPracticeForum, Commitment, Dataset, DynamicCoalition, Mag, Meeting, Nri, PolicyNetwork,
    RoadmapMapping,
};

/// The `$id` of the bundle.
pub const BUNDLE_ID: &str = "urn:igf-model:schema:igf";

/// The draft the schemas follow.
pub const DRAFT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The rules a JSON Schema cannot express, as a bulleted list: every
/// validator rule but the `load.*` ones, which are the schema's own.
///
/// ```
/// assert!(igf_model::schema::beyond_schema().contains("reference.unknown_session"));
/// ```
pub fn beyond_schema() -> String {
    Rule::ALL
        .iter()
        .filter(|r| !r.code().starts_with("load."))
        .map(|r| format!("- {} ({}): {}", r.code(), r.severity(), r.checks()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Rewrites `oneOf` lists of string `const`s (what schemars makes of an enum
/// whose variants carry doc comments) into a plain `enum` array, the form
/// Python and TypeScript generators handle best. Each variant's description
/// is folded into the parent's description.
#[derive(Debug, Clone, Copy, Default)]
struct PlainEnums;

impl Transform for PlainEnums {
    fn transform(&mut self, schema: &mut Schema) {
        let Some(object) = schema.as_object_mut() else {
            return;
        };
        let Some(Value::Array(variants)) = object.get("oneOf") else {
            return;
        };
        let mut values = Vec::new();
        let mut notes = Vec::new();
        for variant in variants {
            match variant.get("const") {
                Some(Value::String(value)) => {
                    if let Some(Value::String(d)) = variant.get("description") {
                        notes.push(format!("`{value}`: {d}"));
                    }
                    values.push(Value::String(value.clone()));
                }
                _ => return,
            }
        }
        object.remove("oneOf");
        object.insert("type".into(), json!("string"));
        object.insert("enum".into(), Value::Array(values));
        if !notes.is_empty() {
            let head = object
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            let text = if head.is_empty() {
                notes.join("\n")
            } else {
                format!("{head}\n\n{}", notes.join("\n"))
            };
            object.insert("description".into(), json!(text));
        }
    }
}

/// Gives each internally tagged enum (a `oneOf` of objects) `"type": "object"`,
/// so strict consumers (ajv) know the shape before choosing a branch.
#[derive(Debug, Clone, Copy, Default)]
struct TaggedObjects;

impl Transform for TaggedObjects {
    fn transform(&mut self, schema: &mut Schema) {
        let Some(object) = schema.as_object_mut() else {
            return;
        };
        let Some(Value::Array(variants)) = object.get("oneOf") else {
            return;
        };
        let all_objects = !variants.is_empty()
            && variants
                .iter()
                .all(|v| v.get("type") == Some(&json!("object")));
        if all_objects && !object.contains_key("type") {
            object.insert("type".into(), json!("object"));
        }
    }
}

/// Turns a doc comment into a description for schema readers: Rust code
/// examples dropped, intra-doc links reduced to their text, lines of a
/// paragraph joined.
#[derive(Debug, Clone, Copy, Default)]
struct Descriptions;

impl Transform for Descriptions {
    fn transform(&mut self, schema: &mut Schema) {
        let Some(object) = schema.as_object_mut() else {
            return;
        };
        if let Some(Value::String(text)) = object.get("description") {
            let cleaned = clean_doc(text);
            if cleaned.is_empty() {
                object.remove("description");
            } else {
                object.insert("description".into(), json!(cleaned));
            }
        }
    }
}

/// Cleans a doc comment for a schema description.
fn clean_doc(doc: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut in_code = false;
    for line in doc.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        let is_item =
            trimmed.starts_with("- ") || trimmed.starts_with('`') && trimmed.contains("`: ");
        if trimmed.is_empty() || is_item {
            if !current.is_empty() {
                paragraphs.push(current.join(" "));
                current.clear();
            }
            if is_item {
                current.push(trimmed);
            }
            continue;
        }
        current.push(trimmed);
    }
    if !current.is_empty() {
        paragraphs.push(current.join(" "));
    }
    let text = paragraphs.join("\n");
    strip_links(&text)
}

/// Reduces rustdoc links to their text: "[`Meeting`]" and
/// "[`code`](Rule::code)" become "`Meeting`" and "`code`".
fn strip_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find(']') {
            Some(close) if after[..close].starts_with('`') => {
                out.push_str(&after[..close]);
                rest = &after[close + 1..];
                if rest.starts_with('(') {
                    if let Some(end) = rest.find(')') {
                        rest = &rest[end + 1..];
                    }
                }
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn generator() -> SchemaGenerator {
    let mut formats = RestrictFormats::default();
    formats.infer_from_meta_schema = false;
    formats.allowed_formats = ["date", "date-time"].into_iter().map(Into::into).collect();
    SchemaSettings::draft2020_12()
        .for_deserialize()
        .with_transform(RecursiveTransform(PlainEnums))
        .with_transform(RecursiveTransform(TaggedObjects))
        .with_transform(RecursiveTransform(Descriptions))
        .with_transform(formats)
        .into_generator()
}

/// The standalone schema of type `T`, with `$id` `id` and `title` `title`.
fn standalone<T: JsonSchema>(id: &str, title: &str, extra_description: Option<&str>) -> Value {
    let schema = generator().into_root_schema_for::<T>();
    let mut object = schema.to_value().as_object().cloned().unwrap_or_default();
    object.insert("$schema".into(), json!(DRAFT));
    object.insert("$id".into(), json!(id));
    object.insert("title".into(), json!(title));
    if let Some(extra) = extra_description {
        let head = object
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned();
        object.insert("description".into(), json!(format!("{head}\n{extra}")));
    }
    Value::Object(object)
}

/// The bundle: the dataset document as the root, every type under `$defs`,
/// and the rules beyond the schema in its description.
pub fn bundle() -> Value {
    let extra = format!(
        "Rules this schema cannot express, checked by the igf-model validator (`igf validate`):\n{}",
        beyond_schema()
    );
    standalone::<Dataset>(BUNDLE_ID, "IGF dataset", Some(&extra))
}

/// The schema of the JSON report `igf validate --format json` prints.
pub fn validation_report() -> Value {
    standalone::<ValidationReport>(
        "urn:igf-model:schema:validation-report",
        "igf validate report",
        None,
    )
}

/// Every schema file: `(file name, schema)`, the bundle first.
///
/// ```
/// let files = igf_model::schema::files();
/// assert_eq!(files[0].0, "igf.schema.json");
/// assert!(files.iter().any(|(name, _)| *name == "meeting.schema.json"));
/// ```
pub fn files() -> Vec<(&'static str, Value)> {
    fn entity<T: JsonSchema>(file: &'static str, title: &str) -> (&'static str, Value) {
        let stem = file.trim_end_matches(".schema.json");
        (
            file,
            standalone::<T>(&format!("urn:igf-model:schema:{stem}"), title, None),
        )
    }
    vec![
        ("igf.schema.json", bundle()),
        entity::<Meeting>("meeting.schema.json", "IGF annual meeting"),
        entity::<DynamicCoalition>("dynamic-coalition.schema.json", "IGF Dynamic Coalition"),
        entity::<Nri>(
            "nri.schema.json",
            "National, Regional, Sub-regional or Youth IGF initiative",
        ),
        entity::<BestPracticeForum>("best-practice-forum.schema.json", "IGF Best Practice Forum"),
        entity::<PolicyNetwork>("policy-network.schema.json", "IGF policy network"),
        entity::<Mag>("mag.schema.json", "IGF Multistakeholder Advisory Group"),
        entity::<Commitment>("commitment.schema.json", "IGF voluntary commitment"),
        entity::<RoadmapMapping>(
            "roadmap-mapping.schema.json",
            "Roadmap for Digital Cooperation mapping row",
        ),
        ("validation-report.schema.json", validation_report()),
    ]
}

/// A schema file's text as committed: pretty JSON and a final newline.
pub fn render(schema: &Value) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Writes every schema file into `dir`.
pub fn write_all(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (name, schema) in files() {
        std::fs::write(dir.join(name), render(&schema))?;
    }
    Ok(())
}

/// The schema files under `dir` that are missing or differ from the code.
pub fn drifted(dir: &Path) -> Vec<&'static str> {
    files()
        .into_iter()
        .filter(|(name, schema)| {
            std::fs::read_to_string(dir.join(name)).map_or(true, |text| text != render(schema))
        })
        .map(|(name, _)| name)
        .collect()
}
