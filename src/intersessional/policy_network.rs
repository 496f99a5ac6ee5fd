use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::validate::{Check, Checker};
use crate::{Source, Year};

/// A policy network: an intersessional track introduced in 2021 in response
/// to the Roadmap for Digital Cooperation: one on environment and climate
/// change (PNE) and one on universal and meaningful access (PNMA) (seed 004).
///
/// ```
/// use igf_model::{PolicyNetwork, Source, Year};
///
/// let mut pn = PolicyNetwork::new("Policy Network on Meaningful Access", Source::new("Letter of the MAG Chair (seed 004)"));
/// pn.acronym = Some("PNMA".into());
/// pn.since = Some(Year::new(2021).unwrap());
/// assert!(pn.answers_to("PNMA"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct PolicyNetwork {
    /// The network's name, as published.
    #[schemars(length(min = 1))]
    pub name: String,
    /// Its acronym, where published ("PNE", "PNMA").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    /// Its topic, in the source's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// The year it started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<Year>,
    /// Where the network is named.
    pub source: Source,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl PolicyNetwork {
    /// A policy network with its name and source.
    pub fn new(name: impl Into<String>, source: Source) -> Self {
        PolicyNetwork {
            name: name.into(),
            acronym: None,
            topic: None,
            since: None,
            source,
            extensions: crate::Extensions::new(),
        }
    }

    /// True when `reference` names this network, by name or acronym.
    pub fn answers_to(&self, reference: &str) -> bool {
        let wanted = super::normalise_name(reference);
        std::iter::once(&self.name)
            .chain(&self.acronym)
            .any(|n| super::normalise_name(n) == wanted)
    }

    /// True when the network was active in `year`.
    pub fn active_in(&self, year: Year) -> bool {
        self.since.is_some_and(|since| since <= year)
    }
}

impl Check for PolicyNetwork {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        c.text("name", &self.name, "the network's name");
        c.opt_text("acronym", self.acronym.as_deref(), "the network's acronym");
        c.opt_text("topic", self.topic.as_deref(), "the network's topic");
        if let Some(since) = self.since {
            c.field("since", |c| since.check(c));
        }
        c.field("source", |c| self.source.check(c));
    }
}
