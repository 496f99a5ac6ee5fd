//! Reading a dataset from JSON, with errors that say where and why.
//!
//! Loading rejects only what cannot be data: malformed JSON (or not UTF-8),
//! a wrong JSON type, a missing required member, an impossible date, a
//! format version that cannot be read. Everything else is read and kept as
//! written, for the validator to judge: values from open lists, members of a
//! newer [format version](crate::format), `x-` extension members (see
//! [`Extensions`](crate::Extensions)). A UTF-8 byte-order mark is skipped.
//!
//! Valid data is read in one plain typed parse, after one check of the
//! whole document's UTF-8 (faster than the check string by string a byte
//! parse makes: a load takes about 0.85x the time of `serde_json::from_slice`
//! into the same types). When reading fails, the document is read again to
//! find **every** problem, not only the first: [`LoadError::Shape`] lists
//! them in document order, each with its JSON Pointer, line and column. (A
//! record whose required member is missing or unreadable cannot be read
//! further: the problems after that member in that record are not
//! reported.)
//!
//! A file of an older format version is upgraded to the current one as it
//! is read (see [`crate::format`]).

mod recover;

use std::io::Read;

use crate::dataset::AsWritten;
use crate::validate::escape_token;
use crate::Dataset;

/// Why a dataset could not be read.
///
/// ```
/// use igf_model::load::{from_str, LoadError};
///
/// let err = from_str(r#"{"meetings": [{"year": "2020"}, {"year": 2021, "source": 5}]}"#).unwrap_err();
/// assert!(matches!(err, LoadError::Shape(_)));
/// let pointers: Vec<&str> = err.problems().iter().map(|p| p.pointer.as_str()).collect();
/// assert_eq!(pointers, ["/meetings/0/year", "/meetings/1/source"]);
/// assert_eq!(err.pointer(), Some("/meetings/0/year"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The input is not well-formed JSON (or not UTF-8).
    #[error("{}: invalid JSON at line {}, column {}: {}", .0.display_pointer(), .0.line, .0.column, .0.reason)]
    Syntax(Located),
    /// The JSON is well-formed but is not a dataset: every problem, in
    /// document order (never empty).
    #[error("{}", shape_message(.0))]
    Shape(Vec<Located>),
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

fn shape_message(problems: &[Located]) -> String {
    let mut text = problems
        .first()
        .map(|at| {
            format!(
                "{}: {} (line {}, column {})",
                at.display_pointer(),
                at.reason,
                at.line,
                at.column
            )
        })
        .unwrap_or_default();
    if problems.len() > 1 {
        text.push_str(&format!(" and {} more problems", problems.len() - 1));
    }
    text
}

impl LoadError {
    /// Where reading failed (the first problem), for syntax and shape errors.
    pub fn located(&self) -> Option<&Located> {
        self.problems().first()
    }

