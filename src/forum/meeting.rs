use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Figure, MessageSet, Phase, Session, Track};
use crate::enums::closed_enum;
use crate::validate::{Check, Checker, Rule};
use crate::{Source, WsisActionLine, Year};

closed_enum! {
    /// How an annual meeting was held: every IGF until 2019 met in person,
    /// 2020 was the first entirely online IGF (seed 001 §3.1), and from 2021
    /// meetings have been hybrid. A closed list.
    ///
    /// ```
    /// use igf_model::MeetingFormat;
    /// assert_eq!(MeetingFormat::InPerson.to_string(), "in_person");
    /// ```
    #[non_exhaustive]
    pub enum MeetingFormat in "snake_case" {
        /// Everyone in one place.
        InPerson,
        /// Entirely online.
        Online,
        /// In person with online participation.
        Hybrid,
    }
}

/// Who hosted an annual meeting: a host government, in a city (Germany,
/// Berlin, 2019; Poland, Katowice, 2021), or, in 2020, the United Nations
/// Secretariat itself through UN DESA, online (seed 001 §3.1).
///
/// ```
/// use igf_model::Host;
///
/// let host = Host::government("Germany", Some("Berlin".into()));
/// assert_eq!(serde_json::to_string(&host)?, r#"{"kind":"government","country":"Germany","city":"Berlin"}"#);
/// let un: Host = serde_json::from_str(r#"{"kind":"united_nations","entity":"UN DESA"}"#)?;
/// assert_eq!(un, Host::united_nations("UN DESA"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Host {
    /// A host government.
    #[non_exhaustive]
    Government {
        /// The host country.
        #[schemars(length(min = 1))]
        country: String,
        /// The host city, where there was one.
        #[serde(skip_serializing_if = "Option::is_none")]
        city: Option<String>,
        /// Members the model does not define.
        #[serde(flatten)]
        extensions: crate::Extensions,
    },
    /// The United Nations Secretariat.
    #[non_exhaustive]
    UnitedNations {
        /// The UN entity that hosted, such as `"UN DESA"`.
        #[schemars(length(min = 1))]
        entity: String,
        /// Members the model does not define.
        #[serde(flatten)]
        extensions: crate::Extensions,
    },
}

impl Host {
    /// A host government, with its city where there was one.
    pub fn government(country: impl Into<String>, city: Option<String>) -> Self {
        Host::Government {
            country: country.into(),
            city,
            extensions: crate::Extensions::new(),
        }
    }

    /// The UN Secretariat, through `entity` (such as `"UN DESA"`).
    pub fn united_nations(entity: impl Into<String>) -> Self {
        Host::UnitedNations {
            entity: entity.into(),
            extensions: crate::Extensions::new(),
        }
    }

    /// The members of the host the model does not define.
    pub fn extensions(&self) -> &crate::Extensions {
        match self {
            Host::Government { extensions, .. } | Host::UnitedNations { extensions, .. } => {
                extensions
            }
        }
    }
}

