use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::figure::check_figure_set;
use super::{Figure, MessageSet, Phase, Session, SessionKey, Track};
use crate::enums::closed_enum;
use crate::validate::{Checker, Finding, Rule, Validate};
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
        #[serde(default, skip_serializing_if = "Option::is_none")]
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
/// assert_eq!(findings[0].code.code(), "consistency.edition_year");
/// assert_eq!(findings[0].path, "/edition");
/// # Ok::<(), igf_model::InvalidYear>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Meeting {
    /// The year of the meeting.
    pub year: Year,
    /// The edition number as published ("15th"): year - 2005.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub edition: Option<u16>,
    /// The overarching theme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// Who hosted the meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<Host>,
    /// How the meeting was held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<MeetingFormat>,
    /// The first day of the meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<NaiveDate>,
    /// The last day of the meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
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

    /// Every rule that needs only this meeting: shape, its own consistency,
    /// and references among its tracks, phases, sessions and figures.
    pub(crate) fn check(&self, c: &mut Checker) {
        c.extensions(&self.extensions);
        c.year_at("year", self.year);
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
            c.field("host", |c| c.extensions(host.extensions()));
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
        let refs = Refs {
            tracks: self.tracks.iter().map(|t| t.name.as_str()).collect(),
            phases: self.phases.iter().map(|p| (p.number, p)).collect(),
        };
        self.check_sessions(c, &refs);
        self.check_figures(c, &refs);
        c.each("messages", &self.messages, |c, m| {
            m.check(c);
            self.check_track_ref(c, &refs, m.track.as_deref());
        });
        c.field("source", |c| self.source.check(c));
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

    fn check_track_ref(&self, c: &mut Checker, refs: &Refs<'_>, track: Option<&str>) {
        let Some(track) = track else { return };
        if !refs.tracks.contains(track) {
            let known: Vec<&str> = self.tracks.iter().map(|t| t.name.as_str()).collect();
            c.report_at(
                "track",
                Rule::UnknownTrack,
                format!(
                    "track {track:?} is not a track of the {} meeting (its tracks: {})",
                    self.year,
                    known.join(", ")
                ),
            );
        }
    }

    fn check_phase_ref<'a>(
        &self,
        c: &mut Checker,
        refs: &Refs<'a>,
        phase: Option<u8>,
    ) -> Option<&'a Phase> {
        let number = phase?;
        let found = refs.phases.get(&number).copied();
        if found.is_none() {
            c.report_at(
                "phase",
                Rule::UnknownPhase,
                format!(
                    "phase {number} is not a phase of the {} meeting, which has {} phase(s)",
                    self.year,
                    self.phases.len()
                ),
            );
        }
        found
    }

    fn check_sessions(&self, c: &mut Checker, refs: &Refs<'_>) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        c.each("sessions", &self.sessions, |c, s| {
            s.check(c);
            self.check_track_ref(c, refs, s.track.as_deref());
            let phase = self.check_phase_ref(c, refs, s.phase);
            if let Some(phase) = phase {
                if !phase.admits(&s.session_type) {
                    c.report_at(
                        "session_type",
                        Rule::SessionTypeInPhase,
                        format!(
                            "a {} session is not admitted in phase {}, which admits: {}",
                            s.session_type,
                            phase.number,
                            phase
                                .session_types
                                .iter()
                                .map(ToString::to_string)
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    );
                }
            }
            self.check_session_dates(c, s, phase);
        });
        for (i, s) in self.sessions.iter().enumerate() {
            if let SessionKey::Numbered(code) = s.key() {
                if let Some(first) = seen.insert(code, i) {
                    seen.insert(code, first);
                    c.field("sessions", |c| {
                        c.index(i, |c| {
                            c.report_at(
                                "code",
                                Rule::DuplicateSessionCode,
                                format!("session code {code:?} is already used by sessions/{first} of the {} meeting", self.year),
                            )
                        })
                    });
                }
            }
        }
    }

    fn check_session_dates(&self, c: &mut Checker, s: &Session, phase: Option<&Phase>) {
        let Some(slot) = &s.time_slot else { return };
        let (start, end, what) = match phase {
            Some(p) => (p.start_date, p.end_date, format!("phase {}", p.number)),
            None => match (self.start_date, self.end_date) {
                (Some(start), Some(end)) => (start, end, "the meeting".to_owned()),
                _ => return,
            },
        };
        let (day_start, day_end) = (slot.start.date_naive(), slot.end.date_naive());
        if day_start < start || day_end > end {
            c.report_at(
                "time_slot",
                Rule::SessionOutsidePhase,
                format!(
                    "the session runs {} to {}, outside {what} ({start} to {end})",
                    slot.start, slot.end
                ),
            );
        }
    }

    fn check_figures(&self, c: &mut Checker, refs: &Refs<'_>) {
        c.each("figures", &self.figures, |c, f| {
            f.check(c);
            self.check_track_ref(c, refs, f.track.as_deref());
            self.check_phase_ref(c, refs, f.phase);
        });
        check_figure_set(c, &self.figures);
    }
}

/// A meeting's tracks and phases, indexed once for the references to them.
struct Refs<'a> {
    tracks: HashSet<&'a str>,
    phases: HashMap<u8, &'a Phase>,
}

impl Validate for Meeting {
    fn validate(&self) -> Vec<Finding> {
        Checker::run(|c| self.check(c))
    }
}
