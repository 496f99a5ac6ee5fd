use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::enums::open_enum;
use crate::validate::{Check, Checker, Rule};
use crate::Source;

open_enum! {
    /// How a [`Statement`] stands to the value its record adopts (after
    /// Wikidata's statement ranks). An open list.
    ///
    /// ```
    /// use igf_model::Rank;
    /// assert_eq!(Rank::Misprint.to_string(), "misprint");
    /// ```
    pub enum Rank {
        /// The reading the record adopts: the same value, stated (and
        /// perhaps printed differently) by this document.
        Adopted,
        /// Another reading: what this document states, which the record
        /// does not adopt. A statement without a rank is one.
        Alternative,
        /// A known misprint: kept as printed, never compared.
        Misprint,
    }
}

/// One document's statement of one member of a record: the value as the
/// model reads it, the text as printed, the citation, a note and a
/// [`Rank`].
///
/// The record's member keeps the plain value it adopts, so
/// `meeting.start_date` stays a one-line read; its `statements` hold what
/// each document printed. A statement's `value` is read as the member it
/// states (a date for `start_date`, a year for `founded`): a value of the
/// wrong type is an error (`statement.value_type`), and so is a statement of
/// a member the record does not have (`statement.unknown_member`). A value
/// that differs from the adopted one, or, where the record adopts none, from
/// the first statement of the member, is reported as a warning naming both
/// documents (`sources.disagree`); a [misprint](Rank::Misprint) is not.
///
/// ```
/// use igf_model::chrono::NaiveDate;
/// use igf_model::{Meeting, Source, Statement, Validate, Year};
///
/// let mut meeting = Meeting::new(Year::new(2019)?, Source::new("undesa-2019"));
/// meeting.start_date = NaiveDate::from_ymd_opt(2019, 11, 25);
/// let mut press = Statement::new("start_date", "2019-11-26", Source::new("press-2019"));
/// press.as_printed = Some("November 26 to 29".into());
/// meeting.statements.push(press);
/// let findings = meeting.validate();
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].code(), "sources.disagree");
/// assert_eq!(findings[0].path, "/statements/0/value");
/// # Ok::<(), igf_model::InvalidYear>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Statement {
    /// The member of the record the statement states, by its JSON name.
    #[schemars(length(min = 1))]
    pub member: String,
    /// The value as the model reads it: what the member would hold.
    /// Absent (null) where the document prints text the model reads as no
    /// value (a room layout where a session format is expected, a cut-off
    /// text): such a statement keeps the printing and is never compared.
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub value: Value,
    /// How exact a stated number is, as printed: "more than 3000" is 3000
    /// `more_than`, "about 2000" 2000 `approximately`; absent for an exact
    /// value. A qualified statement is compared by the range of values it
    /// allows, as figures are ([`Qualifier::range`](crate::Qualifier::range)):
    /// a figure's further publications are statements of its `value`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<crate::Qualifier>,
    /// The upper value of a `between` statement ("between 50 and 55": 55).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_to: Option<serde_json::Number>,
    /// The text exactly as the document prints it, where it differs from
    /// `value` ("25 to 29 November").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_printed: Option<String>,
    /// The document that states it.
    pub source: Source,
    /// A curator's note on the statement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// How the statement stands to the adopted value; absent for another
    /// reading ([`Rank::Alternative`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<Rank>,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl Statement {
    /// A statement of `member` with `value`, by `source`.
    pub fn new(member: impl Into<String>, value: impl Into<Value>, source: Source) -> Self {
        Statement {
            member: member.into(),
            value: value.into(),
            qualifier: None,
            value_to: None,
            as_printed: None,
            source,
            note: None,
            rank: None,
            extensions: crate::Extensions::new(),
        }
    }

    /// The same statement with a rank.
    #[must_use]
    pub fn ranked(mut self, rank: Rank) -> Self {
        self.rank = Some(rank);
        self
    }

    /// The same statement with a qualifier of its number ("more than
    /// 3000"), and the upper value of a `between`.
    ///
    /// ```
    /// use igf_model::{Qualifier, Source, Statement};
    ///
    /// let s = Statement::new("value", 3000, Source::new("press-2018"))
    ///     .qualified(Qualifier::MoreThan, None)
    ///     .printed("more than 3000");
    /// assert_eq!(s.qualifier, Some(Qualifier::MoreThan));
    /// ```
    #[must_use]
    pub fn qualified(
        mut self,
        qualifier: crate::Qualifier,
        value_to: Option<serde_json::Number>,
    ) -> Self {
        self.qualifier = Some(qualifier);
        self.value_to = value_to;
        self
    }

    /// The range of numbers the statement allows (see
    /// [`Qualifier::range`](crate::Qualifier::range)); `None` for a value
    /// that is not a number, or a range that cannot be said.
    fn range(&self) -> Option<Range> {
        crate::Qualifier::range(
            self.qualifier.as_ref(),
            self.value.as_f64()?,
            self.value_to.as_ref().and_then(serde_json::Number::as_f64),
        )
    }

    /// The same statement with the text as printed.
    #[must_use]
    pub fn printed(mut self, text: impl Into<String>) -> Self {
        self.as_printed = Some(text.into());
        self
    }

    fn is_misprint(&self) -> bool {
        self.rank == Some(Rank::Misprint)
    }
}

