//! Validation: every rule, collected, each finding with a stable code, a
//! severity, the JSON Pointer of the offending value and a message a person
//! can act on.
//!
//! [`validate`] checks a whole [`Dataset`] and returns every finding, not
//! the first. Each entity also implements [`Validate`] for the rules that
//! need no other record; its paths are then relative to the entity.
//!
//! Cross-record rules are checked through indexes built once per dataset,
//! so the cost grows linearly with the data.
//!
//! # Rule catalogue
//!
#![doc = include_str!("../../docs/rules.md")]
//!
//! The JSON Schema (`schemas/igf.schema.json`) carries the shape rules it
//! can express (patterns, lengths, ranges, enumerations); every rule above
//! except `load.*` is beyond it or goes further than it.

mod checker;
mod dataset;
mod rules;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub(crate) use checker::{escape_token, Checker};
pub use rules::{catalogue_markdown, Rule, Severity, UnknownRule};

use crate::Dataset;

/// One problem found in IGF data.
///
/// ```
/// use igf_model::validate::{Finding, Rule};
///
/// let f = Finding::new(Rule::BlankText, "/meetings/0/theme", "the meeting's theme is blank");
/// assert_eq!(f.to_string(), "/meetings/0/theme: error[shape.blank_text]: the meeting's theme is blank");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Finding {
    /// How serious it is.
    pub severity: Severity,
    /// The rule that found it.
    pub code: Rule,
    /// The JSON Pointer (RFC 6901) of the offending value.
    pub path: String,
    /// What is wrong, the values involved, and what was expected.
    pub message: String,
}

impl Finding {
    /// A finding of `rule` at `path`.
    pub fn new(rule: Rule, path: impl Into<String>, message: impl Into<String>) -> Self {
        Finding {
            severity: rule.severity(),
            code: rule,
            path: path.into(),
            message: message.into(),
        }
    }

    /// True for an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {}[{}]: {}",
            self.path, self.severity, self.code, self.message
        )
    }
}

/// Validation of one entity on its own: the rules that need no other record.
/// Paths are relative to the entity.
///
/// ```
/// use igf_model::{DynamicCoalition, Source, Validate};
///
/// let dc = DynamicCoalition::new(" ", Source::new("IGF 2020 final report (seed 001)"));
/// let findings = dc.validate();
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].path, "/name");
/// ```
pub trait Validate {
    /// Every finding of the rules that need only this value.
    fn validate(&self) -> Vec<Finding>;
}

impl Validate for Dataset {
    fn validate(&self) -> Vec<Finding> {
        validate(self)
    }
}

/// Validates a whole dataset: every rule, every record. Findings come in
/// document order of the records, entity rules first, then the rules
/// across records.
///
/// ```
/// let dataset = igf_model::reference::igf2020();
/// let findings = igf_model::validate::validate(dataset);
/// assert!(findings.iter().all(|f| !f.is_error()));
/// ```
pub fn validate(dataset: &Dataset) -> Vec<Finding> {
    Checker::run_for_version(dataset.format_version, |c| dataset::check(c, dataset))
}

/// The findings for one file, as `igf validate --format json` reports them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct FileReport {
    /// The file's name as given on the command line (`-` for standard input).
    pub file: String,
    /// Every finding, loading errors included.
    pub findings: Vec<Finding>,
}

impl FileReport {
    /// The report of `file` with its findings.
    pub fn new(file: impl Into<String>, findings: Vec<Finding>) -> Self {
        FileReport {
            file: file.into(),
            findings,
        }
    }
}

/// The report of `igf validate --format json`: the findings of every file.
///
/// ```
/// use igf_model::validate::{FileReport, ValidationReport};
///
/// let mut report = ValidationReport::default();
/// report.files.push(FileReport::new("-", vec![]));
/// assert_eq!(serde_json::to_string(&report)?, r#"{"files":[{"file":"-","findings":[]}]}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ValidationReport {
    /// One entry per file, in the order given.
    pub files: Vec<FileReport>,
}

/// Counts the errors and warnings in `findings`.
///
/// ```
/// use igf_model::validate::{counts, Finding, Rule};
///
/// let findings = vec![Finding::new(Rule::BlankText, "/x", "blank")];
/// assert_eq!(counts(&findings), (1, 0));
/// ```
pub fn counts(findings: &[Finding]) -> (usize, usize) {
    let errors = findings.iter().filter(|f| f.is_error()).count();
    (errors, findings.len() - errors)
}
