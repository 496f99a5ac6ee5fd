//! What validation reports: findings, and the report of `igf validate`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Rule, Severity};

/// One problem found in IGF data.
///
/// ```
/// use igf_model::validate::{Finding, Rule};
///
/// let f = Finding::new(Rule::BlankText, "/meetings/0/theme", "the meeting's theme is blank");
/// assert_eq!(f.code(), "shape.blank_text");
/// assert_eq!(f.to_string(), "/meetings/0/theme: error[shape.blank_text]: the meeting's theme is blank");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Finding {
    /// How serious it is.
    pub severity: Severity,
    /// The rule that found it, by its stable code (in Rust, the field `rule`).
    #[serde(rename = "code")]
    pub rule: Rule,
    /// The JSON Pointer (RFC 6901) of the offending value.
    pub path: String,
    /// What is wrong, the values involved, and what was expected.
    pub message: String,
    /// The line (from 1) of the offending value in the text the dataset
    /// was read from, where the finding was located in it
    /// ([`load::locate`](crate::load::locate)); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The column (from 1) of the offending value, with `line`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

impl Finding {
    /// A finding of `rule` at `path`, with the rule's severity.
    pub fn new(rule: Rule, path: impl Into<String>, message: impl Into<String>) -> Self {
        Finding {
            severity: rule.severity(),
            rule,
            path: path.into(),
            message: message.into(),
            line: None,
            column: None,
        }
    }

    /// The stable code of the rule, such as `"shape.blank_text"`.
    pub fn code(&self) -> &'static str {
        self.rule.code()
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
            self.path, self.severity, self.rule, self.message
        )
    }
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
