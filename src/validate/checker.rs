//! The walk that collects findings: it keeps the JSON Pointer of the value
//! being checked and turns each report into a [`Finding`].
//!
//! This module, `rules` and `finding` import no type of the model: the
//! model's types call into them, never the other way round.

use super::{Finding, Rule};

/// One step of a JSON Pointer: plain data, so entering and leaving a
/// member costs a push and a pop and nothing else (a member named by the
/// data itself is written into the pointer of its finding instead).
#[derive(Debug, Clone, Copy)]
enum Step {
    Key(&'static str),
    Index(usize),
}

/// Collects findings while walking a value; knows where it is.
#[derive(Debug, Default)]
pub struct Checker {
    findings: Vec<Finding>,
    path: Vec<Step>,
    /// The format version the data declares, when it is newer than this
    /// crate's: unknown members are then that format's, not mistakes.
    newer_format: Option<String>,
    /// The dataset's bibliography, id to title, when a whole dataset is
    /// checked: citations are then checked against it, and findings name
    /// documents by title.
    documents: Option<std::collections::HashMap<String, String>>,
    /// The document the last citation named, when it resolved: records
    /// mostly cite the document their neighbours cite, and comparing the id
    /// is cheaper than hashing it.
    last_cited: String,
}

/// Escapes one reference token of a JSON Pointer (RFC 6901 §3).
pub(crate) fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

impl Checker {
    /// Runs `f` on a fresh checker and returns what it found.
    pub(crate) fn run(f: impl FnOnce(&mut Checker)) -> Vec<Finding> {
        let mut c = Checker::default();
        f(&mut c);
        c.findings
    }

    /// Declares that the data follows a newer format version than this
    /// crate's (`declared`), for the findings about unknown members.
    pub(crate) fn set_newer_format(&mut self, declared: Option<String>) {
        self.newer_format = declared;
    }

    /// Declares the ids of the dataset's documents, so citations are checked.
    pub(crate) fn set_documents<'a>(
        &mut self,
        documents: impl Iterator<Item = (&'a str, &'a str)>,
    ) {
        let mut map = std::collections::HashMap::new();
        for (id, title) in documents {
            map.entry(id.to_owned()).or_insert_with(|| title.to_owned());
        }
        self.documents = Some(map);
        self.last_cited.clear();
    }

    /// The title of the document with id `id`, where the bibliography is
    /// known and lists it; else the id itself.
    pub(crate) fn document_title<'a>(&'a self, id: &'a str) -> &'a str {
        self.documents
            .as_ref()
            .and_then(|docs| docs.get(id))
            .map_or(id, String::as_str)
    }

    /// Reports a citation at member `key` of a document id the dataset's
    /// bibliography does not list (when the bibliography is known).
    pub(crate) fn cited(&mut self, key: &'static str, id: &str) {
        if !id.is_empty() && self.last_cited == id {
            return;
        }
        let Some(docs) = self.documents.as_ref() else {
            return;
        };
        if docs.contains_key(id) {
            self.last_cited.clear();
            self.last_cited.push_str(id);
            return;
        }
        let known = docs.len();
        self.report_at(
            key,
            Rule::UnknownDocument,
            format!(
                "the source cites document {id:?}, which is not among the dataset's {known} documents: add it to `documents` or cite one of them by its id"
            ),
        );
    }

    /// The newer format version the data declares, if it does.
    pub(crate) fn newer_format(&self) -> Option<&str> {
        self.newer_format.as_deref()
    }

    /// Reports `rule` at member `name` of the current object, a member named
    /// by the data itself.
    pub(crate) fn report_member(&mut self, name: &str, rule: Rule, message: impl Into<String>) {
        let mut pointer = self.pointer();
        pointer.push('/');
        pointer.push_str(&escape_token(name));
        self.findings.push(Finding::new(rule, pointer, message));
    }

