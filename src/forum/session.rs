use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, Utc};

use super::UtcOffset;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Person, SessionCode, SessionReport, SessionType};
use crate::enums::open_enum;
use crate::validate::{Check, Checker, Rule};
use crate::wire;
use crate::{ActivityRef, Source, StakeholderGroup, UnRegionalGroup};

open_enum! {
    /// How a session was held: in person, online or hybrid (2021 on). In
    /// the all-online IGF 2020, sessions were webinars or meetings: "295
    /// events including 235 Webinars and 60 Meetings" (The IGF 2020 Report
    /// §2). An open list.
    ///
    /// ```
    /// use igf_model::SessionFormat;
    /// assert_eq!("webinar".parse::<SessionFormat>().unwrap(), SessionFormat::Webinar);
    /// assert_eq!("hybrid".parse::<SessionFormat>().unwrap(), SessionFormat::Hybrid);
    /// ```
    pub enum SessionFormat {
        /// In person only.
        InPerson,
        /// Online only.
        Online,
        /// In person with online participation.
        Hybrid,
        /// A webinar: speakers on a panel, participants listening and asking.
        Webinar,
        /// A meeting: every participant may speak (networking and several
        /// programme sessions in 2020).
        Meeting,
    }
}

crate::record! {
/// When a session was held, as precisely as the source says: a start and
/// end (or a start alone) with the offset from UTC they were published in
/// (`2024-12-16T10:30:00+03:00` for Riyadh; `Z` for UTC), a date only, or
/// a day of the meeting ("Day 3"; Day 0 is 0). `as_published` keeps the
/// source's own words. Times are compared in UTC.
///
/// ```
/// use igf_model::TimeSlot;
///
/// let slot: TimeSlot = serde_json::from_str(r#"{"start": "2024-12-16T10:30:00+03:00", "end": "2024-12-16T11:30:00+03:00"}"#)?;
/// assert_eq!(slot.start_utc().unwrap().to_rfc3339(), "2024-12-16T07:30:00+00:00");
/// assert_eq!(serde_json::to_string(&slot)?, r#"{"start":"2024-12-16T10:30:00+03:00","end":"2024-12-16T11:30:00+03:00"}"#);
///
/// let day: TimeSlot = serde_json::from_str(r#"{"day": 3}"#)?;
/// assert!(day.start.is_none());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct TimeSlot {
    /// When the session started, with the offset it was published in.
    #[serde(
        default,
        deserialize_with = "wire::opt_local_instant",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::wire::write_local_instant"
    )]
    pub start: Option<DateTime<FixedOffset>>,
    /// When the session ended, with the offset it was published in.
    #[serde(
        default,
        deserialize_with = "wire::opt_local_instant",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::wire::write_local_instant"
    )]
    pub end: Option<DateTime<FixedOffset>>,
    /// When the session started, as a local clock time with no offset
    /// (`2018-11-13T16:30`), read in the meeting's `utc_offset`: the form
    /// of pages that print a time without a zone.
    #[serde(
        default,
        deserialize_with = "super::local_time::opt_local",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::local_time::write_local"
    )]
    #[schemars(schema_with = "super::local_time::local_schema")]
    pub local_start: Option<NaiveDateTime>,
    /// When the session ended, as a local clock time with no offset.
    #[serde(
        default,
        deserialize_with = "super::local_time::opt_local",
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::local_time::write_local"
    )]
    #[schemars(schema_with = "super::local_time::local_schema")]
    pub local_end: Option<NaiveDateTime>,
    /// The day it was held, where only the date is known.
    #[serde(default, deserialize_with = "wire::opt_date", skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The day of the meeting it was held on ("Day 3"), Day 0 being 0.
    #[serde(default, deserialize_with = "wire::opt_int", skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
    /// The time as the source prints it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_published: Option<String>,
}
source: none
}

impl TimeSlot {
    /// The slot from `start` to `end`, in UTC.
    pub fn new(start: DateTime<Utc>, end: DateTime<Utc>) -> Self {
        TimeSlot {
            start: Some(start.fixed_offset()),
            end: Some(end.fixed_offset()),
            ..TimeSlot::default()
        }
    }

