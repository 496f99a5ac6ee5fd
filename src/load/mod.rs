//! Reading a dataset from JSON, with errors that say where and why.
//!
//! Reading is lenient where real data is messy (a UTF-8 byte-order mark is
//! skipped; values from open lists are kept) and strict about shape: unknown
//! fields, missing required fields, wrong types and identifiers that do not
//! follow their grammar are errors carrying the JSON Pointer of the value.

mod objects_only;

use std::io::Read;

use objects_only::ObjectsOnly;

use crate::validate::escape_token;
use crate::Dataset;

/// Why a dataset could not be read.
///
/// ```
/// use igf_model::load::{from_str, LoadError};
///
/// let err = from_str(r#"{"meetings": [{"year": 20}]}"#).unwrap_err();
/// assert_eq!(err.pointer(), Some("/meetings/0/year"));
/// assert!(matches!(err, LoadError::Shape(_)));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The input is not well-formed JSON (or not UTF-8).
    #[error("{}: invalid JSON at line {}, column {}: {}", .0.display_pointer(), .0.line, .0.column, .0.reason)]
    Syntax(Located),
    /// The JSON is well-formed but is not a dataset.
    #[error("{}: {} (line {}, column {})", .0.display_pointer(), .0.reason, .0.line, .0.column)]
    Shape(Located),
    /// The input could not be read.
    #[error("could not read the input: {0}")]
    Io(#[from] std::io::Error),
}

/// Where reading failed and why.
///
/// ```
/// let err = igf_model::load::from_str("{\"meetings\": 5}").unwrap_err();
/// let at = err.located().unwrap();
/// assert_eq!((at.pointer.as_str(), at.line, at.column), ("/meetings", 1, 14));
/// assert!(at.reason.contains("expected a sequence"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Located {
    /// The offending value, or where reading stopped, as a JSON Pointer.
    pub pointer: String,
    /// The line (from 1).
    pub line: usize,
    /// The column (from 1; 0 before the first character).
    pub column: usize,
    /// What is wrong, naming the value and the expected form.
    pub reason: String,
}

impl Located {
    fn display_pointer(&self) -> &str {
        if self.pointer.is_empty() {
            "(document)"
        } else {
            &self.pointer
        }
    }

    /// Takes line, column and message from serde_json's error, which appends
    /// " at line L column C" to its message.
    fn from_json(err: &serde_json::Error, pointer: String) -> Self {
        let text = err.to_string();
        let reason = match text.rfind(" at line ") {
            Some(at) => text[..at].to_owned(),
            None => text,
        };
        Located {
            pointer,
            line: err.line(),
            column: err.column(),
            reason,
        }
    }
}

impl LoadError {
    /// Where reading failed, for syntax and shape errors.
    pub fn located(&self) -> Option<&Located> {
        match self {
            LoadError::Syntax(at) | LoadError::Shape(at) => Some(at),
            LoadError::Io(_) => None,
        }
    }

    /// The JSON Pointer of where reading failed, for syntax and shape errors.
    pub fn pointer(&self) -> Option<&str> {
        self.located().map(|at| at.pointer.as_str())
    }

    /// The rule this error reports under: `load.syntax` or `load.shape`.
    pub fn rule(&self) -> Option<crate::validate::Rule> {
        match self {
            LoadError::Syntax(_) => Some(crate::validate::Rule::LoadSyntax),
            LoadError::Shape(_) => Some(crate::validate::Rule::LoadShape),
            LoadError::Io(_) => None,
        }
    }

    /// This error as a finding, for reports that mix loading and validation.
    pub fn to_finding(&self) -> Option<crate::validate::Finding> {
        let (rule, at) = (self.rule()?, self.located()?);
        let message = match self {
            LoadError::Syntax(_) => format!(
                "invalid JSON at line {}, column {}: {}",
                at.line, at.column, at.reason
            ),
            _ => format!("{} (line {}, column {})", at.reason, at.line, at.column),
        };
        Some(crate::validate::Finding::new(
            rule,
            at.pointer.clone(),
            message,
        ))
    }
}

fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => {
                out.push('/');
                out.push_str(&index.to_string());
            }
            Segment::Map { key } => {
                out.push('/');
                out.push_str(&escape_token(key));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

fn convert(err: serde_path_to_error::Error<serde_json::Error>) -> LoadError {
    let pointer = pointer_of(err.path());
    let inner = err.into_inner();
    let at = Located::from_json(&inner, pointer);
    match inner.classify() {
        serde_json::error::Category::Data => LoadError::Shape(at),
        serde_json::error::Category::Io => LoadError::Io(inner.into()),
        _ => LoadError::Syntax(at),
    }
}

/// Reads a dataset from JSON bytes. A UTF-8 byte-order mark is skipped.
///
/// ```
/// let dataset = igf_model::load::from_slice(b"\xEF\xBB\xBF{}")?;
/// assert!(dataset.meetings.is_empty());
/// # Ok::<(), igf_model::load::LoadError>(())
/// ```
pub fn from_slice(bytes: &[u8]) -> Result<Dataset, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let dataset = serde_path_to_error::deserialize(ObjectsOnly(&mut de)).map_err(convert)?;
    de.end()
        .map_err(|e| LoadError::Syntax(Located::from_json(&e, String::new())))?;
    Ok(dataset)
}

/// Reads a dataset from a JSON string.
///
/// ```
/// let dataset = igf_model::load::from_str(r#"{"meetings": []}"#)?;
/// assert!(dataset.meetings.is_empty());
/// # Ok::<(), igf_model::load::LoadError>(())
/// ```
pub fn from_str(text: &str) -> Result<Dataset, LoadError> {
    from_slice(text.as_bytes())
}

/// Reads a dataset from a reader (a file, standard input). The whole input
/// is read first, so errors can name the line and column.
///
/// ```
/// let dataset = igf_model::load::from_reader(&b"{}"[..])?;
/// assert!(dataset.nris.is_empty());
/// # Ok::<(), igf_model::load::LoadError>(())
/// ```
pub fn from_reader(mut reader: impl Read) -> Result<Dataset, LoadError> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes)?;
    from_slice(&bytes)
}
