use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::enums::open_enum;
use crate::validate::{Check, Checker};
use crate::wire;
use crate::{MeetingFormat, Source, Year};

open_enum! {
    /// The kind of an NRI: national, sub-regional, regional or youth (The
    /// IGF 2020 Report §11.2). An initiative may be of two kinds: Youth IGF
    /// Africa is a youth initiative and a regional one. An open list.
    ///
    /// ```
    /// use igf_model::NriKind;
    /// assert_eq!(NriKind::SubRegional.to_string(), "sub_regional");
    /// ```
    pub enum NriKind {
        /// A national IGF ("Haiti IGF").
        National,
        /// A sub-regional IGF ("SEEDIG").
        SubRegional,
        /// A regional IGF ("EuroDIG", "Arab IGF").
        Regional,
        /// A youth IGF.
        Youth,
    }
}

crate::record! {
/// One annual meeting of an NRI: its year, dates, city, venue, theme,
/// edition and attendance as printed, and format. In 2020,
/// of 71 NRI meetings only two were fully onsite (Arab IGF; Trinidad and
/// Tobago IGF), eight hybrid, the rest online (The IGF 2020 Report, "NRIs
/// Discussion Priorities in 2020").
///
/// ```
/// use igf_model::{MeetingFormat, NriMeeting, Year};
///
/// let mut meeting = NriMeeting::new(Year::new(2020).unwrap());
/// meeting.format = Some(MeetingFormat::InPerson);
/// assert_eq!(serde_json::to_string(&meeting)?, r#"{"year":2020,"format":"in_person"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct NriMeeting {
    /// The year of the meeting.
    #[schemars(extend("minimum" = crate::year::FIRST_RECORD_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    pub year: Year,
    /// Its first day, where stated.
    #[serde(default, deserialize_with = "wire::opt_date", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<NaiveDate>,
    /// Its last day, where stated.
    #[serde(default, deserialize_with = "wire::opt_date", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
    /// The city it met in, where stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The venue, as printed ("Radisson Blu Hotel").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// The meeting's theme, as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// The edition, as printed ("15th Edition", "the third").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edition: Option<String>,
    /// The attendance, as printed ("over 300 participants from 40
    /// countries").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendance: Option<String>,
    /// The number of participants, where the source gives an exact count
    /// (not "over 300").
    #[serde(default, deserialize_with = "wire::opt_int", skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 18_446_744_073_709_551_615_u64))]
    pub participants: Option<u64>,
    /// How it was held, where stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<MeetingFormat>,
    /// Its page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<crate::Link>,
    /// Where the meeting is described, when not the NRI's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}
source: optional
}

impl NriMeeting {
    /// A meeting of `year`, nothing else known.
    pub fn new(year: Year) -> Self {
        NriMeeting {
            year,
            start_date: None,
            end_date: None,
            city: None,
            venue: None,
            theme: None,
            edition: None,
            attendance: None,
            participants: None,
            format: None,
            link: None,
            source: None,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for NriMeeting {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.field("year", |c| self.year.check_record(c));
        c.dates(self.start_date, self.end_date, "the NRI meeting");
        c.opt_text("city", self.city.as_deref(), "the NRI meeting's city");
        c.opt_text("venue", self.venue.as_deref(), "the NRI meeting's venue");
        c.opt_text("theme", self.theme.as_deref(), "the NRI meeting's theme");
        c.opt_text("edition", self.edition.as_deref(), "the edition");
        c.opt_text("attendance", self.attendance.as_deref(), "the attendance");
        c.opt_known("format", self.format.as_ref());
        crate::Link::check_at(c, "link", self.link.as_ref());
        if let Some(source) = &self.source {
            c.field("source", |c| source.check(c));
        }
    }
}

crate::record! {
/// A National, Regional, Sub-regional or Youth IGF initiative (NRI): an
/// organic, independent formation discussing Internet governance from its
/// community's perspective, following the IGF's principles (The IGF 2020
/// Report §11.2). 43 were recognised at the end of 2015, more than 120 in
/// 2019 (the IGF's submission to the CSTD on 2019), 131 in 2020 (The IGF
/// 2020 Report), more than 140 in 2021 (the MAG Chair's letter of 29
/// November 2021).
///
/// ```
/// use igf_model::{Nri, NriKind, Source};
///
/// let mut nri = Nri::new("Youth IGF Africa", Source::new("nri-list"));
/// nri.kinds = vec![NriKind::Youth, NriKind::Regional];
/// assert!(nri.is_kind(&NriKind::Regional));
/// assert_eq!(
///     serde_json::to_string(&nri)?,
///     r#"{"name":"Youth IGF Africa","kinds":["youth","regional"],"source":{"document":"nri-list"}}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Nri {
    /// The initiative's name ("Haiti IGF", "EuroDIG").
    #[schemars(length(min = 1))]
    pub name: String,
    /// Its acronym, where published ("SEEDIG").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    /// Its kinds, where the source says: usually one; a youth initiative
    /// may also be regional.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<NriKind>,
    /// The country or region it covers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_or_region: Option<String>,
    /// The year it was founded (or first met), where published.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("minimum" = crate::year::FIRST_RECORD_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    pub founded: Option<Year>,
    /// Who convenes it, as printed ("the Internet Society Chapter", a
    /// person, a ministry).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub convener: Option<String>,
    /// Whether the IGF Secretariat lists it as recognised, where stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recognised: Option<bool>,
    /// Its annual meetings the dataset knows of.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<NriMeeting>,
    /// Where the initiative is named.
    pub source: Source,
    /// Further documents that state the initiative.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub other_sources: Vec<Source>,
}
source: source, named
}

impl Nri {
    /// An initiative with its name and source.
    pub fn new(name: impl Into<String>, source: Source) -> Self {
        Nri {
            name: name.into(),
            acronym: None,
            kinds: Vec::new(),
            country_or_region: None,
            founded: None,
            convener: None,
            recognised: None,
            meetings: Vec::new(),
            source,
            other_sources: Vec::new(),
            other_names: Vec::new(),
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }

    /// True when the initiative is of `kind` (among others, perhaps).
    pub fn is_kind(&self, kind: &NriKind) -> bool {
        self.kinds.contains(kind)
    }

    /// True when `reference` names this initiative by the crate's one rule
    /// ([`names_match`](super::names_match)), by name or acronym, in
    /// any case.
    pub fn answers_to(&self, reference: &str) -> bool {
        super::names_match(self.names(), reference)
    }

    /// Every name the initiative is known by: its name, acronym and other names.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.acronym.as_deref())
            .chain(self.other_names.iter().map(|n| n.name.as_str()))
    }
}

impl Check for Nri {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.each("other_names", &self.other_names, |c, n| n.check(c));
        c.text("name", &self.name, "the initiative's name");
        c.opt_text(
            "acronym",
            self.acronym.as_deref(),
            "the initiative's acronym",
        );
        c.all_known("kinds", &self.kinds);
        c.opt_text(
            "country_or_region",
            self.country_or_region.as_deref(),
            "the country or region",
        );
        c.opt_text("convener", self.convener.as_deref(), "the convener");
        if let Some(founded) = self.founded {
            c.field("founded", |c| founded.check_record(c));
        }
        c.each("meetings", &self.meetings, |c, m| m.check(c));
        c.field("source", |c| self.source.check(c));
        c.each("other_sources", &self.other_sources, |c, s| s.check(c));
    }
}
