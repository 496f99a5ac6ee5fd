use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::validate::{Check, Checker};
use crate::Source;

/// A thematic track of one annual meeting. Tracks change every year, so
/// they are data of a meeting, not a fixed list: 2020 had Data, Environment,
/// Inclusion and Trust, plus an informal fifth track on digital cooperation
/// (seed 003 §1); 2019 had three themes (seed 002); 2021 had issue areas
/// (seed 004). Sessions, figures and commitments name their track by
/// [`name`](Track::name).
///
/// ```
/// use igf_model::Track;
///
/// let mut track = Track::new("Digital cooperation");
/// track.informal = true;
/// let json = serde_json::to_string(&track)?;
/// assert_eq!(json, r#"{"name":"Digital cooperation","informal":true}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Track {
    /// The track's name as the meeting's documents give it, such as `"Data"`.
    #[schemars(length(min = 1))]
    pub name: String,
    /// True for a track the sources call informal (2020's "digital cooperation").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub informal: bool,
    /// The track's narrative, where published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub narrative: Option<String>,
    /// The overarching policy questions that guided the track.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub policy_questions: Vec<String>,
    /// Where the track is stated, when not the meeting's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl Track {
    /// A formal track with a name and nothing else.
    pub fn new(name: impl Into<String>) -> Self {
        Track {
            name: name.into(),
            informal: false,
            narrative: None,
            policy_questions: Vec::new(),
            source: None,
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for Track {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        c.text("name", &self.name, "the track's name");
        c.opt_text(
            "narrative",
            self.narrative.as_deref(),
            "the track's narrative",
        );
        c.texts(
            "policy_questions",
            &self.policy_questions,
            "policy question",
        );
        if let Some(source) = &self.source {
            c.field("source", |c| source.check(c));
        }
    }
}
