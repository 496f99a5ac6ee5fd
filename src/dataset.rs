//! The aggregate root: one dataset document, what a JSON file holds.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::wire;
use crate::{
    BestPracticeForum, Commitment, Document, DynamicCoalition, FormatVersion, GdcMapping,
    LeadershipPanel, Mag, Meeting, Nri, ParliamentaryEvent, PolicyNetwork, RoadmapMapping,
};

/// A dataset of IGF records: what one JSON file holds. It gathers the
/// documents it cites (its bibliography), annual meetings (with their
/// tracks, sessions, figures and messages), the intersessional work
/// (Dynamic Coalitions, NRIs, BPFs, policy networks), the MAGs, the
/// Leadership Panel, the Parliamentary Track, voluntary commitments, and
/// the mappings of IGF work to the Roadmap for Digital Cooperation and the
/// Global Digital Compact.
///
/// Cross-record rules (a commitment's session exists, a Roadmap activity
/// resolves, no duplicate coalitions) are checked over a whole dataset:
/// see [`crate::validate::validate`].
///
/// Read a dataset with [`crate::load`], which reports every problem with
/// its line and column. Reading one by any other route (serde's
/// `Deserialize`, as `serde_json::from_str` does) upgrades a file of an
/// older [format](crate::format) as `load` does, or, where the upgrade
/// finds a problem, fails with an error that names the format version and
/// the problem's JSON Pointer: never a dataset read wrong.
///
/// ```
/// use igf_model::{Dataset, Document, Meeting, Source, Year};
///
/// let mut dataset = Dataset::new();
/// dataset.documents.push(Document::new("igf-cstd-2019", "Submission by the Internet Governance Forum"));
/// dataset.meetings.push(Meeting::new(Year::new(2019).unwrap(), Source::new("igf-cstd-2019")));
/// let json = serde_json::to_string(&dataset)?;
/// assert_eq!(json, r#"{"format_version":"0.4","documents":[{"id":"igf-cstd-2019","title":"Submission by the Internet Governance Forum"}],"meetings":[{"year":2019,"source":{"document":"igf-cstd-2019"}}]}"#);
/// let back: Dataset = serde_json::from_str(&json)?;
/// assert_eq!(back, dataset);
///
/// // An older format is upgraded as it is read, by serde too.
/// let old: Dataset = serde_json::from_str(r#"{"format_version": "0.2", "meetings": [
///     {"year": 2019, "host": {"kind": "government", "country": "Germany"}, "source": {"document": "IGF 2019"}}]}"#)?;
/// assert_eq!(old.format_version, igf_model::FormatVersion::CURRENT);
/// assert_eq!(old.meetings[0].hosts.len(), 1);
/// assert_eq!(old.documents[0].id, "IGF 2019");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
// The derived code is the format as written; the `Serialize` and
// `Deserialize` impls below wrap it, the latter with the upgrade of older
// formats.
#[serde(remote = "Self")]
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
    /// The datasets this one builds on: the records its references may
    /// name beside its own (a Roadmap mapping naming the coalitions of
    /// another file). The gate ([`crate::gate`], `igf validate`) validates
    /// the dataset together with them and reports only the dataset's own
    /// findings. New in format 0.4.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub builds_on: Vec<Basis>,
    /// The documents the dataset's records cite, each once, by id.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<Document>,
    /// Annual meetings.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Meeting>,
    /// Dynamic Coalitions.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub dynamic_coalitions: Vec<DynamicCoalition>,
    /// National, Regional, Sub-regional and Youth IGF initiatives.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub nris: Vec<Nri>,
    /// Best Practice Forums.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub best_practice_forums: Vec<BestPracticeForum>,
    /// Policy networks.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub policy_networks: Vec<PolicyNetwork>,
    /// The MAG of each year.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub mags: Vec<Mag>,
    /// The IGF Leadership Panel, as appointed.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub leadership_panels: Vec<LeadershipPanel>,
    /// The events of the Parliamentary Track (and the parliamentary
    /// roundtables before it).
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub parliamentary_track: Vec<ParliamentaryEvent>,
    /// Voluntary commitments.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub commitments: Vec<Commitment>,
    /// Rows of the mapping of Roadmap areas to IGF activities.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub roadmap_mappings: Vec<RoadmapMapping>,
    /// Rows of the mapping of Global Digital Compact objectives to IGF activities.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub gdc_mappings: Vec<GdcMapping>,
    /// What the dataset's lists cover, per year where a list spans years:
    /// every item, or a sample (see [`Coverage`](crate::Coverage)). A list
    /// no coverage speaks of is a sample.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub coverage: Vec<crate::Coverage>,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl Serialize for Dataset {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Dataset::serialize(self, serializer)
    }
}