    /// Every problem found, in document order: one for a syntax error, one
    /// or more for shape errors, none for input that could not be read.
    pub fn problems(&self) -> &[Located] {
        match self {
            LoadError::Syntax(at) => std::slice::from_ref(at),
            LoadError::Shape(all) => all,
            LoadError::Io(_) => &[],
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

    /// This error as findings, one per problem, for reports that mix
    /// loading and validation. Empty for input that could not be read.
    pub fn to_findings(&self) -> Vec<crate::validate::Finding> {
        let Some(rule) = self.rule() else {
            return Vec::new();
        };
        self.problems()
            .iter()
            .map(|at| {
                let message = match self {
                    LoadError::Syntax(_) => format!(
                        "invalid JSON at line {}, column {}: {}",
                        at.line, at.column, at.reason
                    ),
                    _ => format!("{} (line {}, column {})", at.reason, at.line, at.column),
                };
                let mut finding = crate::validate::Finding::new(rule, at.pointer.clone(), message);
                finding.line = Some(at.line);
                finding.column = Some(at.column);
                finding
            })
            .collect()
    }
}

/// The error path: reads the document again with path tracking to locate
/// the first problem, then looks for every other one. The text is read as
/// the fast path reads it (one reading of the types serves both).
fn diagnose(bytes: &[u8]) -> LoadError {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => return not_utf8(bytes, &err),
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let err = match serde_path_to_error::deserialize::<_, AsWritten>(&mut de) {
        Err(err) => err,
        Ok(_) => {
            if let Err(trailing) = de.end() {
                return LoadError::Syntax(Located::from_json(&trailing, String::new()));
            }
            // The fast path failed but this one did not: cannot happen with
            // one parser; report it rather than panic.
            return LoadError::Syntax(Located {
                pointer: String::new(),
                line: 0,
                column: 0,
                reason: "the document could not be read twice alike".into(),
            });
        }
    };
    let pointer = recover::pointer_of(err.path());
    let inner = err.into_inner();
    let at = Located::from_json(&inner, pointer);
    match inner.classify() {
        serde_json::error::Category::Data => LoadError::Shape(recover::problems(bytes, at)),
        serde_json::error::Category::Io => LoadError::Io(inner.into()),
        _ => LoadError::Syntax(at),
    }
}

/// A document that is not UTF-8: one syntax problem, at its first byte that
/// is not, in the value being read there. Where that is, is read from the
/// text before it: a reading of that text ends there, inside the value.
fn not_utf8(bytes: &[u8], err: &std::str::Utf8Error) -> LoadError {
    let valid = err.valid_up_to();
    let before = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
    let mut de = serde_json::Deserializer::from_str(before);
    let pointer = match serde_path_to_error::deserialize::<_, Skipped>(&mut de) {
        Err(err) if err.inner().is_eof() => recover::pointer_of(err.path()),
        // A syntax error before it: that is the document's first problem.
        Err(err) => {
            let pointer = recover::pointer_of(err.path());
            return LoadError::Syntax(Located::from_json(err.inner(), pointer));
        }
        Ok(_) => String::new(),
    };
    let (line, column) = recover::line_column(bytes, valid);
    LoadError::Syntax(Located {
        pointer,
        line,
        column,
        reason: format!(
            "the document is not UTF-8 text: byte 0x{:02X} cannot begin or continue a character",
            bytes[valid]
        ),
    })
}

/// Any JSON value, read and dropped, its members' names read as text (so
/// that a path-tracking reading names them, which `IgnoredAny` does not).
struct Skipped;

impl<'de> serde::Deserialize<'de> for Skipped {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Skipped)
    }
}

