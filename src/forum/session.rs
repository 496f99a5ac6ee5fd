use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{SessionCode, SessionReport, SessionType};
use crate::enums::closed_enum;
use crate::validate::{Check, Checker, Rule};
use crate::{Source, StakeholderGroup, UnRegionalGroup};

closed_enum! {
    /// How a session was held. In the all-online IGF 2020, sessions were
    /// webinars or meetings: "295 events including 235 Webinars and 60
    /// Meetings" (seed 001 §2). Marked `#[non_exhaustive]`: physical and
    /// hybrid years may need more.
    ///
    /// ```
    /// use igf_model::SessionFormat;
    /// assert_eq!("webinar".parse::<SessionFormat>().unwrap(), SessionFormat::Webinar);
    /// ```
    #[non_exhaustive]
    pub enum SessionFormat in "snake_case" {
        /// A webinar: speakers on a panel, participants listening and asking.
        Webinar,
        /// A meeting: every participant may speak (networking and several
        /// programme sessions in 2020).
        Meeting,
    }
}

/// When a session was held: its start and end instants, in UTC.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use igf_model::TimeSlot;
///
/// let slot = TimeSlot::new(
///     Utc.with_ymd_and_hms(2020, 11, 10, 9, 0, 0).unwrap(),
///     Utc.with_ymd_and_hms(2020, 11, 10, 10, 30, 0).unwrap(),
/// );
/// assert_eq!(serde_json::to_string(&slot)?, r#"{"start":"2020-11-10T09:00:00Z","end":"2020-11-10T10:30:00Z"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct TimeSlot {
    /// When the session started.
    #[serde(deserialize_with = "crate::wire::instant")]
    pub start: DateTime<Utc>,
    /// When the session ended.
    #[serde(deserialize_with = "crate::wire::instant")]
    pub end: DateTime<Utc>,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl TimeSlot {
    /// The slot from `start` to `end`.
    pub fn new(start: DateTime<Utc>, end: DateTime<Utc>) -> Self {
        TimeSlot {
            start,
            end,
            extensions: crate::Extensions::new(),
        }
    }
}

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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
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
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl Organiser {
    /// An organiser known only by name.
    pub fn new(name: impl Into<String>) -> Self {
        Organiser {
            name: name.into(),
            stakeholder_group: None,
            region: None,
            extensions: crate::Extensions::new(),
        }
    }
}

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
///     Source::new("Compilation of IGF 2020 voluntary commitments (seed 000)"),
/// );
/// session.code = Some("WS #72".parse()?);
/// session.track = Some("Environment".into());
/// assert_eq!(session.display_title(), "WS #72 Tech for the Planet");
/// # Ok::<(), igf_model::InvalidSessionCode>(())
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
    /// The name of the meeting's thematic track the session belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub track: Option<String>,
    /// The number of the meeting's phase the session was held in.
    #[serde(
        default,
        deserialize_with = "crate::wire::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(range(min = 1))]
    pub phase: Option<u8>,
    /// When the session was held.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_slot: Option<TimeSlot>,
    /// How the session was held.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<SessionFormat>,
    /// Who organised the session.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisers: Vec<Organiser>,
    /// The session's page.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^https?://[^ ]+$"))]
    pub link: Option<String>,
    /// The session's reports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports: Vec<SessionReport>,
    /// Where the session is named.
    pub source: Source,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

/// How a session is found within its meeting: a numbered code alone is
/// unique; otherwise the code (if any) and the title together.
///
/// ```
/// use igf_model::{Session, SessionKey, SessionType, Source};
///
/// let mut s = Session::new("Security", SessionType::HighLevelLeaders, Source::new("seed 000"));
/// s.code = Some("High-Level Leaders Session".parse()?);
/// assert_eq!(s.key(), SessionKey::Titled(Some("High-Level Leaders Session"), "Security"));
/// s.code = Some("WS #71".parse()?);
/// assert_eq!(s.key(), SessionKey::Numbered("WS #71"));
/// # Ok::<(), igf_model::InvalidSessionCode>(())
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
            track: None,
            phase: None,
            time_slot: None,
            format: None,
            organisers: Vec::new(),
            link: None,
            reports: Vec::new(),
            source,
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
        c.text("title", &self.title, "the session's title");
        c.counted_from_one("phase", self.phase.map(u64::from), "the session's phase");
        c.field("session_type", |c| {
            check_session_type(c, &self.session_type)
        });
        if let (Some(code), Some(prefix)) = (&self.code, self.session_type.code_prefix()) {
            if code.prefix() != prefix {
                c.report_at(
                    "code",
                    Rule::CodeType,
                    format!(
                        "code {code:?} has prefix {:?} but the session is a {} session, whose codes start with {prefix:?}",
                        code.prefix(),
                        self.session_type
                    ),
                );
            }
        }
        c.opt_text("track", self.track.as_deref(), "the session's track");
        if let Some(slot) = &self.time_slot {
            c.field("time_slot", |c| {
                slot.extensions.check(c);
                c.writable("start", crate::wire::instant_writable(&slot.start), || {
                    slot.start.to_rfc3339()
                });
                c.writable("end", crate::wire::instant_writable(&slot.end), || {
                    slot.end.to_rfc3339()
                });
            });
            if slot.end < slot.start {
                c.field("time_slot", |c| {
                    c.report_at(
                        "end",
                        Rule::DateOrder,
                        format!(
                            "the session ends at {} before it starts at {}",
                            slot.end, slot.start
                        ),
                    )
                });
            }
        }
        c.each("organisers", &self.organisers, |c, o| {
            o.extensions.check(c);
            c.text("name", &o.name, "the organiser's name")
        });
        c.link("link", self.link.as_deref());
        let end = self.time_slot.as_ref().map(|s| s.end);
        c.each("reports", &self.reports, |c, r| r.check(c, end));
        c.field("source", |c| self.source.check(c));
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

/// Warns about a session type this crate does not know.
pub(crate) fn check_session_type(c: &mut Checker, t: &SessionType) {
    if !t.is_known() {
        c.report(
            Rule::UnknownValue,
            format!(
                "session type {:?} is not one this crate knows ({}); it is kept as written",
                t.to_string(),
                SessionType::known()
                    .map(|k| k.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
}
