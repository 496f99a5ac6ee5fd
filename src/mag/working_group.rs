use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::checked::{checked_string, runs_joined_by};
use crate::Source;

checked_string! {
    /// The acronym of a MAG working group: `"WG-"` and a name, such as
    /// `"WG-OE"`, `"WG-WSP"`, `"WG-Language"`, `"WG-Strategy"` (2020, seed 001)
    /// or `"WG-IMP"`, `"WG-FUN"` (2019, seed 002).
    ///
    /// Grammar: `WG-` then ASCII letters and digits, in runs joined by single
    /// hyphens; at most 32 characters.
    ///
    /// ```
    /// use igf_model::WgAcronym;
    ///
    /// let wg: WgAcronym = "WG-Strategy".parse()?;
    /// assert_eq!(wg.to_string(), "WG-Strategy");
    /// assert!("Strategy".parse::<WgAcronym>().is_err());
    /// # Ok::<(), igf_model::InvalidWgAcronym>(())
    /// ```
    WgAcronym, error = InvalidWgAcronym, check = is_wg_acronym,
    pattern = "^WG-[A-Za-z0-9]+(-[A-Za-z0-9]+)*$",
    expected = "a MAG working group acronym: \"WG-\" then letters and digits joined by single hyphens, such as \"WG-OE\" or \"WG-Strategy\"",
    min_len = 4, max_len = 32
}

fn is_wg_acronym(s: &str) -> bool {
    s.strip_prefix("WG-")
        .is_some_and(|rest| runs_joined_by(rest, &['-']))
}

/// A working group of the MAG: a group of members who work through the
/// year on one aspect of the IGF process. In 2020: Outreach and Engagement
/// (WG-OE), Workshop Process (WG-WSP), Language (WG-Language) and IGF
/// Strengthening and Strategy (WG-Strategy) (seed 001, "MAG working groups").
///
/// ```
/// use igf_model::WorkingGroup;
///
/// let wg = WorkingGroup::new("WG-OE".parse()?, "Working Group on Outreach and Engagement");
/// assert_eq!(
///     serde_json::to_string(&wg).unwrap(),
///     r#"{"acronym":"WG-OE","name":"Working Group on Outreach and Engagement"}"#
/// );
/// # Ok::<(), igf_model::InvalidWgAcronym>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct WorkingGroup {
    /// The group's acronym.
    pub acronym: WgAcronym,
    /// The group's full name.
    #[schemars(length(min = 1))]
    pub name: String,
    /// The group's page.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^https?://[^ ]+$"))]
    pub link: Option<String>,
    /// Where the group is named, when not the MAG's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl WorkingGroup {
    /// A working group with its acronym and name.
    pub fn new(acronym: WgAcronym, name: impl Into<String>) -> Self {
        WorkingGroup {
            acronym,
            name: name.into(),
            link: None,
            source: None,
            extensions: crate::Extensions::new(),
        }
    }
}