/// An annual meeting of the IGF: its year and edition (the 1st was 2006, so
/// the 15th is 2020), overarching theme, host, format, dates and phases,
/// thematic tracks, sessions, published figures and messages, and the WSIS
/// action lines its work implements.
///
/// ```
/// use igf_model::{Host, Meeting, MeetingFormat, Source, Track, Validate, Year};
///
/// let mut meeting = Meeting::new(Year::new(2020)?, Source::new("IGF 2020 final report (seed 001)"));
/// meeting.edition = Some(15);
/// meeting.theme = Some("Internet for human resilience and solidarity".into());
/// meeting.host = Some(Host::united_nations("UN DESA"));
/// meeting.format = Some(MeetingFormat::Online);
/// meeting.tracks.push(Track::new("Data"));
/// assert!(meeting.validate().is_empty());
///
/// meeting.edition = Some(14);
/// let findings = meeting.validate();
/// assert_eq!(findings[0].code(), "consistency.edition_year");
/// assert_eq!(findings[0].path, "/edition");
/// # Ok::<(), igf_model::InvalidYear>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Meeting {
    /// The year of the meeting.
    pub year: Year,
    /// The edition number as published ("15th"): year - 2005.
    #[serde(
        default,
        deserialize_with = "crate::wire::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(range(min = 1))]
    pub edition: Option<u16>,
    /// The overarching theme.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// Who hosted the meeting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<Host>,
    /// How the meeting was held.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<MeetingFormat>,
    /// The first day of the meeting.
    #[serde(
        default,
        deserialize_with = "crate::wire::opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_date: Option<NaiveDate>,
    /// The last day of the meeting.
    #[serde(
        default,
        deserialize_with = "crate::wire::opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_date: Option<NaiveDate>,
    /// The meeting's phases, where it had more than one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<Phase>,
    /// The meeting's thematic tracks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tracks: Vec<Track>,
    /// The meeting's sessions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<Session>,
    /// The figures published about the meeting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// Messages and key takeaways, per track and per High-Level Leaders Track theme.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<MessageSet>,
    /// The WSIS action lines the meeting's work implements.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wsis_action_lines: Vec<WsisActionLine>,
    /// Where the meeting is described.
    pub source: Source,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl Meeting {
    /// A meeting of `year`, with nothing else known yet.
    pub fn new(year: Year, source: Source) -> Self {
        Meeting {
            year,
            edition: None,
            theme: None,
            host: None,
            format: None,
            start_date: None,
            end_date: None,
            phases: Vec::new(),
            tracks: Vec::new(),
            sessions: Vec::new(),
            figures: Vec::new(),
            messages: Vec::new(),
            wsis_action_lines: Vec::new(),
            source,
            extensions: crate::Extensions::new(),
        }
    }

    /// The track named `name`, if the meeting has it.
    pub fn track(&self, name: &str) -> Option<&Track> {
        self.tracks.iter().find(|t| t.name == name)
    }

    /// The phase numbered `number`, if the meeting has it.
    pub fn phase(&self, number: u8) -> Option<&Phase> {
        self.phases.iter().find(|p| p.number == number)
    }

    fn check_phases(&self, c: &mut Checker) {
        c.each("phases", &self.phases, |c, p| p.check(c));
        for (i, pair) in self.phases.windows(2).enumerate() {
            let (a, b) = (&pair[0], &pair[1]);
            if b.number <= a.number || b.start_date <= a.end_date {
                c.field("phases", |c| {
                    c.index(i + 1, |c| {
                        c.report(
                            Rule::PhaseOrder,
                            format!(
                                "phase {} ({} to {}) does not follow phase {} ({} to {}): phases are numbered in date order and do not overlap",
                                b.number, b.start_date, b.end_date, a.number, a.start_date, a.end_date
                            ),
                        )
                    })
                });
            }
        }
        if let (Some(start), Some(end)) = (self.start_date, self.end_date) {
            for (i, p) in self.phases.iter().enumerate() {
                if p.start_date < start || p.end_date > end {
                    c.field("phases", |c| {
                        c.index(i, |c| {
                            c.report(
                                Rule::PhaseOrder,
                                format!(
                                    "phase {} ({} to {}) lies outside the meeting's dates ({start} to {end})",
                                    p.number, p.start_date, p.end_date
                                ),
                            )
                        })
                    });
                }
            }
        }
    }
}

impl Check for Meeting {
    fn check(&self, c: &mut Checker) {
        self.check_own(c);
        // The references among the meeting's own records.
        crate::validate::check_meeting_references(c, self);
    }
}

impl Meeting {
    /// The meeting's own rules and its records' own rules, without the
    /// references among them (under `validate/`).
    pub(crate) fn check_own(&self, c: &mut Checker) {
        self.extensions.check(c);
        c.field("year", |c| self.year.check(c));
        c.counted_from_one("edition", self.edition.map(u64::from), "the edition");
        if let Some(d) = self.start_date {
            c.writable("start_date", crate::wire::date_writable(d), || {
                d.to_string()
            });
        }
        if let Some(d) = self.end_date {
            c.writable("end_date", crate::wire::date_writable(d), || d.to_string());
        }
        if let Some(edition) = self.edition {
            let expected = self.year.edition();
            if i32::from(edition) != expected {
                c.report_at(
                    "edition",
                    Rule::EditionYear,
                    format!("edition {edition} does not match year {}: the IGF of {} is edition {expected} (year - 2005)", self.year, self.year),
                );
            }
        }
        c.opt_text("theme", self.theme.as_deref(), "the meeting's theme");
        if let Some(host) = &self.host {
            c.field("host", |c| host.extensions().check(c));
            c.field("host", |c| match host {
                Host::Government { country, city, .. } => {
                    c.text("country", country, "the host country");
                    c.opt_text("city", city.as_deref(), "the host city");
                }
                Host::UnitedNations { entity, .. } => {
                    c.text("entity", entity, "the hosting UN entity")
                }
            });
        }
        if let (Some(start), Some(end)) = (self.start_date, self.end_date) {
            if end < start {
                c.report_at(
                    "end_date",
                    Rule::DateOrder,
                    format!("the meeting ends on {end} before it starts on {start}: swap or correct the dates"),
                );
            }
        }
        self.check_phases(c);
        c.each("tracks", &self.tracks, |c, t| t.check(c));
        c.each("sessions", &self.sessions, |c, s| s.check(c));
        c.each("figures", &self.figures, |c, f| f.check(c));
        c.each("messages", &self.messages, |c, m| m.check(c));
        c.field("source", |c| self.source.check(c));
    }
}