    /// The start in UTC, where known.
    pub fn start_utc(&self) -> Option<DateTime<Utc>> {
        self.start.map(|t| t.with_timezone(&Utc))
    }

    /// The end in UTC, where known.
    pub fn end_utc(&self) -> Option<DateTime<Utc>> {
        self.end.map(|t| t.with_timezone(&Utc))
    }

    /// The local day the session was held on, as published: the date, or
    /// the start's date in the offset it was published in, or the local
    /// start's date.
    pub fn local_date(&self) -> Option<NaiveDate> {
        self.date
            .or_else(|| self.start.as_ref().and_then(crate::wire::local_date))
            .or_else(|| self.local_start.map(|t| t.date()))
    }

    /// The start as an instant: `start`, or else `local_start` read in
    /// `offset` (the meeting's).
    ///
    /// ```
    /// use igf_model::{TimeSlot, UtcOffset};
    ///
    /// let slot: TimeSlot = serde_json::from_str(r#"{"local_start": "2018-11-13T16:30"}"#)?;
    /// let paris: UtcOffset = "+01:00".parse().unwrap();
    /// assert_eq!(slot.start_in(Some(paris)).unwrap().to_rfc3339(), "2018-11-13T16:30:00+01:00");
    /// assert!(slot.start_in(None).is_none());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn start_in(&self, offset: Option<UtcOffset>) -> Option<DateTime<FixedOffset>> {
        self.start
            .or_else(|| offset.and_then(|o| o.read(self.local_start?)))
    }

    /// The end as an instant: `end`, or else `local_end` read in `offset`.
    pub fn end_in(&self, offset: Option<UtcOffset>) -> Option<DateTime<FixedOffset>> {
        self.end
            .or_else(|| offset.and_then(|o| o.read(self.local_end?)))
    }
}

impl Check for TimeSlot {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        for (key, at) in [("start", self.start), ("end", self.end)] {
            if let Some(t) = at {
                c.writable(key, crate::wire::local_instant_writable(&t), || {
                    t.to_rfc3339()
                });
            }
        }
        c.date("date", self.date);
        c.opt_text(
            "as_published",
            self.as_published.as_deref(),
            "the printed time",
        );
        if let (Some(start), Some(end)) = (self.local_start, self.local_end) {
            if end < start {
                c.report_at(
                    "local_end",
                    Rule::DateOrder,
                    format!(
                        "the session ends at {} before it starts at {} (local times)",
                        super::show_local(end),
                        super::show_local(start)
                    ),
                );
            }
        }
        if let (Some(start), Some(end)) = (self.start, self.end) {
            if end < start {
                c.report_at(
                    "end",
                    Rule::DateOrder,
                    format!("the session ends at {end} before it starts at {start}"),
                );
            }
        }
        if let (Some(date), Some(start)) = (self.date, self.start) {
            if crate::wire::local_date(&start).is_some_and(|day| day != date) {
                c.report_at(
                    "date",
                    Rule::DateOrder,
                    format!("the session's date {date} is not the day it starts on ({start}, local time as published)"),
                );
            }
        }
    }
}

crate::record! {
/// An organiser of a session: a person or organisation, with the
/// stakeholder group and UN regional group the session proposal gave.
///
/// ```
/// use igf_model::{Organiser, StakeholderGroup};
///
/// let mut org = Organiser::new("Web Foundation");
/// org.stakeholder_group = Some(StakeholderGroup::CivilSociety);
/// assert_eq!(
///     serde_json::to_string(&org).unwrap(),
///     r#"{"name":"Web Foundation","stakeholder_group":"civil_society"}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Organiser {
    /// The organiser's name.
    #[schemars(length(min = 1))]
    pub name: String,
    /// The organiser's stakeholder group, where given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stakeholder_group: Option<StakeholderGroup>,
    /// The organiser's UN regional group, where given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<UnRegionalGroup>,
    /// The organisation the organiser belongs to, as printed, where the
    /// organiser is a person ("Jane Doe, Internet Society").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
}
source: none
}

