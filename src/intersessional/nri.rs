use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::enums::closed_enum;
use crate::validate::{Check, Checker};
use crate::{MeetingFormat, Source, Year};

closed_enum! {
    /// The kind of an NRI: national, sub-regional, regional or youth (seed
    /// 001 §4; FACTS.md). A closed list.
    ///
    /// ```
    /// use igf_model::NriKind;
    /// assert_eq!(NriKind::SubRegional.to_string(), "sub_regional");
    /// ```
    #[non_exhaustive]
    pub enum NriKind in "snake_case" {
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

/// One annual meeting of an NRI. In 2020, of 71 NRI meetings only two were
/// fully onsite (Arab IGF; Trinidad and Tobago IGF), eight hybrid, the rest
/// online (seed 001, "NRIs Discussion Priorities in 2020").
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
    pub year: Year,
    /// How it was held, where stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<MeetingFormat>,
    /// Where the meeting is stated, when not the NRI's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl NriMeeting {
    /// A meeting of `year`, format unknown.
    pub fn new(year: Year) -> Self {
        NriMeeting {
            year,
            format: None,
            source: None,
            extensions: crate::Extensions::new(),
        }
    }
}

/// A National, Regional, Sub-regional or Youth IGF initiative (NRI): an
/// organic, independent formation discussing Internet governance from its
/// community's perspective, following the IGF's principles (seed 001
/// §11.2). 43 were recognised at the end of 2015, more than 120 in 2019
/// (seed 002), 131 in 2020 (seed 001), more than 140 in 2021 (seed 004).
///
/// ```
/// use igf_model::{Nri, NriKind, Source};
///
/// let mut nri = Nri::new("Haiti IGF", Source::new("IGF input to the CSTD on 2019"));
/// nri.kind = Some(NriKind::National);
/// nri.country_or_region = Some("Haiti".into());
/// assert_eq!(
///     serde_json::to_string(&nri)?,
///     r#"{"name":"Haiti IGF","kind":"national","country_or_region":"Haiti","source":{"document":"IGF input to the CSTD on 2019"}}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Nri {
    /// The initiative's name ("Haiti IGF", "EuroDIG").
    #[schemars(length(min = 1))]
    pub name: String,
    /// Its kind, where the source says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<NriKind>,
    /// The country or region it covers, where the source says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_or_region: Option<String>,
    /// Whether the IGF Secretariat recognises it, where stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recognised: Option<bool>,
    /// Its annual meetings, where known.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<NriMeeting>,
    /// Where the initiative is named.
    pub source: Source,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl Nri {
    /// An initiative with its name and source.
    pub fn new(name: impl Into<String>, source: Source) -> Self {
        Nri {
            name: name.into(),
            kind: None,
            country_or_region: None,
            recognised: None,
            meetings: Vec::new(),
            source,
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for Nri {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        c.text("name", &self.name, "the initiative's name");
        c.opt_text(
            "country_or_region",
            self.country_or_region.as_deref(),
            "the country or region",
        );
        c.each("meetings", &self.meetings, |c, m| {
            m.extensions.check(c);
            c.field("year", |c| m.year.check(c));
            if let Some(source) = &m.source {
                c.field("source", |c| source.check(c));
            }
        });
        c.field("source", |c| self.source.check(c));
    }
}
