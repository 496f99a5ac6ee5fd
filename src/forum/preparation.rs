//! What surrounds an annual meeting: its preparatory timeline, its donors,
//! and the events held alongside it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::validate::{Check, Checker};
use crate::wire;
use crate::Source;

crate::record! {
/// A step of a meeting's preparation: a call, a deadline, a MAG meeting.
/// Dates are kept as printed (`as_published`, "February - March 2020") and
/// as dates only where a full date is printed.
///
/// ```
/// use igf_model::Milestone;
///
/// let m: Milestone = serde_json::from_str(r#"{"what": "Call for workshop proposals", "as_published": "March 2020"}"#)?;
/// assert!(m.when.date.is_none());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Milestone {
    /// What happened, as the source says.
    #[schemars(length(min = 1))]
    pub what: String,
    /// When: the day, the period, the time as printed.
    #[serde(flatten)]
    pub when: crate::When,
    /// The step's page or document (a call, a meeting's page).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<crate::Link>,
    /// Where the step is stated, when not the meeting's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}
source: optional
}

impl Milestone {
    /// A step, its time unknown.
    pub fn new(what: impl Into<String>) -> Self {
        Milestone {
            what: what.into(),
            when: crate::When::default(),
            link: None,
            source: None,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for Milestone {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.text("what", &self.what, "the step");
        self.when.check(c, "the step");
        crate::Link::check_at(c, "link", self.link.as_ref());
        if let Some(source) = &self.source {
            c.field("source", |c| source.check(c));
        }
    }
}

crate::record! {
/// A donor a meeting's documents thank.
///
/// ```
/// use igf_model::Donor;
/// assert_eq!(Donor::new("Government of Germany").name, "Government of Germany");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Donor {
    /// The donor, as named.
    #[schemars(length(min = 1))]
    pub name: String,
    /// Where the donor is named, when not the meeting's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}
source: optional
}

impl Donor {
    /// A donor by name.
    pub fn new(name: impl Into<String>) -> Self {
        Donor {
            name: name.into(),
            source: None,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for Donor {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.text("name", &self.name, "the donor's name");
        if let Some(source) = &self.source {
            c.field("source", |c| source.check(c));
        }
    }
}

crate::record! {
/// An event held alongside an annual meeting, outside its programme.
///
/// ```
/// use igf_model::CoLocatedEvent;
/// assert!(CoLocatedEvent::new("Global Youth Summit").organisers.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct CoLocatedEvent {
    /// The event's title, as printed.
    #[schemars(length(min = 1))]
    pub title: String,
    /// Who organised it.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub organisers: Vec<String>,
    /// When: the day, or the days of a longer event, and the time as printed.
    #[serde(flatten)]
    pub when: crate::When,
    /// The event's page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<crate::Link>,
    /// Where the event is stated, when not the meeting's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}
source: optional
}

impl CoLocatedEvent {
    /// An event by title.
    pub fn new(title: impl Into<String>) -> Self {
        CoLocatedEvent {
            title: title.into(),
            organisers: Vec::new(),
            when: crate::When::default(),
            link: None,
            source: None,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for CoLocatedEvent {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.text("title", &self.title, "the event's title");
        c.texts("organisers", &self.organisers, "organiser");
        self.when.check(c, "the event");
        crate::Link::check_at(c, "link", self.link.as_ref());
        if let Some(source) = &self.source {
            c.field("source", |c| source.check(c));
        }
    }
}
