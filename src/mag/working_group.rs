use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::enums::open_enum;
use crate::text::text_newtype;
use crate::Source;

text_newtype! {
    /// The acronym of a MAG working group, as printed: `"WG-OE"`,
    /// `"WG-WSP"`, `"WG-Language"`, `"WG-Strategy"` (2020) or `"WG-IMP"`,
    /// `"WG-FUN"` (2019). Kept exactly as written; any text loads.
    ///
    /// ```
    /// use igf_model::WgAcronym;
    ///
    /// let wg: WgAcronym = "WG-Strategy".into();
    /// assert_eq!(wg.to_string(), "WG-Strategy");
    /// ```
    WgAcronym, what = "the acronym of a MAG working group",
    examples = ["WG-OE", "WG-Strategy"]
}

open_enum! {
    /// Where a MAG working group stands: proposed and not yet formed,
    /// active, or closed. An open list.
    ///
    /// ```
    /// use igf_model::WgStatus;
    /// assert_eq!("proposed".parse::<WgStatus>().unwrap(), WgStatus::Proposed);
    /// ```
    pub enum WgStatus {
        /// Proposed, not yet formed.
        Proposed,
        /// Formed and working.
        Active,
        /// Closed.
        Closed,
    }
}

crate::record! {
/// A working group of the MAG: a group of members who work through the
/// year on one aspect of the IGF process. In 2020: Outreach and Engagement
/// (WG-OE), Workshop Process (WG-WSP), Language (WG-Language) and IGF
/// Strengthening and Strategy (WG-Strategy) (The IGF 2020 Report, "MAG
/// working groups"). Some groups are published by name only.
///
/// ```
/// use igf_model::WorkingGroup;
///
/// let wg = WorkingGroup::new("Working Group on Outreach and Engagement").with_acronym("WG-OE");
/// assert_eq!(
///     serde_json::to_string(&wg).unwrap(),
///     r#"{"acronym":"WG-OE","name":"Working Group on Outreach and Engagement"}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct WorkingGroup {
    /// The group's acronym, where published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<WgAcronym>,
    /// The group's full name.
    #[schemars(length(min = 1))]
    pub name: String,
    /// Whether the group is proposed, active or closed, where stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<WgStatus>,
    /// The group's page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<crate::Link>,
    /// Where the group is named, when not the MAG's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}
source: optional, named
}

impl WorkingGroup {
    /// A working group known by its name.
    pub fn new(name: impl Into<String>) -> Self {
        WorkingGroup {
            acronym: None,
            name: name.into(),
            status: None,
            link: None,
            source: None,
            other_names: Vec::new(),
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

impl WorkingGroup {
    /// The same group, with its acronym.
    #[must_use]
    pub fn with_acronym(mut self, acronym: impl Into<WgAcronym>) -> Self {
        self.acronym = Some(acronym.into());
        self
    }

    /// True when `reference` names this group, by acronym or name, by the
    /// crate's one rule ([`names_match`](crate::intersessional::names_match)).
    ///
    /// ```
    /// use igf_model::WorkingGroup;
    ///
    /// let wg = WorkingGroup::new("Working Group on IGF Strengthening and Strategy").with_acronym("WG-Strategy");
    /// assert!(wg.answers_to("wg-strategy"));
    /// assert!(wg.answers_to("Working Group on IGF Strengthening"));
    /// assert!(!wg.answers_to("WG-OE"));
    /// ```
    pub fn answers_to(&self, reference: &str) -> bool {
        let acronym = self.acronym.as_ref().map(WgAcronym::as_str);
        crate::intersessional::names_match(
            acronym
                .into_iter()
                .chain([self.name.as_str()])
                .chain(self.other_names.iter().map(|n| n.name.as_str())),
            reference,
        )
    }
}
