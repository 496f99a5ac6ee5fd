//! The aggregate root: one dataset document, what a JSON file holds.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{
    BestPracticeForum, Commitment, DynamicCoalition, FormatVersion, Mag, Meeting, Nri,
    PolicyNetwork, RoadmapMapping,
};

/// A dataset of IGF records: what one JSON file holds. It gathers annual
/// meetings (with their tracks, sessions, figures and messages), the
/// intersessional work (Dynamic Coalitions, NRIs, BPFs, policy networks), the
/// MAGs, voluntary commitments, and the Roadmap mapping.
///
/// Cross-record rules (a commitment's session exists, a Roadmap activity
/// resolves, no duplicate coalitions) are checked over a whole dataset:
/// see [`crate::validate::validate`].
///
/// ```
/// use igf_model::{Dataset, Meeting, Source, Year};
///
/// let mut dataset = Dataset::new();
/// dataset.meetings.push(Meeting::new(Year::new(2019).unwrap(), Source::new("IGF input to the CSTD (seed 002)")));
/// let json = serde_json::to_string(&dataset)?;
/// assert_eq!(json, r#"{"format_version":"0.2","meetings":[{"year":2019,"source":{"document":"IGF input to the CSTD (seed 002)"}}]}"#);
/// let back: Dataset = serde_json::from_str(&json)?;
/// assert_eq!(back, dataset);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Dataset {
    /// The JSON Schema the file follows, as a URI reference (what editors
    /// use for completion and checking), such as the bundle's `$id` or a
    /// path to `schemas/igf.schema.json`. Kept as written.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The version of the format the file follows. A file without one
    /// follows version 0.1; reading upgrades older versions to
    /// [`FormatVersion::CURRENT`], and writing always states the version.
    #[serde(default = "crate::format::unversioned")]
    pub format_version: FormatVersion,
    /// What the dataset holds, in a sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Annual meetings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Meeting>,
    /// Dynamic Coalitions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dynamic_coalitions: Vec<DynamicCoalition>,
    /// National, Regional, Sub-regional and Youth IGF initiatives.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nris: Vec<Nri>,
    /// Best Practice Forums.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub best_practice_forums: Vec<BestPracticeForum>,
    /// Policy networks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub policy_networks: Vec<PolicyNetwork>,
    /// The MAG of each year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mags: Vec<Mag>,
    /// Voluntary commitments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commitments: Vec<Commitment>,
    /// Rows of the mapping of Roadmap areas to IGF activities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roadmap_mappings: Vec<RoadmapMapping>,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl Dataset {
    /// An empty dataset.
    pub fn new() -> Self {
        Dataset::default()
    }

    /// The meeting of `year`, if the dataset has it.
    pub fn meeting(&self, year: crate::Year) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.year == year)
    }

    /// Serialises the dataset as pretty-printed JSON.
    ///
    /// ```
    /// let text = igf_model::reference::igf2019().to_json_pretty()?;
    /// assert!(text.starts_with("{\n  \"$schema\": \"../schemas/igf.schema.json\",\n  \"format_version\": \"0.2\""));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn to_json_pretty(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }
}
