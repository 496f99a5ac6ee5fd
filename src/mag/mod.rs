//! The Multistakeholder Advisory Group (MAG): the body that prepares each
//! year's programme with the IGF Secretariat, and its working groups.

mod working_group;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::validate::{Check, Checker};
use crate::wire;
use crate::{Source, Year};

pub use working_group::{WgAcronym, WgStatus, WorkingGroup};

crate::record! {
/// The Multistakeholder Advisory Group of one year: it develops the annual
/// meeting's programme (The IGF 2020 Report, "Internet Governance Forum"),
/// with its UN-appointed chair, the host country's co-chair (Yoichi Iida of
/// Japan in 2023) and its working groups. Its size and meetings are published figures of
/// the meeting (measures `mag_members`, `mag_meetings`), kept there with
/// their sources, since the sources give more than one count.
///
/// ```
/// use igf_model::{Mag, Source, Validate, WorkingGroup, Year};
///
/// let mut mag = Mag::new(Year::new(2021)?, Source::new("mag-chair-letter-2021"));
/// mag.chair = Some("Anriette Esterhuysen".into());
/// mag.working_groups.push(WorkingGroup::new("Working Group on IGF Strengthening and Strategy").with_acronym("WG-Strategy"));
/// assert!(mag.validate().is_empty());
///
/// mag.working_groups[0].name = " ".into();
/// let findings = mag.validate();
/// assert_eq!(findings[0].path, "/working_groups/0/name");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Mag {
    /// The year of the MAG.
    #[schemars(extend("minimum" = crate::year::FIRST_IGF_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    pub year: Year,
    /// Its chair, where named.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chair: Option<String>,
    /// Its host-country co-chairs, where named.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub co_chairs: Vec<String>,
    /// Its other officers, each with the role as printed (a "Special
    /// Advisor to the Chair").
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub officers: Vec<MagOfficer>,
    /// Its working groups.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub working_groups: Vec<WorkingGroup>,
    /// What the lists of the record cover: every item, or a sample (see
    /// [`Coverage`](crate::Coverage)).
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub coverage: Vec<crate::Coverage>,
    /// Where the MAG is described.
    pub source: Source,
}
source: source
}

impl Mag {
    /// The MAG of `year`, nothing else known yet.
    pub fn new(year: Year, source: Source) -> Self {
        Mag {
            year,
            chair: None,
            co_chairs: Vec::new(),
            officers: Vec::new(),
            working_groups: Vec::new(),
            coverage: Vec::new(),
            source,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for Mag {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.field("year", |c| self.year.check(c));
        c.opt_text("chair", self.chair.as_deref(), "the chair's name");
        c.texts("co_chairs", &self.co_chairs, "co-chair");
        c.each("officers", &self.officers, |c, o| o.check(c));
        crate::provenance::check_coverage(c, &self.coverage, crate::schema::lists_of("Mag"));
        c.each("working_groups", &self.working_groups, |c, wg| wg.check(c));
        c.field("source", |c| self.source.check(c));
    }
}

crate::record! {
/// An officer of the MAG other than its chair and co-chairs: a Special
/// Advisor to the Chair, with the role exactly as printed.
///
/// ```
/// use igf_model::MagOfficer;
///
/// let officer = MagOfficer::new("Jane Doe", "Special Advisor to the Chair");
/// assert_eq!(
///     serde_json::to_string(&officer)?,
///     r#"{"name":"Jane Doe","role":"Special Advisor to the Chair"}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MagOfficer {
    /// The officer's name, as printed.
    #[schemars(length(min = 1))]
    pub name: String,
    /// The role, as printed ("Special Advisor to the Chair").
    #[schemars(length(min = 1))]
    pub role: String,
    /// The officer's organisation, as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// Where the officer is named, when not the MAG's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}
source: optional
}

impl MagOfficer {
    /// An officer with a name and a role as printed.
    pub fn new(name: impl Into<String>, role: impl Into<String>) -> Self {
        MagOfficer {
            name: name.into(),
            role: role.into(),
            organisation: None,
            source: None,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for MagOfficer {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.text("name", &self.name, "the officer's name");
        c.text("role", &self.role, "the officer's role");
        c.opt_text(
            "organisation",
            self.organisation.as_deref(),
            "the officer's organisation",
        );
        if let Some(source) = &self.source {
            c.field("source", |c| source.check(c));
        }
    }
}

impl Check for WorkingGroup {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.each("other_names", &self.other_names, |c, n| n.check(c));
        if let Some(acronym) = &self.acronym {
            c.text("acronym", acronym.as_str(), "the working group's acronym");
        }
        c.text("name", &self.name, "the working group's name");
        c.opt_known("status", self.status.as_ref());
        crate::Link::check_at(c, "link", self.link.as_ref());
        if let Some(source) = &self.source {
            c.field("source", |c| source.check(c));
        }
    }
}
