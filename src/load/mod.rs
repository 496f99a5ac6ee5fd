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
/// assert!(matches!(err, LoadError::Shape { .. }));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The input is not well-formed JSON (or not UTF-8).
    #[error("{pointer}: invalid JSON at line {line}, column {column}: {reason}", pointer = display_pointer(.pointer))]
    Syntax {
        /// Where reading stopped, as a JSON Pointer.
        pointer: String,
        /// The line (from 1).
        line: usize,
        /// The column (from 1).
        column: usize,
        /// What serde_json reported.
        reason: String,
    },
    /// The JSON is well-formed but is not a dataset.
    #[error("{pointer}: {reason} (line {line}, column {column})", pointer = display_pointer(.pointer))]
    Shape {
        /// The offending value, as a JSON Pointer.
        pointer: String,
        /// The line (from 1).
        line: usize,
        /// The column (from 1).
        column: usize,
        /// What is wrong, naming the value and the expected form.
        reason: String,
    },
    /// The input could not be read.
    #[error("could not read the input: {0}")]
    Io(#[from] std::io::Error),
}

fn display_pointer(pointer: &str) -> &str {
    if pointer.is_empty() {
        "(document)"
    } else {
        pointer
    }
}

impl LoadError {
    /// The JSON Pointer of where reading failed, for syntax and shape errors.
    pub fn pointer(&self) -> Option<&str> {
        match self {
            LoadError::Syntax { pointer, .. } | LoadError::Shape { pointer, .. } => Some(pointer),
            LoadError::Io(_) => None,
        }
    }

    /// The rule this error reports under: `load.syntax` or `load.shape`.
    pub fn rule(&self) -> Option<crate::validate::Rule> {
        match self {
            LoadError::Syntax { .. } => Some(crate::validate::Rule::LoadSyntax),
            LoadError::Shape { .. } => Some(crate::validate::Rule::LoadShape),
            LoadError::Io(_) => None,
        }
    }

    /// This error as a finding, for reports that mix loading and validation.
    pub fn to_finding(&self) -> Option<crate::validate::Finding> {
        let rule = self.rule()?;
        let (pointer, reason) = match self {
            LoadError::Syntax {
                pointer,
                line,
                column,
                reason,
            } => (
                pointer.clone(),
                format!("invalid JSON at line {line}, column {column}: {reason}"),
            ),
            LoadError::Shape {
                pointer,
                line,
                column,
                reason,
            } => (
                pointer.clone(),
                format!("{reason} (line {line}, column {column})"),
            ),
            LoadError::Io(_) => return None,
        };
        Some(crate::validate::Finding::new(rule, pointer, reason))
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
    let (line, column) = (inner.line(), inner.column());
    // serde_json appends " at line L column C"; the fields carry those.
    let text = inner.to_string();
    let reason = match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    };
    match inner.classify() {
        serde_json::error::Category::Data => LoadError::Shape {
            pointer,
            line,
            column,
            reason,
        },
        serde_json::error::Category::Io => LoadError::Io(inner.into()),
        _ => LoadError::Syntax {
            pointer,
            line,
            column,
            reason,
        },
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
    de.end().map_err(|e| convert_plain(e, String::new()))?;
    Ok(dataset)
}

fn convert_plain(inner: serde_json::Error, pointer: String) -> LoadError {
    let (line, column) = (inner.line(), inner.column());
    let text = inner.to_string();
    let reason = match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    };
    LoadError::Syntax {
        pointer,
        line,
        column,
        reason,
    }
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