impl Check for Statement {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        c.text("member", &self.member, "the stated member");
        c.opt_text("as_printed", self.as_printed.as_deref(), "the printed text");
        c.opt_text("note", self.note.as_deref(), "the statement's note");
        c.opt_known("rank", self.rank.as_ref());
        c.opt_known("qualifier", self.qualifier.as_ref());
        if self.qualifier.is_some() && !self.value.is_number() && !self.value.is_null() {
            c.report_at(
                "qualifier",
                Rule::StatementValueType,
                format!(
                    "a qualifier qualifies a number; the value {} is not one",
                    show(&self.value)
                ),
            );
        }
        c.field("source", |c| self.source.check(c));
    }
}

/// A record that carries a note and statements: every record of the model
/// but the dataset and the citations themselves.
pub(crate) trait Curated: Serialize + DeserializeOwned + JsonSchema {
    /// The record's note, its statements, and its own source (if it has one).
    fn curation(&self) -> (Option<&str>, &[Statement], Option<&Source>);
    /// The record's members the model does not define.
    fn extensions(&self) -> &crate::Extensions;
}

/// Implements [`Curated`] for records whose `note` and `statements` fields
/// have those names, with their source as a `Source`, an `Option<Source>`
/// or none.
macro_rules! curated {
    ($($ty:ty => $source:ident),+ $(,)?) => {
        $(impl crate::provenance::Curated for $ty {
            fn curation(&self) -> (Option<&str>, &[crate::Statement], Option<&crate::Source>) {
                (self.note.as_deref(), &self.statements, crate::provenance::curated!(@source self $source))
            }
            fn extensions(&self) -> &crate::Extensions {
                &self.extensions
            }
        })+
    };
    (@source $self:ident source) => { Some(&$self.source) };
    (@source $self:ident optional) => { $self.source.as_ref() };
    (@source $self:ident none) => { None };
}
pub(crate) use curated;

/// Defines a record of the model: the struct as written, then the members
/// every record has, a `note`, its `statements` and its `extensions` (and,
/// for a named body, `other_names` before them), and [`Curated`] for it.
/// `source:` says how the record cites its source (`source`, `optional` or
/// `none`).
macro_rules! record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $($body:tt)* }
        source: $source:ident, named
    ) => {
        crate::record! {
            $(#[$meta])*
            pub struct $name {
                $($body)*
                /// Other names of the body, current and former, each with its years
                /// and source where known (see [`OtherName`](crate::OtherName)).
                #[serde(default, deserialize_with = "crate::wire::list", skip_serializing_if = "Vec::is_empty")]
                #[schemars(with = "crate::provenance::OtherNames")]
                pub other_names: Vec<crate::OtherName>,
            }
            source: $source
        }
    };
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $($body:tt)* }
        source: $source:ident
    ) => {
        $(#[$meta])*
        pub struct $name {
            $($body)*
            /// A curator's note on the record (Popolo's `note`).
            #[serde(skip_serializing_if = "Option::is_none")]
            pub note: Option<String>,
            /// What documents state of the record's members, each with its own
            /// source (see [`Statement`](crate::Statement)).
            #[serde(default, deserialize_with = "crate::wire::list", skip_serializing_if = "Vec::is_empty")]
            pub statements: Vec<crate::Statement>,
            /// Members the model does not define: `x-` extension members, and
            /// members of a newer format version (see [`Extensions`](crate::Extensions)).
            #[serde(flatten)]
            pub extensions: crate::Extensions,
        }
        crate::provenance::curated!($name => $source);
    };
}
pub(crate) use record;