/// Reads a dataset and upgrades an older format to the current one, with
/// [`crate::format`]'s one upgrade (the one [`crate::load`] runs).
impl<'de> Deserialize<'de> for Dataset {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut dataset = Dataset::deserialize(deserializer)?;
        let read = dataset.format_version;
        crate::format::upgrade(&mut dataset).map_err(|problems| {
            let listed: Vec<String> = problems
                .iter()
                .map(|(pointer, reason)| format!("{pointer}: {reason}"))
                .collect();
            serde::de::Error::custom(format!(
                "this dataset of format {read} cannot be upgraded to format {}: {}; read it with igf_model::load for every problem with its line and column",
                crate::FormatVersion::CURRENT,
                listed.join("; ")
            ))
        })?;
        Ok(dataset)
    }
}

/// A dataset read as written, without the upgrade of older formats: what
/// [`crate::load`] reads before it upgrades, so that the upgrade's
/// problems are located in the text.
#[derive(Debug)]
pub(crate) struct AsWritten(pub(crate) Dataset);

impl<'de> Deserialize<'de> for AsWritten {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Dataset::deserialize(deserializer).map(AsWritten)
    }
}

impl JsonSchema for AsWritten {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        Dataset::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Dataset::json_schema(generator)
    }
}

impl Dataset {
    /// An empty dataset.
    pub fn new() -> Self {
        Dataset::default()
    }

    /// The document with id `id`, if the bibliography lists it.
    ///
    /// ```
    /// let igf2020 = igf_model::reference::igf2020();
    /// let report = igf2020.document("igf-2020-report").unwrap();
    /// assert_eq!(report.issuer.as_deref(), Some("IGF Secretariat"));
    /// ```
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// Adds every record of `other` to this dataset, after its own: the
    /// lists are joined, and a document of `other` equal to one already
    /// listed is listed once (two different documents under one id are both
    /// kept, and the validator reports them). Nothing else is merged: two
    /// records of one meeting or coalition stay two records, and the
    /// validator reports them (`reference.duplicate_record`). What the
    /// datasets build on (`builds_on`) is joined as documents are.
    ///
    /// ```
    /// use igf_model::reference;
    ///
    /// let mut both = reference::igf2021().clone();
    /// both.merge(reference::intersessional().clone());
    /// assert!(igf_model::validate::validate(&both).iter().all(|f| !f.is_error()));
    /// ```
    pub fn merge(&mut self, other: Dataset) {
        for basis in other.builds_on {
            if !self.builds_on.contains(&basis) {
                self.builds_on.push(basis);
            }
        }
        for doc in other.documents {
            if !self.documents.contains(&doc) {
                self.documents.push(doc);
            }
        }
        self.meetings.extend(other.meetings);
        self.dynamic_coalitions.extend(other.dynamic_coalitions);
        self.nris.extend(other.nris);
        self.best_practice_forums.extend(other.best_practice_forums);
        self.policy_networks.extend(other.policy_networks);
        self.mags.extend(other.mags);
        self.leadership_panels.extend(other.leadership_panels);
        self.parliamentary_track.extend(other.parliamentary_track);
        self.commitments.extend(other.commitments);
        self.roadmap_mappings.extend(other.roadmap_mappings);
        self.gdc_mappings.extend(other.gdc_mappings);
        self.coverage.extend(other.coverage);
    }

    /// The meeting of `year`, if the dataset has it.
    pub fn meeting(&self, year: crate::Year) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.year == year)
    }

    /// Serialises the dataset as pretty-printed JSON.
    ///
    /// ```
    /// let text = igf_model::reference::igf2019().to_json_pretty()?;
    /// assert!(text.starts_with("{\n  \"$schema\": \"../schemas/igf.schema.json\",\n  \"format_version\": \"0.4\""));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn to_json_pretty(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }
}

/// A dataset another builds on: one of the reference datasets embedded in
/// the crate, by file name (see [`crate::reference::FILES`]). New in format
/// 0.4.
///
/// ```
/// use igf_model::{Basis, Dataset};
///
/// let mut mapping = Dataset::new();
/// mapping.builds_on.push(Basis::reference("intersessional.json"));
/// let json = serde_json::to_value(&mapping)?;
/// assert_eq!(json["builds_on"], serde_json::json!([{"reference": "intersessional.json"}]));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Basis {
    /// The embedded reference dataset, by file name (`"intersessional.json"`).
    #[schemars(length(min = 1))]
    pub reference: String,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl Basis {
    /// The embedded reference dataset `name`.
    pub fn reference(name: impl Into<String>) -> Self {
        Basis {
            reference: name.into(),
            extensions: crate::Extensions::new(),
        }
    }

    /// The embedded dataset it names, if the crate embeds one by that name.
    pub fn resolve(&self) -> Option<&'static Dataset> {
        if self.reference == "all" {
            return None;
        }
        crate::reference::get(&self.reference)
    }
}

impl crate::validate::Check for Basis {
    fn check(&self, c: &mut crate::validate::Checker) {
        self.extensions.check(c);
        if !crate::reference::FILES
            .iter()
            .any(|(name, _)| *name == self.reference)
        {
            let names: Vec<&str> = crate::reference::FILES.iter().map(|(n, _)| *n).collect();
            c.report_at(
                "reference",
                crate::validate::Rule::UnknownBasis,
                format!(
                    "the dataset builds on {:?}, which is not a reference dataset of this crate (there are {})",
                    self.reference,
                    names.join(", ")
                ),
            );
        }
    }
}