impl Organiser {
    /// An organiser known only by name.
    pub fn new(name: impl Into<String>) -> Self {
        Organiser {
            name: name.into(),
            stakeholder_group: None,
            region: None,
            organisation: None,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

crate::record! {
/// A session of an annual meeting: its code and title as the programme
/// prints them ("WS #72 Tech for the Planet"), its type, thematic track and
/// phase, when and how it was held, who organised it, and its reports.
///
/// Within a meeting a session is found by its numbered code, or, for types
/// without numbers ("DC Session"), by its code and title together: see
/// [`Session::key`].
///
/// ```
/// use igf_model::{Session, SessionType, Source};
///
/// let mut session = Session::new(
///     "Tech for the Planet",
///     SessionType::Workshop,
///     Source::new("igf-2020-voluntary-commitments-v1"),
/// );
/// session.code = Some("WS #72".into());
/// session.tracks.push("Environment".into());
/// assert_eq!(session.display_title(), "WS #72 Tech for the Planet");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Session {
    /// The code at the head of the title, such as `"WS #207"` or `"DC Session"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<SessionCode>,
    /// The title, without its code.
    #[schemars(length(min = 1))]
    pub title: String,
    /// The session's type.
    pub session_type: SessionType,
    /// The names of the meeting's tracks the session belongs to: its theme
    /// or sub-themes, and programme tracks (youth, parliamentary, ...).
    #[schemars(extend("$comment" = "reference: Track by name, in the same meeting"))]
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub tracks: Vec<String>,
    /// The number of the meeting's phase the session was held in.
    #[serde(default, deserialize_with = "wire::opt_int", skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    #[schemars(extend("$comment" = "reference: Phase by number, in the same meeting"))]
    pub phase: Option<u8>,
    /// When the session was held.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_slot: Option<TimeSlot>,
    /// How the session was held.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<SessionFormat>,
    /// The room, as the schedule names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room: Option<String>,
    /// Who organised the session.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub organisers: Vec<Organiser>,
    /// Its moderators, speakers and other people with a role in it.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// The intersessional activities that held it: a Dynamic Coalition,
    /// BPF, policy network, NRI, the Leadership Panel or the Parliamentary
    /// Track; several bodies may hold one session (twelve Dynamic
    /// Coalitions held one main session in 2019). Format 0.3 wrote one
    /// object; it still reads, as a list of one.
    #[serde(
        default,
        deserialize_with = "wire::one_or_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(extend("$comment" = "reference: DynamicCoalition, BestPracticeForum, PolicyNetwork, Nri, LeadershipPanel or WorkingGroup by name, acronym or former name"))]
    pub held_by: Vec<ActivityRef>,
    /// The session's page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<crate::Link>,
    /// The issues the session's page tags it with, as printed ("Gender
    /// Digital Divide", "Child Online Safety").
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub issue_tags: Vec<String>,
    /// The Sustainable Development Goals the session's page names, as
    /// printed ("17. Partnerships for the Goals").
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub sdgs: Vec<String>,
    /// The session's reports.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub reports: Vec<SessionReport>,
    /// Where the session is named.
    pub source: Source,
}
source: source
}

/// How a session is found within its meeting: a numbered code alone is
/// unique; otherwise the code (if any) and the title together.
///
/// ```
/// use igf_model::{Session, SessionKey, SessionType, Source};
///
/// let mut s = Session::new("Security", SessionType::HighLevelLeaders, Source::new("igf-2020-report"));
/// s.code = Some("High-Level Leaders Session".into());
/// assert_eq!(s.key(), SessionKey::Titled(Some("High-Level Leaders Session"), "Security"));
/// s.code = Some("WS #71".into());
/// assert_eq!(s.key(), SessionKey::Numbered("WS #71"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SessionKey<'a> {
    /// A numbered code, such as `WS #72`.
    Numbered(&'a str),
    /// A code without a number (or none) and a title.
    Titled(Option<&'a str>, &'a str),
}

impl Session {
    /// A session with its title, type and source.
    pub fn new(title: impl Into<String>, session_type: SessionType, source: Source) -> Self {
        Session {
            code: None,
            title: title.into(),
            session_type,
            tracks: Vec::new(),
            phase: None,
            time_slot: None,
            format: None,
            room: None,
            organisers: Vec::new(),
            people: Vec::new(),
            held_by: Vec::new(),
            link: None,
            issue_tags: Vec::new(),
            sdgs: Vec::new(),
            reports: Vec::new(),
            source,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }

    /// The title as the programme prints it: `"WS #72 Tech for the Planet"`,
    /// or `"DC Session: Launch of ..."` for codes without numbers.
    pub fn display_title(&self) -> String {
        match &self.code {
            Some(code) if code.is_numbered() => format!("{code} {}", self.title),
            Some(code) => format!("{code}: {}", self.title),
            None => self.title.clone(),
        }
    }

    /// How the session is found within its meeting.
    pub fn key(&self) -> SessionKey<'_> {
        session_key(self.code.as_ref(), Some(&self.title))
    }
}

impl Check for Session {
    /// Shape and consistency rules that need only this session.
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.text("title", &self.title, "the session's title");
        c.counted_from_one("phase", self.phase.map(u64::from), "the session's phase");
        c.known("session_type", &self.session_type);
        if let Some(code) = &self.code {
            c.field("code", |c| check_code(c, code, &self.session_type));
        }
        c.texts("tracks", &self.tracks, "track");
        if let Some(slot) = &self.time_slot {
            c.field("time_slot", |c| slot.check(c));
        }
        c.opt_known("format", self.format.as_ref());
        c.opt_text("room", self.room.as_deref(), "the room");
        c.each("people", &self.people, |c, p| p.check(c));
        c.each("held_by", &self.held_by, |c, a| a.check(c));
        c.each("organisers", &self.organisers, |c, o| o.check(c));
        crate::Link::check_at(c, "link", self.link.as_ref());
        c.texts("issue_tags", &self.issue_tags, "issue tag");
        c.texts("sdgs", &self.sdgs, "Sustainable Development Goal");
        let end = self.time_slot.as_ref().and_then(TimeSlot::end_utc);
        c.each("reports", &self.reports, |c, r| r.check_ended(c, end));
        c.field("source", |c| self.source.check(c));
    }
}

impl Check for Organiser {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.text("name", &self.name, "the organiser's name");
        c.opt_known("stakeholder_group", self.stakeholder_group.as_ref());
        c.opt_known("region", self.region.as_ref());
        c.opt_text(
            "organisation",
            self.organisation.as_deref(),
            "the organiser's organisation",
        );
    }
}