    /// Checks inside the member `key` of the current object.
    pub(crate) fn field<R>(&mut self, key: &'static str, f: impl FnOnce(&mut Self) -> R) -> R {
        self.path.push(Step::Key(key));
        let out = f(self);
        self.path.pop();
        out
    }

    /// Checks inside element `index` of the current array.
    pub(crate) fn index<R>(&mut self, index: usize, f: impl FnOnce(&mut Self) -> R) -> R {
        self.path.push(Step::Index(index));
        let out = f(self);
        self.path.pop();
        out
    }

    /// Checks every element of the array member `key`.
    pub(crate) fn each<T>(
        &mut self,
        key: &'static str,
        items: &[T],
        mut f: impl FnMut(&mut Self, &T),
    ) {
        self.field(key, |c| {
            for (i, item) in items.iter().enumerate() {
                c.index(i, |c| f(c, item));
            }
        });
    }

    /// Runs `f` with its findings set aside in `found` (at their positions,
    /// as ever), for [`Checker::append`] to report later: a walk that checks
    /// several rules of one record at once still reports each rule's
    /// findings in their place in the order.
    pub(crate) fn aside<R>(
        &mut self,
        found: &mut Vec<Finding>,
        f: impl FnOnce(&mut Self) -> R,
    ) -> R {
        std::mem::swap(&mut self.findings, found);
        let out = f(self);
        std::mem::swap(&mut self.findings, found);
        out
    }

    /// Reports the findings set aside by [`Checker::aside`], in order.
    pub(crate) fn append(&mut self, found: &mut Vec<Finding>) {
        self.findings.append(found);
    }

    /// The JSON Pointer of the current position.
    pub(crate) fn pointer(&self) -> String {
        let mut out = String::new();
        for step in &self.path {
            out.push('/');
            match step {
                Step::Key(k) => out.push_str(&escape_token(k)),
                Step::Index(i) => out.push_str(&i.to_string()),
            }
        }
        out
    }

    /// Reports `rule` at the current position.
    pub(crate) fn report(&mut self, rule: Rule, message: impl Into<String>) {
        self.findings
            .push(Finding::new(rule, self.pointer(), message));
    }

    /// Reports `rule` at member `key` of the current object.
    pub(crate) fn report_at(&mut self, key: &'static str, rule: Rule, message: impl Into<String>) {
        self.field(key, |c| c.report(rule, message));
    }

    /// Warns (`shape.unknown_value`) when the open-list value at member
    /// `key` is one the crate does not know; it is kept as written.
    pub(crate) fn known<T: crate::enums::OpenList + std::fmt::Display>(
        &mut self,
        key: &'static str,
        value: &T,
    ) {
        if !value.is_known() {
            self.field(key, |c| c.known_here(value));
        }
    }

    /// [`Checker::known`] for an optional value.
    pub(crate) fn opt_known<T: crate::enums::OpenList + std::fmt::Display>(
        &mut self,
        key: &'static str,
        value: Option<&T>,
    ) {
        if let Some(value) = value {
            self.known(key, value);
        }
    }

    /// [`Checker::known`] for every value of the list at member `key`.
    pub(crate) fn all_known<T: crate::enums::OpenList + std::fmt::Display>(
        &mut self,
        key: &'static str,
        values: &[T],
    ) {
        if values.iter().all(T::is_known) {
            return;
        }
        self.field(key, |c| {
            for (i, value) in values.iter().enumerate() {
                if !value.is_known() {
                    c.index(i, |c| c.known_here(value));
                }
            }
        });
    }

    fn known_here<T: crate::enums::OpenList + std::fmt::Display>(&mut self, value: &T) {
        self.report(
            Rule::UnknownValue,
            format!(
                "{:?} is not a {} this crate knows ({}); it is kept as written",
                value.to_string(),
                T::LIST,
                T::NAMES.join(", ")
            ),
        );
    }