/// The members each record type may state, by schema name: every member
/// but its note, statements and source, and but the members that hold
/// records of their own (which carry their own statements). The committed
/// schema types statements from the same list
/// ([`schema::statable_members`](crate::schema::statable_members)).
fn statable(record: &str) -> Option<&'static [&'static str]> {
    let table = super::members::STATABLE;
    table
        .binary_search_by(|(name, _)| (*name).cmp(record))
        .ok()
        .map(|at| table[at].1)
}

/// The values a number allows, as [`Qualifier::range`](crate::Qualifier::range) gives them.
type Range = (f64, bool, f64, bool);

/// How a record states one of its numbers, where its own members qualify
/// it (a figure's `value` by its `qualifier` and `value_to`, and printed
/// as its `as_published`): what statements of the member are compared with.
pub(crate) struct Adopted<'a> {
    /// The range the record's qualifier allows: `None` for a number stated
    /// exactly, `Some(None)` for a qualifier whose range cannot be said.
    pub(crate) range: Option<Option<Range>>,
    /// The number as the record's document prints it.
    pub(crate) printed: Option<&'a str>,
}

/// The rules of a record's note and statements: each statement's own
/// rules, its member and the type of its value, and where it disagrees
/// with the adopted value or an earlier statement.
pub(crate) fn check_curated<T: Curated>(record: &T, c: &mut Checker) {
    check_curated_adopted(record, c, |_| None);
}

/// [`check_curated`] for a record that qualifies some of its numbers:
/// `adopted` says how it states a member, where it qualifies it.
pub(crate) fn check_curated_adopted<'a, T: Curated>(
    record: &'a T,
    c: &mut Checker,
    adopted: impl Fn(&str) -> Option<Adopted<'a>>,
) {
    let (note, statements, own) = record.curation();
    c.opt_text("note", note, "the note");
    if statements.is_empty() {
        return;
    }
    let Ok(Value::Object(full)) = serde_json::to_value(record) else {
        return;
    };
    // What a statement's value is read into: the record without its lists
    // (they default to empty), so reading costs no more than the record's
    // own members.
    let mut base = full.clone();
    base.retain(|name, value| !value.is_array() && name != "statements");
    let members = statable(&T::schema_name());
    let mut readings: Vec<Option<Value>> = Vec::with_capacity(statements.len());
    c.field("statements", |c| {
        for (i, statement) in statements.iter().enumerate() {
            c.index(i, |c| {
                statement.check(c);
                readings.push(read::<T>(c, statement, members, &base));
            });
        }
    });
    c.field("statements", |c| {
        for (i, statement) in statements.iter().enumerate() {
            let Some(value) = &readings[i] else { continue };
            if statement.is_misprint() || value.is_null() {
                continue;
            }
            let reference = match full.get(&statement.member) {
                Some(adopted) => Some((adopted, own, None)),
                None => statements[..i]
                    .iter()
                    .zip(&readings)
                    .enumerate()
                    .find(|(_, (s, r))| {
                        s.member == statement.member
                            && !s.is_misprint()
                            && r.as_ref().is_some_and(|r| !r.is_null())
                    })
                    .and_then(|(j, (s, r))| r.as_ref().map(|r| (r, Some(&s.source), Some(j)))),
            };
            let Some((reference, cited, earlier)) = reference else {
                continue;
            };
            // The record's own number, as it states it where it qualifies
            // it; an earlier statement has its own qualifier.
            let own_number = earlier.map_or_else(|| adopted(&statement.member), |_| None);
            let reference_range = match (earlier, &own_number) {
                (Some(j), _) => statements[j].range(),
                (
                    None,
                    Some(Adopted {
                        range: Some(range), ..
                    }),
                ) => *range,
                (None, _) => reference.as_f64().map(|v| (v, false, v, false)),
            };
            let qualified = statement.qualifier.is_some()
                || earlier.is_some_and(|j| statements[j].qualifier.is_some())
                || own_number.as_ref().is_some_and(|a| a.range.is_some());
            let agree = match (qualified, statement.range(), reference_range) {
                (true, Some(a), Some(b)) => crate::Qualifier::overlap(a, b),
                // A range that cannot be said is not compared.
                (true, _, _) if value.is_number() && reference.is_number() => true,
                _ => value == reference,
            };
            if agree {
                continue;
            }
            let against = match earlier {
                Some(j) => format!("statement {j}"),
                None => "the record's value".to_owned(),
            };
            let reference_shown = match (earlier, own_number.and_then(|a| a.printed)) {
                (Some(j), _) => shown(&statements[j], reference),
                (None, Some(text)) => format!("{text:?}"),
                (None, None) => show(reference),
            };
            let message = format!(
                "{}: {} ({}) differs from {against} {} ({}); both are kept as published",
                statement.member,
                shown(statement, value),
                cite(c, Some(&statement.source)),
                reference_shown,
                cite(c, cited),
            );
            c.index(i, |c| c.report_at("value", Rule::SourcesDisagree, message));
        }
    });
}

