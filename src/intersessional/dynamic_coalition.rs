use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::enums::open_enum;
use crate::text::text_newtype;
use crate::validate::{Check, Checker};
use crate::wire;
use crate::{Source, Year};

text_newtype! {
    /// The acronym of a Dynamic Coalition as the IGF prints it: `"DC-ISSS"`,
    /// `"DC-Blockchain"`, `"DC3"`, `"YCIG"`, `"IS3C"`, and, on the IGF's own
    /// list of coalitions, `"DC-Digital Economy"` or `"DC-Connecting the
    /// Unconnected"`. Kept exactly as written; any text loads.
    ///
    /// ```
    /// use igf_model::DcAcronym;
    ///
    /// let acronym: DcAcronym = "DC-Digital Economy".into();
    /// assert_eq!(acronym.to_string(), "DC-Digital Economy");
    /// ```
    DcAcronym, what = "the acronym of a Dynamic Coalition",
    examples = ["DC-ISSS", "DC3", "IS3C", "DC-Digital Economy"]
}

open_enum! {
    /// Whether a Dynamic Coalition is listed as active: a coalition is listed
    /// only while it files its yearly report. An open list.
    ///
    /// ```
    /// use igf_model::DcStatus;
    /// assert_eq!(DcStatus::Active.to_string(), "active");
    /// ```
    pub enum DcStatus in "snake_case" {
        /// Listed as active.
        Active,
        /// No longer listed.
        Inactive,
    }
}

crate::record! {
/// The common standards of transparency and inclusiveness a recognised
/// Dynamic Coalition keeps: open archives, open membership, open mailing
/// lists (The IGF 2020 Report §11.3).
///
/// ```
/// use igf_model::DcStandards;
/// assert!(DcStandards::all().open_membership);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DcStandards {
    /// The coalition's archives are open.
    pub open_archives: bool,
    /// Anyone may join.
    pub open_membership: bool,
    /// The mailing lists are open.
    pub open_mailing_lists: bool,
}
source: none
}

impl DcStandards {
    /// All three standards kept.
    pub fn all() -> Self {
        DcStandards {
            open_archives: true,
            open_membership: true,
            open_mailing_lists: true,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

crate::record! {
/// A Dynamic Coalition (DC): a year-round, bottom-up, multistakeholder
/// expert group on one topic, dating back to the first IGF in 2006 (IGF
/// 2020 Phase 1 Summary §2). 23 were active in 2020 (The IGF 2020 Report
/// §11.3), 18 in 2019 (the IGF's submission to the CSTD on 2019).
///
/// Coalitions are renamed: the "Dynamic Coalition on Children's Rights in
/// the Digital Environment" is the former DC Child Online Safety (the MAG
/// Chair's letter of 29 November 2021), and DC-ISSS became IS3C.
/// `other_names` (with `former` set) and `former_acronyms` keep the old names, and references
/// by an old name still resolve.
///
/// ```
/// use igf_model::{DynamicCoalition, Source};
///
/// let mut dc = DynamicCoalition::new("Children's Rights in the Digital Environment", Source::new("mag-chair-letter-2021"));
/// dc.other_names.push(igf_model::OtherName::former("Child Online Safety"));
/// dc.former_acronyms.push("DCCOS".into());
/// assert!(dc.answers_to("Dynamic Coalition on Child Online Safety"));
/// assert!(dc.answers_to("DC on Children's Rights in the Digital Environment"));
/// assert!(dc.answers_to("DCCOS"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DynamicCoalition {
    /// The coalition's name, as its source lists it ("Core Internet Values").
    #[schemars(length(min = 1))]
    pub name: String,
    /// The coalition's acronym, where the source gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acronym: Option<DcAcronym>,
    /// The coalition's page on the IGF website.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_page: Option<crate::Link>,
    /// Whether it is listed as active.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<DcStatus>,
    /// The year the coalition was launched, where published (a coalition
    /// may have formed before its first IGF session).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("minimum" = crate::year::FIRST_RECORD_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    pub launched: Option<Year>,
    /// The years the coalition is recorded as active in.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("allOf" = [{"items": {"minimum": crate::year::FIRST_IGF_YEAR, "maximum": crate::year::LAST_PLAUSIBLE_YEAR}}]))]
    pub active_in: Vec<Year>,
    /// Other names of the body, current and former, each with its years
    /// and source where known (see [`OtherName`](crate::OtherName)).
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "crate::provenance::OtherNames")]
    pub other_names: Vec<crate::OtherName>,
    /// Acronyms the coalition had before ("DC-ISSS", now "IS3C").
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub former_acronyms: Vec<String>,
    /// The common standards it keeps, where stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub standards: Option<DcStandards>,
    /// Where the coalition is named.
    pub source: Source,
    /// Further documents that state the coalition (another year's list).
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub other_sources: Vec<Source>,
}
source: source
}

impl DynamicCoalition {
    /// A coalition with its name and source.
    pub fn new(name: impl Into<String>, source: Source) -> Self {
        DynamicCoalition {
            name: name.into(),
            acronym: None,
            web_page: None,
            status: None,
            launched: None,
            active_in: Vec::new(),
            other_names: Vec::new(),
            former_acronyms: Vec::new(),
            standards: None,
            source,
            other_sources: Vec::new(),
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }

    /// True when `reference` names this coalition by the crate's one rule
    /// ([`names_match`](super::names_match)): its name, acronym or a
    /// former name, with or without "Dynamic Coalition on" or "DC", in any
    /// case and with `&` for "and".
    pub fn answers_to(&self, reference: &str) -> bool {
        super::names_match(self.names(), reference)
    }

    /// Every name the coalition is known by: its name, acronym, former
    /// names and former acronyms.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.acronym.as_ref().map(DcAcronym::as_str))
            .chain(self.other_names.iter().map(|n| n.name.as_str()))
            .chain(self.former_acronyms.iter().map(String::as_str))
    }
}

impl Check for DynamicCoalition {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.text("name", &self.name, "the coalition's name");
        if let Some(acronym) = &self.acronym {
            c.text("acronym", acronym.as_str(), "the coalition's acronym");
        }
        c.opt_known("status", self.status.as_ref());
        if let Some(standards) = &self.standards {
            c.field("standards", |c| {
                standards.extensions.check(c);
                crate::provenance::check_curated(standards, c);
            });
        }
        crate::Link::check_at(c, "web_page", self.web_page.as_ref());
        if let Some(launched) = self.launched {
            c.field("launched", |c| launched.check_record(c));
        }
        c.field("active_in", |c| {
            for (i, year) in self.active_in.iter().enumerate() {
                c.index(i, |c| year.check(c));
            }
        });
        c.each("other_names", &self.other_names, |c, n| n.check(c));
        c.texts("former_acronyms", &self.former_acronyms, "former acronym");
        c.field("source", |c| self.source.check(c));
        c.each("other_sources", &self.other_sources, |c, s| s.check(c));
    }
}
