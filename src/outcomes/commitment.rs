use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::RoadmapArea;
use crate::enums::open_enum;
use crate::validate::{Check, Checker};
use crate::wire;
use crate::{SessionCode, Source, Year};

/// Who made a voluntary commitment, as the compilation gives it (the Compilation of IGF 2020 Voluntary Commitments).
/// Some entries name a person, some an organisation, some both ("Paola Gemma
/// (Huawei)"); some are collective ("speakers pledged...") and some name
/// no one. The model says so rather than invent a pledger.
///
/// ```
/// use igf_model::Pledger;
///
/// let p = Pledger::person_of_organisation("Paola Gemma", "Huawei");
/// assert_eq!(serde_json::to_string(&p)?, r#"{"kind":"person_of_organisation","name":"Paola Gemma","organisation":"Huawei"}"#);
/// assert_eq!(p.to_string(), "Paola Gemma (Huawei)");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Pledger {
    /// A person, named as the source writes them ("Dr. Enrico Calandro").
    #[non_exhaustive]
    Person {
        /// The person's name, with any title, as written.
        #[schemars(length(min = 1))]
        name: String,
        /// Members the model does not define.
        #[serde(flatten)]
        extensions: crate::Extensions,
    },
    /// An organisation ("The Web Foundation").
    #[non_exhaustive]
    Organisation {
        /// The organisation's name, as written.
        #[schemars(length(min = 1))]
        name: String,
        /// Members the model does not define.
        #[serde(flatten)]
        extensions: crate::Extensions,
    },
    /// A person speaking for an organisation ("Paola Gemma (Huawei)").
    #[non_exhaustive]
    PersonOfOrganisation {
        /// The person's name, as written.
        #[schemars(length(min = 1))]
        name: String,
        /// The organisation, as written.
        #[schemars(length(min = 1))]
        organisation: String,
        /// Members the model does not define.
        #[serde(flatten)]
        extensions: crate::Extensions,
    },
    /// A group pledging together ("speakers", "panelists", "participants").
    #[non_exhaustive]
    Collective {
        /// Who, in the source's words.
        #[schemars(length(min = 1))]
        who: String,
        /// Members the model does not define.
        #[serde(flatten)]
        extensions: crate::Extensions,
    },
    /// An entry that names no one.
    #[non_exhaustive]
    Unattributed {
        /// Members the model does not define.
        #[serde(flatten)]
        extensions: crate::Extensions,
    },
}

impl Pledger {
    /// A person, named as the source writes them.
    pub fn person(name: impl Into<String>) -> Self {
        Pledger::Person {
            name: name.into(),
            extensions: crate::Extensions::new(),
        }
    }

    /// An organisation, named as the source writes it.
    pub fn organisation(name: impl Into<String>) -> Self {
        Pledger::Organisation {
            name: name.into(),
            extensions: crate::Extensions::new(),
        }
    }

    /// A person speaking for an organisation.
    pub fn person_of_organisation(
        name: impl Into<String>,
        organisation: impl Into<String>,
    ) -> Self {
        Pledger::PersonOfOrganisation {
            name: name.into(),
            organisation: organisation.into(),
            extensions: crate::Extensions::new(),
        }
    }

    /// A group pledging together, in the source's words.
    pub fn collective(who: impl Into<String>) -> Self {
        Pledger::Collective {
            who: who.into(),
            extensions: crate::Extensions::new(),
        }
    }

    /// An entry that names no one.
    pub fn unattributed() -> Self {
        Pledger::Unattributed {
            extensions: crate::Extensions::new(),
        }
    }

    /// The members of the pledger the model does not define.
    pub fn extensions(&self) -> &crate::Extensions {
        match self {
            Pledger::Person { extensions, .. }
            | Pledger::Organisation { extensions, .. }
            | Pledger::PersonOfOrganisation { extensions, .. }
            | Pledger::Collective { extensions, .. }
            | Pledger::Unattributed { extensions, .. } => extensions,
        }
    }
}

impl std::fmt::Display for Pledger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Pledger::Person { name, .. } | Pledger::Organisation { name, .. } => f.write_str(name),
            Pledger::PersonOfOrganisation {
                name, organisation, ..
            } => {
                write!(f, "{name} ({organisation})")
            }
            Pledger::Collective { who, .. } => write!(f, "{who} (collectively)"),
            Pledger::Unattributed { .. } => f.write_str("(unattributed)"),
        }
    }
}

open_enum! {
    /// What kind of entry a commitment is: a pledge made, or an announcement
    /// that pledges will follow in writing ("the speakers chose to express
    /// them later in the written form", the Compilation of IGF 2020
    /// Voluntary Commitments, WS #207). An open list.
    ///
    /// ```
    /// use igf_model::CommitmentKind;
    /// assert_eq!(CommitmentKind::AnnouncedLater.to_string(), "announced_later");
    /// ```
    #[derive(Default)]
    pub enum CommitmentKind in "snake_case" {
        /// A pledge made.
        #[default]
        Pledge,
        /// Pledges announced to follow later, in writing.
        AnnouncedLater,
    }
}

open_enum! {
    /// When a commitment is to be carried out: the call asked for actions
    /// "during the 2021 cycle (through to IGF 2021) or beyond" (the
    /// Compilation of IGF 2020 Voluntary Commitments). An open list.
    ///
    /// ```
    /// use igf_model::TimeFrame;
    /// assert_eq!(TimeFrame::Cycle2021.to_string(), "cycle2021");
    /// ```
    pub enum TimeFrame in "snake_case" {
        /// During the 2021 cycle, through to IGF 2021.
        Cycle2021,
        /// Beyond IGF 2021.
        Beyond,
    }
}