impl<'de> serde::de::Visitor<'de> for Skipped {
    type Value = Skipped;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Skipped, E> {
        Ok(Skipped)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Skipped, E> {
        Ok(Skipped)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Skipped, E> {
        Ok(Skipped)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Skipped, E> {
        Ok(Skipped)
    }
    fn visit_str<E>(self, _: &str) -> Result<Skipped, E> {
        Ok(Skipped)
    }
    fn visit_unit<E>(self) -> Result<Skipped, E> {
        Ok(Skipped)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Skipped, A::Error> {
        while seq.next_element::<Skipped>()?.is_some() {}
        Ok(Skipped)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Skipped, A::Error> {
        while map.next_key::<String>()?.is_some() {
            map.next_value::<Skipped>()?;
        }
        Ok(Skipped)
    }
}

/// The typed parse of `bytes`: as `serde_json::from_slice` reads them, but
/// faster. UTF-8 is checked once for the whole document, many bytes at a
/// time, and the parse then reads text it need not check string by string
/// (a fifth of a typed parse's time, in the benchmark). Bytes that are not
/// UTF-8 are not read at all: `from_slice` fails on them too, since every
/// string of a document is read as text (unknown members are kept).
#[inline]
fn parse(bytes: &[u8]) -> Option<Dataset> {
    let text = std::str::from_utf8(bytes).ok()?;
    serde_json::from_str(text)
        .ok()
        .map(|AsWritten(dataset)| dataset)
}

/// Reads a dataset from JSON bytes. A UTF-8 byte-order mark is skipped.
///
/// ```
/// let dataset = igf_model::load::from_slice(b"\xEF\xBB\xBF{}")?;
/// assert!(dataset.meetings.is_empty());
/// # Ok::<(), igf_model::load::LoadError>(())
/// ```
#[inline]
pub fn from_slice(bytes: &[u8]) -> Result<Dataset, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut dataset = parse(bytes).ok_or_else(|| diagnose(bytes))?;
    crate::format::upgrade(&mut dataset)
        .map_err(|problems| LoadError::Shape(recover::locate(bytes, problems)))?;
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

/// Gives each finding of a dataset read from `text` the line and column
/// of the value its pointer names in that text (of the nearest enclosing
/// value, for a member the text lacks). The validator works on the
/// dataset, not the text, so its findings have none until located.
///
/// ```
/// let text = "{\n  \"meetings\": [\n    {\"year\": 2020, \"edition\": 14, \"source\": {\"document\": \"d\"}}\n  ]\n}";
/// let dataset = igf_model::load::from_str(text)?;
/// let mut findings = igf_model::validate::validate(&dataset);
/// igf_model::load::locate(text.as_bytes(), &mut findings);
/// let edition = findings.iter().find(|f| f.code() == "consistency.edition_year").unwrap();
/// assert_eq!((edition.line, edition.column), (Some(3), Some(31)));
/// # Ok::<(), igf_model::load::LoadError>(())
/// ```
pub fn locate(text: &[u8], findings: &mut [crate::validate::Finding]) {
    recover::locate_findings(text, findings);
}

#[cfg(test)]
mod tests {
    use super::parse;
    use crate::dataset::AsWritten;
    use proptest::prelude::*;

    /// A small document of the current format with text in several scripts.
    const DOCUMENT: &str = r#"{"format_version":"0.3","description":"Café – 会議 \u00e9\n","meetings":[{"year":2020,"source":{"document":"d"},"theme":"Internet for human resilience and solidarity","sessions":[{"code":"WS #72","title":"Tech for the Planet","session_type":"workshop","source":{"document":"d","section":"§2"}}]}]}"#;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        /// The parse accepts exactly what serde_json's byte parse accepts,
        /// and reads the same dataset, whatever bytes a document is changed
        /// to hold (non-UTF-8 bytes, broken escapes, cut multi-byte
        /// characters included).
        #[test]
        fn the_parse_reads_what_serde_json_reads_from_bytes(
            edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..4),
            cut in any::<prop::sample::Index>(),
        ) {
            let mut bytes = DOCUMENT.as_bytes().to_vec();
            for (at, byte) in edits {
                let at = at.index(bytes.len());
                bytes[at] = byte;
            }
            bytes.truncate(bytes.len() - cut.index(8));
            let ours = parse(&bytes).ok_or(());
            let theirs = serde_json::from_slice::<AsWritten>(&bytes).map(|d| d.0);
            prop_assert_eq!(ours.is_ok(), theirs.is_ok());
            if let (Ok(ours), Ok(theirs)) = (ours, theirs) {
                prop_assert_eq!(ours, theirs);
            }
        }
    }

    #[test]
    fn a_document_not_utf8_is_reported_at_its_first_byte_that_is_not() {
        let bytes = b"{\"meetings\": [{\n \"theme\": \"a\xffb\"}]}";
        let err = crate::load::from_slice(bytes).unwrap_err();
        assert!(matches!(err, crate::load::LoadError::Syntax(_)));
        let [at] = err.problems() else {
            panic!("one problem: {err}");
        };
        assert_eq!(at.pointer, "/meetings/0/theme");
        assert_eq!((at.line, at.column), (2, 13));
        assert!(at.reason.contains("byte 0xFF"), "{}", at.reason);
        // A syntax error before the first byte that is not UTF-8 comes first.
        let err = crate::load::from_slice(b"{\"meetings\": [}, \"\xff\"").unwrap_err();
        assert!(err.problems()[0].reason.contains("expected value"), "{err}");
    }

    #[test]
    fn the_document_of_the_property_is_read() {
        let d = parse(DOCUMENT.as_bytes()).expect("the document reads");
        assert_eq!(d.meetings[0].sessions[0].title, "Tech for the Planet");
        assert_eq!(d.description.as_deref(), Some("Café – 会議 é\n"));
    }
}