    /// Reports blank required text at member `key`.
    pub(crate) fn text(&mut self, key: &'static str, value: &str, what: &str) {
        if is_blank(value) {
            self.report_at(
                key,
                Rule::BlankText,
                format!("{what} is blank ({value:?}): give the text as the source publishes it"),
            );
        }
    }

    /// Reports blank optional text at member `key`, when it is present.
    pub(crate) fn opt_text(&mut self, key: &'static str, value: Option<&str>, what: &str) {
        if let Some(value) = value {
            self.text(key, value, what);
        }
    }

    /// Reports every blank entry of the text list `key`.
    pub(crate) fn texts(&mut self, key: &'static str, values: &[String], what: &str) {
        self.field(key, |c| {
            for (i, value) in values.iter().enumerate() {
                if is_blank(value) {
                    c.index(i, |c| {
                        c.report(
                            Rule::BlankText,
                            format!("{what} {i} is blank: remove it or give its text"),
                        )
                    });
                }
            }
        });
    }

    /// Reports a number at member `key` that is below 1 where the format
    /// counts from 1 (editions, phases).
    pub(crate) fn counted_from_one(&mut self, key: &'static str, number: Option<u64>, what: &str) {
        if number == Some(0) {
            self.report_at(
                key,
                Rule::NumberRange,
                format!("{what} is 0: it is counted from 1"),
            );
        }
    }

    /// Reports a date or time at member `key` that RFC 3339 cannot write
    /// (`writable` false): it is shown as `shown` gives it.
    pub(crate) fn writable(
        &mut self,
        key: &'static str,
        writable: bool,
        shown: impl FnOnce() -> String,
    ) {
        if !writable {
            self.report_at(
                key,
                Rule::DateRange,
                format!(
                    "{} cannot be written as an RFC 3339 date or date-time (four-digit years; a leap second only at 23:59 UTC): it could not be read back",
                    shown()
                ),
            );
        }
    }

    /// Checks an optional date range at members `start_date` and
    /// `end_date`: each writable, the end not before the start.
    pub(crate) fn dates(
        &mut self,
        start: Option<chrono::NaiveDate>,
        end: Option<chrono::NaiveDate>,
        what: &str,
    ) {
        for (key, date) in [("start_date", start), ("end_date", end)] {
            if let Some(d) = date {
                self.writable(key, crate::wire::date_writable(d), || d.to_string());
            }
        }
        if let (Some(start), Some(end)) = (start, end) {
            if end < start {
                self.report_at(
                    "end_date",
                    Rule::DateOrder,
                    format!("{what} ends on {end} before it starts on {start}: swap or correct the dates"),
                );
            }
        }
    }

    /// Checks an optional date at member `key`: writable.
    pub(crate) fn date(&mut self, key: &'static str, date: Option<chrono::NaiveDate>) {
        if let Some(d) = date {
            self.writable(key, crate::wire::date_writable(d), || d.to_string());
        }
    }
}

/// True for text that is empty or only white space. It stops at the first
/// other character, where `trim` would look at both ends.
#[inline]
pub(crate) fn is_blank(text: &str) -> bool {
    match text.as_bytes().first() {
        // Most text starts with an ASCII letter or digit: not blank.
        Some(b) if b.is_ascii() && !b.is_ascii_whitespace() => false,
        _ => text.chars().all(char::is_whitespace),
    }
}

/// True when `text` has white space. One pass over the bytes settles the
/// common case, text of printable ASCII; characters are looked at only when
/// a byte is a control, a space or non-ASCII.
pub(crate) fn has_white_space(text: &str) -> bool {
    // No early exit: the compiler folds the bytes many at a time.
    let unusual = text
        .as_bytes()
        .iter()
        .fold(false, |seen, &b| seen | (b <= b' ') | (b >= 0x80));
    unusual
        && (text.as_bytes().iter().any(u8::is_ascii_whitespace)
            || (!text.is_ascii() && text.chars().any(char::is_whitespace)))
}
