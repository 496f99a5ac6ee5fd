use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::SessionType;
use crate::validate::{Check, Checker, Rule};
use crate::wire;
use crate::Source;

crate::record! {
/// A phase of an annual meeting. IGF 2020 moved online and was split in
/// two: Phase 1 (2-6 November) for pre-events, Dynamic Coalitions, Open
/// Forums, NRI sessions, the Youth Summit and networking; Phase 2 (9-17
/// November) for the High-Level Leaders Track, the parliamentary
/// roundtable, main sessions, workshops, BPF sessions and networking (The
/// IGF 2020 Report §4, §5).
///
/// `session_types` lists the types the phase admits; an empty list admits
/// any type.
///
/// ```
/// use chrono::NaiveDate;
/// use igf_model::{Phase, SessionType};
///
/// let mut phase = Phase::new(
///     1,
///     NaiveDate::from_ymd_opt(2020, 11, 2).unwrap(),
///     NaiveDate::from_ymd_opt(2020, 11, 6).unwrap(),
/// );
/// phase.session_types = vec![SessionType::OpenForum, SessionType::PreEvent];
/// assert!(phase.admits(&SessionType::OpenForum));
/// assert!(!phase.admits(&SessionType::Workshop));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Phase {
    /// The phase's number, from 1.
    #[schemars(range(min = 1))]
    #[serde(deserialize_with = "wire::int")]
    pub number: u8,
    /// The phase's name, where it has one other than its number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The first day of the phase.
    #[serde(deserialize_with = "wire::date")]
    pub start_date: NaiveDate,
    /// The last day of the phase.
    #[serde(deserialize_with = "wire::date")]
    pub end_date: NaiveDate,
    /// The session types the phase admits; empty admits any.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub session_types: Vec<SessionType>,
    /// Where the phase is stated, when not the meeting's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}
source: optional
}

impl Phase {
    /// A phase with its number and dates, admitting any session type.
    pub fn new(number: u8, start_date: NaiveDate, end_date: NaiveDate) -> Self {
        Phase {
            number,
            name: None,
            start_date,
            end_date,
            session_types: Vec::new(),
            source: None,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }

    /// True when the phase admits sessions of type `session_type`.
    pub fn admits(&self, session_type: &SessionType) -> bool {
        self.session_types.is_empty() || self.session_types.contains(session_type)
    }

    /// True when `date` falls within the phase.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start_date <= date && date <= self.end_date
    }
}

impl Check for Phase {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.counted_from_one("number", Some(u64::from(self.number)), "the phase's number");
        c.writable(
            "start_date",
            crate::wire::date_writable(self.start_date),
            || self.start_date.to_string(),
        );
        c.writable(
            "end_date",
            crate::wire::date_writable(self.end_date),
            || self.end_date.to_string(),
        );
        c.opt_text("name", self.name.as_deref(), "the phase's name");
        if self.end_date < self.start_date {
            c.report_at(
                "end_date",
                Rule::DateOrder,
                format!(
                    "phase {} ends on {} before it starts on {}: swap or correct the dates",
                    self.number, self.end_date, self.start_date
                ),
            );
        }
        c.all_known("session_types", &self.session_types);
        if let Some(source) = &self.source {
            c.field("source", |c| source.check(c));
        }
    }
}
