//! The IGF Leadership Panel: a panel of high-level members the UN
//! Secretary-General appointed on 16 August 2022, under paragraph 93(a) of
//! the Roadmap for Digital Cooperation, to give strategic input to the IGF
//! and carry its outputs to decision-makers. Its paper "The Internet We
//! Want" was presented at IGF 2023.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::enums::open_enum;
use crate::validate::{Check, Checker};
use crate::wire;
use crate::{Output, Source, Year};

open_enum! {
    /// A member's role on the Leadership Panel. An open list.
    ///
    /// ```
    /// use igf_model::PanelRole;
    /// assert_eq!(PanelRole::ExOfficio.to_string(), "ex_officio");
    /// ```
    pub enum PanelRole {
        /// The chair.
        Chair,
        /// A vice-chair.
        ViceChair,
        /// An appointed member.
        Member,
        /// A member by virtue of an office (the Tech Envoy, the MAG chair,
        /// host-country representatives).
        ExOfficio,
    }
}

crate::record! {
/// A member of the Leadership Panel: name, role, affiliation and term.
///
/// ```
/// use igf_model::{PanelMember, PanelRole, Year};
///
/// let mut m = PanelMember::new("Vint Cerf");
/// m.role = Some(PanelRole::Chair);
/// m.from = Some(Year::new(2022)?);
/// assert!(igf_model::Body::active_in(&m, Year::new(2023)?));
/// # Ok::<(), igf_model::InvalidYear>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct PanelMember {
    /// The member's name, as printed.
    #[schemars(length(min = 1))]
    pub name: String,
    /// The role, where stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<PanelRole>,
    /// The member's affiliation or office, as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// The first year of the member's term, where stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("minimum" = crate::year::FIRST_IGF_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    pub from: Option<Year>,
    /// The last year of the member's term, where stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("minimum" = crate::year::FIRST_IGF_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    pub to: Option<Year>,
    /// Where the member is named, when not the panel's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}
source: optional
}

impl PanelMember {
    /// A member known by name.
    pub fn new(name: impl Into<String>) -> Self {
        PanelMember {
            name: name.into(),
            role: None,
            affiliation: None,
            from: None,
            to: None,
            source: None,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }

    /// True when the member's stated term covers `year` (an open end
    /// counts as continuing).
    #[deprecated(
        note = "use `Body::active_in` (`use igf_model::Body;`), the one spelling for every body"
    )]
    pub fn served_in(&self, year: Year) -> bool {
        crate::Body::active_in(self, year)
    }
}

impl Check for PanelMember {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.text("name", &self.name, "the member's name");
        for (key, year) in [("from", self.from), ("to", self.to)] {
            if let Some(year) = year {
                c.field(key, |c| year.check(c));
            }
        }
        c.opt_known("role", self.role.as_ref());
        c.opt_text(
            "affiliation",
            self.affiliation.as_deref(),
            "the member's affiliation",
        );
        if let (Some(from), Some(to)) = (self.from, self.to) {
            if to < from {
                c.report_at(
                    "to",
                    crate::validate::Rule::DateOrder,
                    format!("the term ends in {to} before it starts in {from}"),
                );
            }
        }
        if let Some(source) = &self.source {
            c.field("source", |c| source.check(c));
        }
    }
}

crate::record! {
/// The IGF Leadership Panel as appointed: its members with their roles and
/// terms, and its outputs.
///
/// ```
/// use igf_model::{LeadershipPanel, Output, OutputKind, PanelMember, Source, Validate};
///
/// let mut panel = LeadershipPanel::new(Source::new("un-sg-leadership-panel-2022"));
/// panel.appointed = Some("2022-08-16".parse()?);
/// panel.members.push(PanelMember::new("Maria Ressa"));
/// panel.outputs.push(Output::new(OutputKind::Paper, "The Internet We Want"));
/// assert!(panel.validate().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct LeadershipPanel {
    /// The day the Secretary-General appointed the panel.
    #[serde(default, deserialize_with = "wire::opt_date", skip_serializing_if = "Option::is_none")]
    pub appointed: Option<NaiveDate>,
    /// Its members.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<PanelMember>,
    /// What it published.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub outputs: Vec<Output>,
    /// Its page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<crate::Link>,
    /// Where the panel is described.
    pub source: Source,
    /// Further documents that state it.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub other_sources: Vec<Source>,
}
source: source, named
}

impl LeadershipPanel {
    /// A panel, nothing known yet but its source.
    pub fn new(source: Source) -> Self {
        LeadershipPanel {
            appointed: None,
            members: Vec::new(),
            outputs: Vec::new(),
            link: None,
            source,
            other_sources: Vec::new(),
            other_names: Vec::new(),
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }

    /// The member named `name` (in any case), if the panel has one.
    ///
    /// ```
    /// use igf_model::{LeadershipPanel, PanelMember, Source};
    ///
    /// let mut panel = LeadershipPanel::new(Source::new("un-sg-leadership-panel-2022"));
    /// panel.members.push(PanelMember::new("Vint Cerf"));
    /// assert!(panel.member(" vint cerf ").is_some());
    /// assert!(panel.member("Maria Ressa").is_none());
    /// ```
    pub fn member(&self, name: &str) -> Option<&PanelMember> {
        self.member_at(name).map(|at| &self.members[at])
    }

    /// The position of the member named `name` (in any case).
    pub(crate) fn member_at(&self, name: &str) -> Option<usize> {
        let wanted = name.trim();
        self.members
            .iter()
            .position(|m| m.name.trim().eq_ignore_ascii_case(wanted))
    }
}

impl Check for LeadershipPanel {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.each("other_names", &self.other_names, |c, n| n.check(c));
        c.date("appointed", self.appointed);
        c.each("members", &self.members, |c, m| m.check(c));
        c.each("outputs", &self.outputs, |c, o| o.check(c));
        crate::Link::check_at(c, "link", self.link.as_ref());
        c.field("source", |c| self.source.check(c));
        c.each("other_sources", &self.other_sources, |c, s| s.check(c));
    }
}
