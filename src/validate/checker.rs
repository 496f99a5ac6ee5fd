//! The walk that collects findings: it keeps the JSON Pointer of the value
//! being checked and turns each report into a [`Finding`].

use super::{Finding, Rule};

/// One step of a JSON Pointer.
#[derive(Debug, Clone)]
enum Step {
    Key(&'static str),
    Index(usize),
    /// A member named by the data itself (an unknown member).
    Member(String),
}

/// Collects findings while walking a value; knows where it is.
#[derive(Debug, Default)]
pub(crate) struct Checker {
    findings: Vec<Finding>,
    path: Vec<Step>,
    /// The format version the data declares, when it is newer than this
    /// crate's: unknown members are then that format's, not mistakes.
    newer_format: Option<crate::FormatVersion>,
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

    /// Runs `f` on a fresh checker for data that declares format `version`.
    pub(crate) fn run_for_version(
        version: crate::FormatVersion,
        f: impl FnOnce(&mut Checker),
    ) -> Vec<Finding> {
        let mut c = Checker {
            newer_format: version.is_newer_than_current().then_some(version),
            ..Checker::default()
        };
        f(&mut c);
        c.findings
    }

    /// Reports the members of the current record that the format does not
    /// define: mistakes in a file of this crate's format, a newer format's
    /// members in a newer file. Extension members (`x-...`) are the user's.
    pub(crate) fn extensions(&mut self, extensions: &crate::Extensions) {
        use crate::FormatVersion;
        for (name, _) in extensions.unknown() {
            let (rule, message) = match self.newer_format {
                Some(declared) => (
                    Rule::NewerFormatMember,
                    format!(
                        "member {name:?} is not in format {} that this crate reads; the file declares format {declared}: it is kept and written back unchanged",
                        FormatVersion::CURRENT
                    ),
                ),
                None => (
                    Rule::UnknownMember,
                    format!(
                        "member {name:?} is not defined here by format {}: check its spelling, or name your own data \"x-{name}\"",
                        FormatVersion::CURRENT
                    ),
                ),
            };
            self.path.push(Step::Member(name.to_owned()));
            self.report(rule, message);
            self.path.pop();
        }
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

    /// The JSON Pointer of the current position.
    pub(crate) fn pointer(&self) -> String {
        let mut out = String::new();
        for step in &self.path {
            out.push('/');
            match step {
                Step::Key(k) => out.push_str(&escape_token(k)),
                Step::Member(k) => out.push_str(&escape_token(k)),
                Step::Index(i) => out.push_str(&i.to_string()),
            }
        }
        out
    }

    /// Reports `rule` at the current position.
    pub(crate) fn report(&mut self, rule: Rule, message: impl Into<String>) {
        self.findings.push(Finding {
            severity: rule.severity(),
            code: rule,
            path: self.pointer(),
            message: message.into(),
        });
    }

    /// Reports `rule` at member `key` of the current object.
    pub(crate) fn report_at(&mut self, key: &'static str, rule: Rule, message: impl Into<String>) {
        self.field(key, |c| c.report(rule, message));
    }

    /// Reports blank required text at member `key`.
    pub(crate) fn text(&mut self, key: &'static str, value: &str, what: &str) {
        if value.trim().is_empty() {
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
                if value.trim().is_empty() {
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

    /// Reports a year at member `key` that lies outside the IGF's life.
    pub(crate) fn year_at(&mut self, key: &'static str, year: crate::Year) {
        self.field(key, |c| c.year_at_here(year));
    }

    /// Reports a year at the current position that lies outside the IGF's life.
    pub(crate) fn year_at_here(&mut self, year: crate::Year) {
        if !year.is_within_igf_life() {
            self.report(
                Rule::YearOutOfRange,
                format!("year {year} is outside the IGF's life (2006 to 2100)"),
            );
        }
    }

    /// Reports a link at member `key` that is not an http(s) address.
    pub(crate) fn link(&mut self, key: &'static str, link: Option<&str>) {
        if let Some(link) = link {
            if !is_http_link(link) {
                self.report_at(
                    key,
                    Rule::LinkFormat,
                    format!("link {link:?} is not an absolute http(s) address: write it as https://host/path"),
                );
            }
        }
    }
}

/// True for an absolute http(s) address without white space.
pub(crate) fn is_http_link(link: &str) -> bool {
    let rest = link
        .strip_prefix("https://")
        .or_else(|| link.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.chars().any(char::is_whitespace))
}
