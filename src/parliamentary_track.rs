//! The Parliamentary Track: the IGF's programme for members of parliament,
//! organised with UN DESA and the Inter-Parliamentary Union. It follows the
//! parliamentary roundtables of 2019 and 2020 and has run since 2021, with
//! sessions at the annual meeting and events at regional IGFs (EuroDIG,
//! APrIGF, the African IGF, LACIGF), each with its output documents.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::validate::{Check, Checker};
use crate::wire;
use crate::{MeetingFormat, Output, Source, Year};

crate::record! {
/// An event of the Parliamentary Track (or the parliamentary roundtable
/// before it): where and when it met, who organised it, what it produced.
///
/// ```
/// use igf_model::{ParliamentaryEvent, Source, Validate, Year};
///
/// let mut event = ParliamentaryEvent::new(Year::new(2020)?, "Parliamentary Roundtable", Source::new("igf-2020-report"));
/// event.when = igf_model::When::day("2020-11-10".parse()?);
/// event.organisers = vec!["UN DESA".into(), "Inter-Parliamentary Union".into()];
/// assert!(event.validate().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ParliamentaryEvent {
    /// The year of the event.
    #[schemars(extend("minimum" = crate::year::FIRST_IGF_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    pub year: Year,
    /// Its title, as printed.
    #[schemars(length(min = 1))]
    pub title: String,
    /// Where it was held: the annual meeting or the regional IGF it was part
    /// of ("IGF 2023", "EuroDIG 2023").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    /// When: the day of a one-day event, or the days of a longer one, and
    /// the time as printed.
    #[serde(flatten)]
    pub when: crate::When,
    /// The city, where stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// How it was held, where stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<MeetingFormat>,
    /// Who organised it, as printed.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub organisers: Vec<String>,
    /// Its output documents.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub outputs: Vec<Output>,
    /// Its page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<crate::Link>,
    /// Where the event is described.
    pub source: Source,
}
source: source
}

impl ParliamentaryEvent {
    /// An event of `year` titled `title`.
    pub fn new(year: Year, title: impl Into<String>, source: Source) -> Self {
        ParliamentaryEvent {
            year,
            title: title.into(),
            at: None,
            when: crate::When::default(),
            city: None,
            format: None,
            organisers: Vec::new(),
            outputs: Vec::new(),
            link: None,
            source,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for ParliamentaryEvent {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.field("year", |c| self.year.check(c));
        c.text("title", &self.title, "the event's title");
        c.opt_text("at", self.at.as_deref(), "where the event was held");
        self.when.check(c, "the event");
        c.opt_text("city", self.city.as_deref(), "the event's city");
        c.opt_known("format", self.format.as_ref());
        c.texts("organisers", &self.organisers, "organiser");
        c.each("outputs", &self.outputs, |c, o| o.check(c));
        crate::Link::check_at(c, "link", self.link.as_ref());
        c.field("source", |c| self.source.check(c));
    }
}
