use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{CoLocatedEvent, Donor, Figure, Host, MessageSet, Milestone, Phase, Session, Track};
use crate::enums::open_enum;
use crate::validate::{Check, Checker, Rule};
use crate::wire;
use crate::{Source, WsisActionLine, Year};

open_enum! {
    /// How an annual meeting was held: every IGF until 2019 met in person,
    /// 2020 was the first entirely online IGF (The IGF 2020 Report §3.1), and
    /// from 2021 meetings have been hybrid. An open list.
    ///
    /// ```
    /// use igf_model::MeetingFormat;
    /// assert_eq!(MeetingFormat::InPerson.to_string(), "in_person");
    /// ```
    pub enum MeetingFormat in "snake_case" {
        /// Everyone in one place.
        InPerson,
        /// Entirely online.
        Online,
        /// In person with online participation.
        Hybrid,
    }
}

crate::record! {
/// An annual meeting of the IGF: its year and edition (the 1st was 2006, so
/// the 15th is 2020), overarching theme (in each wording published), hosts,
/// format, Day 0 and official dates, phases, tracks, sessions, published
/// figures and messages, the coverage of its lists, the WSIS action lines its work implements, and its
/// preparation: timeline, donors and co-located events.
///
/// Day 0 is the day before the official opening, with its own events (the
/// Youth Summit of 2021, the Day 0 events of 2022-2025): `day_zero` holds
/// its date, and `start_date` the first official day, in every meeting;
/// sessions on Day 0 belong to the meeting.
///
/// ```
/// use igf_model::{Host, Meeting, MeetingFormat, Source, Track, Validate, Year};
///
/// let mut meeting = Meeting::new(Year::new(2020)?, Source::new("igf-2020-report"));
/// meeting.edition = Some(15);
/// meeting.theme = Some("Internet for human resilience and solidarity".into());
/// meeting.hosts.push(Host::united_nations("UN DESA"));
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
    #[schemars(extend("minimum" = crate::year::FIRST_IGF_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    pub year: Year,
    /// The edition number as published ("15th"): year - 2005.
    #[serde(default, deserialize_with = "wire::opt_int", skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub edition: Option<u16>,
    /// The overarching theme, as the meeting's main source prints it (other
    /// wordings are statements of `theme`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// Who hosted the meeting: one host or several (a host government with
    /// a UN entity, as in 2022 and 2025).
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub hosts: Vec<Host>,
    /// How the meeting was held.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<MeetingFormat>,
    /// Day 0: the day before the official opening, where the meeting had one.
    #[serde(default, deserialize_with = "wire::opt_date", skip_serializing_if = "Option::is_none")]
    pub day_zero: Option<NaiveDate>,
    /// The first official day of the meeting (Day 0 is `day_zero`).
    #[serde(default, deserialize_with = "wire::opt_date", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<NaiveDate>,
    /// The last day of the meeting.
    #[serde(default, deserialize_with = "wire::opt_date", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
    /// The offset from UTC of the place the meeting was held, in which its
    /// sessions' local clock times (`local_start`, `local_end`) are read:
    /// `+01:00` for Paris in November 2018.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub utc_offset: Option<super::UtcOffset>,
    /// The meeting's phases, where it had more than one.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<Phase>,
    /// The meeting's thematic tracks.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub tracks: Vec<Track>,
    /// The meeting's sessions.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<Session>,
    /// The figures published about the meeting.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// Messages and key takeaways, per track and per High-Level Leaders Track theme.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<MessageSet>,
    /// The WSIS action lines the meeting's work implements.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub wsis_action_lines: Vec<WsisActionLine>,
    /// The preparatory timeline: calls, deadlines, MAG meetings.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub timeline: Vec<Milestone>,
    /// The donors the meeting's documents thank.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub donors: Vec<Donor>,
    /// Events held alongside the meeting, not part of its programme.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub co_located_events: Vec<CoLocatedEvent>,
    /// What the lists of the record cover: every item, or a sample (see
    /// [`Coverage`](crate::Coverage)).
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub coverage: Vec<crate::Coverage>,
    /// Where the meeting is described.
    pub source: Source,
}
source: source
}

impl Meeting {
    /// A meeting of `year`, with nothing else known yet.
    pub fn new(year: Year, source: Source) -> Self {
        Meeting {
            year,
            edition: None,
            theme: None,
            hosts: Vec::new(),
            format: None,
            day_zero: None,
            start_date: None,
            end_date: None,
            utc_offset: None,
            phases: Vec::new(),
            tracks: Vec::new(),
            sessions: Vec::new(),
            figures: Vec::new(),
            messages: Vec::new(),
            wsis_action_lines: Vec::new(),
            timeline: Vec::new(),
            donors: Vec::new(),
            co_located_events: Vec::new(),
            coverage: Vec::new(),
            source,
            note: None,
            statements: Vec::new(),
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
        self.check_own(c, |_, _, _| {});
        // The references among the meeting's own records.
        crate::validate::check_meeting_references(c, self);
    }
}

impl Meeting {
    /// The meeting's own rules and its records' own rules, without the
    /// references among them (under `validate/`). `each_session` runs after
    /// each session's own rules, at the session's position, with its index:
    /// the validator checks the rules across records there, while the
    /// session is at hand.
    pub(crate) fn check_own<'a>(
        &'a self,
        c: &mut Checker,
        mut each_session: impl FnMut(&mut Checker, usize, &'a Session),
    ) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.field("year", |c| self.year.check(c));
        c.counted_from_one("edition", self.edition.map(u64::from), "the edition");
        c.dates(self.start_date, self.end_date, "the meeting");
        c.date("day_zero", self.day_zero);
        if let (Some(day_zero), Some(start)) = (self.day_zero, self.start_date) {
            if day_zero >= start {
                c.report_at(
                    "day_zero",
                    Rule::DateOrder,
                    format!("Day 0 ({day_zero}) is not before the meeting's first official day ({start}): Day 0 precedes the opening"),
                );
            }
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
        c.opt_known("format", self.format.as_ref());
        crate::provenance::check_coverage(c, &self.coverage, crate::schema::lists_of("Meeting"));
        c.each("hosts", &self.hosts, |c, h| h.check(c));
        self.check_phases(c);
        c.each("tracks", &self.tracks, |c, t| t.check(c));
        c.field("sessions", |c| {
            for (j, s) in self.sessions.iter().enumerate() {
                c.index(j, |c| {
                    s.check(c);
                    each_session(c, j, s);
                });
            }
        });
        c.each("figures", &self.figures, |c, f| f.check(c));
        c.each("messages", &self.messages, |c, m| m.check(c));
        c.all_known("wsis_action_lines", &self.wsis_action_lines);
        c.each("timeline", &self.timeline, |c, m| m.check(c));
        c.each("donors", &self.donors, |c, d| d.check(c));
        c.each("co_located_events", &self.co_located_events, |c, e| {
            e.check(c)
        });
        c.field("source", |c| self.source.check(c));
    }
}