/// The key of a session reference: a numbered code alone, or code and title.
pub(crate) fn session_key<'a>(
    code: Option<&'a SessionCode>,
    title: Option<&'a str>,
) -> SessionKey<'a> {
    match code {
        Some(code) if code.is_numbered() => SessionKey::Numbered(code.as_str()),
        _ => SessionKey::Titled(code.map(SessionCode::as_str), title.unwrap_or("").trim()),
    }
}

/// The rules of a session code: not blank, a label the crate knows, and
/// a label that fits the session's type.
fn check_code(c: &mut Checker, code: &SessionCode, session_type: &SessionType) {
    if crate::validate::is_blank(code.as_str()) {
        c.report(
            Rule::BlankText,
            format!("the session code is blank ({:?}): give the code as the programme prints it, or leave it out", code.as_str()),
        );
        return;
    }
    match code.session_types() {
        // A number without a label ("36", "#192", "No. 27"): nothing to judge.
        None if code.label().is_empty() && code.is_numbered() => {}
        None => c.report(
            Rule::UnknownCodeLabel,
            format!(
                "code {:?} has label {:?}, which this crate does not know; it is kept as written (known labels: {})",
                code.as_str(),
                code.label(),
                SessionCode::known_labels().map(|(l, _)| l).collect::<Vec<_>>().join(", ")
            ),
        ),
        Some(types) if session_type.is_known() && !types.contains(session_type) => c.report(
            Rule::CodeType,
            format!(
                "code {:?} has label {:?}, which codes {} sessions, but the session is a {session_type} session{}",
                code.as_str(),
                code.label(),
                types.iter().map(ToString::to_string).collect::<Vec<_>>().join(" or "),
                match session_type.code_labels().as_slice() {
                    [] => String::new(),
                    labels => format!(", whose codes are labelled {}", labels.join(" or ")),
                }
            ),
        ),
        Some(_) => {}
    }
}
