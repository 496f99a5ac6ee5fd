use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Cycle;
use crate::validate::{Check, Checker};
use crate::wire;
use crate::{Source, Year};

crate::record! {
/// A policy network: an intersessional track introduced in 2021 in response
/// to the Roadmap for Digital Cooperation. The MAG Chair's letter of 29
/// November 2021 names the first two, on environment and climate change
/// (PNE) and on meaningful access (PNMA); networks on Internet
/// fragmentation (PNIF, 2022) and artificial intelligence (PNAI, 2023)
/// followed.
///
/// A network works in yearly [`Cycle`]s with their outputs, so one that
/// ended (the Environment network ran in 2021 only) is active only in its
/// cycles' years; without cycles, it counts as active from `since` on.
///
/// ```
/// use igf_model::{Cycle, PolicyNetwork, Source, Year};
///
/// let mut pn = PolicyNetwork::new("Policy Network on Environment", Source::new("mag-chair-letter-2021"));
/// pn.acronym = Some("PNE".into());
/// pn.since = Some(Year::new(2021)?);
/// assert!(pn.active_in(Year::new(2022)?));
/// pn.cycles.push(Cycle::new(Year::new(2021)?));
/// assert!(!pn.active_in(Year::new(2022)?));
/// assert!(pn.answers_to("PNE"));
/// # Ok::<(), igf_model::InvalidYear>(())
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
    /// Other names of the body, current and former, each with its years
    /// and source where known (see [`OtherName`](crate::OtherName)).
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "crate::provenance::OtherNames")]
    pub other_names: Vec<crate::OtherName>,
    /// Its topic, in the source's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// The year it started.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("minimum" = crate::year::FIRST_IGF_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    pub since: Option<Year>,
    /// Its home page across cycles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub home_page: Option<crate::Link>,
    /// Its yearly cycles and their outputs.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub cycles: Vec<Cycle>,
    /// Where the network is named.
    pub source: Source,
    /// Further documents that state the network.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub other_sources: Vec<Source>,
}
source: source
}

impl PolicyNetwork {
    /// A policy network with its name and source.
    pub fn new(name: impl Into<String>, source: Source) -> Self {
        PolicyNetwork {
            name: name.into(),
            acronym: None,
            other_names: Vec::new(),
            topic: None,
            since: None,
            home_page: None,
            cycles: Vec::new(),
            source,
            other_sources: Vec::new(),
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }

    /// True when `reference` names this network by the crate's one rule
    /// ([`names_match`](super::names_match)), by name, acronym or other
    /// name, with or without "Policy Network on" or "IGF", in any case.
    pub fn answers_to(&self, reference: &str) -> bool {
        super::names_match(self.names(), reference)
    }

    /// Every name the network is known by: its name, acronym and other names.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.acronym.as_deref())
            .chain(self.other_names.iter().map(|n| n.name.as_str()))
    }

    /// True when the network was active in `year`: it has a cycle that
    /// year, or, when it lists no cycles, it had started by then.
    ///
    /// The same as [`Body::active_in`](crate::Body::active_in), kept so
    /// that calls without the trait in scope keep working.
    pub fn active_in(&self, year: Year) -> bool {
        crate::Body::active_in(self, year)
    }
}

impl Check for PolicyNetwork {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.text("name", &self.name, "the network's name");
        c.opt_text("acronym", self.acronym.as_deref(), "the network's acronym");
        c.each("other_names", &self.other_names, |c, n| n.check(c));
        c.opt_text("topic", self.topic.as_deref(), "the network's topic");
        if let Some(since) = self.since {
            c.field("since", |c| since.check(c));
        }
        crate::Link::check_at(c, "home_page", self.home_page.as_ref());
        c.each("cycles", &self.cycles, |c, cycle| cycle.check(c));
        c.field("source", |c| self.source.check(c));
        c.each("other_sources", &self.other_sources, |c, s| s.check(c));
    }
}