/// A reference to a session of a meeting: its numbered code, or its code
/// and title for types without numbers.
///
/// ```
/// use igf_model::SessionRef;
///
/// let by_code = SessionRef::code("WS #207".into());
/// assert_eq!(by_code.to_string(), "WS #207");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct SessionRef {
    /// The session's code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<SessionCode>,
    /// The session's title, as the citing source prints it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl SessionRef {
    /// A reference by code alone.
    pub fn code(code: SessionCode) -> Self {
        SessionRef {
            code: Some(code),
            title: None,
            extensions: crate::Extensions::new(),
        }
    }

    /// A reference by title, with the code where the citing source gives one.
    pub fn titled(code: Option<SessionCode>, title: impl Into<String>) -> Self {
        SessionRef {
            code,
            title: Some(title.into()),
            extensions: crate::Extensions::new(),
        }
    }
}

impl std::fmt::Display for SessionRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (&self.code, &self.title) {
            (Some(code), Some(title)) => write!(f, "{code}: {title}"),
            (Some(code), None) => write!(f, "{code}"),
            (None, Some(title)) => f.write_str(title),
            (None, None) => f.write_str("(no session)"),
        }
    }
}

crate::record! {
/// A voluntary commitment: an action or pledge to forward the goals of the
/// IGF and the Secretary-General's Roadmap for Digital Cooperation, made at
/// IGF 2020 in answer to the first ever call for them (The IGF 2020 Report §10) and
/// compiled from session reports (the Compilation of IGF 2020 Voluntary Commitments): who pledged, in which session
/// and track, the pledge as published, its time frame and, where known, the
/// Roadmap areas it serves.
///
/// ```
/// use igf_model::{Commitment, Pledger, SessionRef, Source, Year};
///
/// let mut c = Commitment::new(
///     Year::new(2020).unwrap(),
///     Pledger::person("Larry Press"),
///     "Larry Press offered his volunteer services to all stakeholders.",
///     Source::new("igf-2020-voluntary-commitments-v1").with_section("Trust"),
/// );
/// c.session = Some(SessionRef::code("WS #326".into()));
/// c.track = Some("Trust".into());
/// assert_eq!(c.pledger.to_string(), "Larry Press");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Commitment {
    /// The year of the meeting the commitment was made at.
    #[schemars(extend("$comment" = "reference: Meeting by year"))]
    #[schemars(extend("minimum" = crate::year::FIRST_IGF_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    pub meeting: Year,
    /// The session it was made in.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("$comment" = "reference: Session by numbered code, or code and title, in the meeting of the commitment"))]
    pub session: Option<SessionRef>,
    /// The thematic track it is listed under, by name.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("$comment" = "reference: Track by name, in the meeting of the commitment"))]
    pub track: Option<String>,
    /// Who pledged.
    pub pledger: Pledger,
    /// A pledge, or an announcement of pledges to come.
    #[serde(default, skip_serializing_if = "CommitmentKind::is_pledge")]
    pub kind: CommitmentKind,
    /// The entry's text, exactly as published.
    #[schemars(length(min = 1))]
    pub text: String,
    /// When it is to be carried out, where stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_frame: Option<TimeFrame>,
    /// The Roadmap areas it serves, where known.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub roadmap_areas: Vec<RoadmapArea>,
    /// The Global Digital Compact objectives it serves, where mapped.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub gdc_objectives: Vec<super::GdcObjective>,
    /// Where it is published.
    pub source: Source,
}
source: source
}

impl CommitmentKind {
    fn is_pledge(&self) -> bool {
        *self == CommitmentKind::Pledge
    }
}

impl Commitment {
    /// A pledge made at the meeting of `meeting`, by `pledger`, as published.
    pub fn new(meeting: Year, pledger: Pledger, text: impl Into<String>, source: Source) -> Self {
        Commitment {
            meeting,
            session: None,
            track: None,
            pledger,
            kind: CommitmentKind::Pledge,
            text: text.into(),
            time_frame: None,
            roadmap_areas: Vec::new(),
            gdc_objectives: Vec::new(),
            source,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for Commitment {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.field("meeting", |c| self.meeting.check(c));
        c.known("kind", &self.kind);
        c.opt_known("time_frame", self.time_frame.as_ref());
        c.all_known("roadmap_areas", &self.roadmap_areas);
        c.all_known("gdc_objectives", &self.gdc_objectives);
        if let Some(session) = &self.session {
            c.field("session", |c| session.check(c));
        }
        c.opt_text("track", self.track.as_deref(), "the commitment's track");
        c.field("pledger", |c| self.pledger.check(c));
        c.text("text", &self.text, "the commitment's text");
        c.field("source", |c| self.source.check(c));
    }
}

impl Check for SessionRef {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        c.opt_text("title", self.title.as_deref(), "the session's title")
    }
}

impl Check for Pledger {
    fn check(&self, c: &mut Checker) {
        self.extensions().check(c);
        match self {
            Pledger::Person { name, .. } | Pledger::Organisation { name, .. } => {
                c.text("name", name, "the pledger's name")
            }
            Pledger::PersonOfOrganisation {
                name, organisation, ..
            } => {
                c.text("name", name, "the pledger's name");
                c.text("organisation", organisation, "the pledger's organisation");
            }
            Pledger::Collective { who, .. } => c.text("who", who, "who pledged"),
            Pledger::Unattributed { .. } => {}
        }
    }
}