/// Reads `statement`'s value as member `member` of `T`, reporting what
/// does not read; the value as the record would write it.
fn read<T: Curated>(
    c: &mut Checker,
    statement: &Statement,
    members: Option<&[&str]>,
    base: &Map<String, Value>,
) -> Option<Value> {
    let name = &statement.member;
    if !members.is_some_and(|m| m.contains(&name.as_str())) {
        let known: &[&str] = members.unwrap_or_default();
        c.report_at(
            "member",
            Rule::StatementUnknownMember,
            format!(
                "{} has no member {name:?} a statement can state; it may state: {}",
                T::schema_name(),
                known.join(", ")
            ),
        );
        return None;
    }
    // No value: a printing the model reads as none; nothing to read.
    if statement.value.is_null() {
        return Some(Value::Null);
    }
    let mut probe = base.clone();
    probe.insert(name.clone(), statement.value.clone());
    // Read from text, as `load` reads records: the same deserialisers, so
    // statements add no code of their own to a small build (WebAssembly).
    let text = Value::Object(probe).to_string();
    match serde_json::from_str::<T>(&text) {
        Ok(read) if read.extensions().get(name).is_some() => {
            c.report_at(
                "member",
                Rule::StatementUnknownMember,
                format!("{} of this kind has no member {name:?}", T::schema_name()),
            );
            None
        }
        Ok(read) => serde_json::to_value(&read)
            .ok()
            .and_then(|mut v| v.get_mut(name.as_str()).map(Value::take))
            .or(Some(Value::Null)),
        Err(err) => {
            c.report_at(
                "value",
                Rule::StatementValueType,
                format!(
                    "{} does not read as the member {name:?} of {}: {}",
                    show(&statement.value),
                    T::schema_name(),
                    // The position is in the probe's text, not the file's.
                    err.to_string()
                        .split(" at line ")
                        .next()
                        .unwrap_or_default()
                ),
            );
            None
        }
    }
}

/// A statement's value as a finding shows it: a qualified number as
/// printed ("more than 3000"), or with its qualifier.
fn shown(statement: &Statement, value: &Value) -> String {
    match (&statement.qualifier, &statement.as_printed) {
        (Some(_), Some(text)) => format!("{text:?}"),
        (Some(q), None) => format!("{} {}", q.to_string().replace('_', " "), show(value)),
        (None, _) => show(value),
    }
}

/// A value as a finding shows it: text without quotes, the rest as JSON.
fn show(value: &Value) -> String {
    match value {
        Value::String(s) => format!("{s:?}"),
        other => other.to_string(),
    }
}

/// A citation as findings name it: the document's title, and its section.
pub(crate) fn cite(c: &Checker, source: Option<&Source>) -> String {
    let Some(source) = source else {
        return "no source of its own".to_owned();
    };
    let title = c.document_title(&source.document);
    match &source.section {
        Some(section) => format!("{title}, {section}"),
        None => title.to_owned(),
    }
}
