use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Cycle;
use crate::validate::{Check, Checker};
use crate::wire;
use crate::{Source, Year};

/// A document a BPF published (the same shape as every intersessional output).
pub type BpfOutput = super::Output;

/// One yearly cycle of a BPF (the same shape as a policy network's cycle).
pub type BpfCycle = super::Cycle;

crate::record! {
/// A Best Practice Forum (BPF): an open, bottom-up intersessional process
/// that collects community experience on one Internet policy issue and
/// publishes it as an output at the annual meeting (The IGF 2020 Report,
/// "Best Practice Forums"). BPFs were re-introduced in 2014; a BPF runs in
/// yearly cycles, its topic sharpened each year. 2019 had Cybersecurity,
/// Local Content, Gender and Access, and Big Data, IoT and AI (the IGF's
/// submission to the CSTD on 2019); 2020 had Cybersecurity, Data and New
/// Technologies in an Internet Context, Gender and Access, and Local Content
/// (The IGF 2020 Report §11.1).
///
/// ```
/// use igf_model::{BestPracticeForum, BpfCycle, Source, Year};
///
/// let mut bpf = BestPracticeForum::new("Local Content", Source::new("igf-2020-report"));
/// bpf.cycles.push(BpfCycle::new(Year::new(2020).unwrap()));
/// assert!(igf_model::Body::active_in(&bpf, Year::new(2020).unwrap()));
/// assert!(bpf.answers_to("BPF on Local Content"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct BestPracticeForum {
    /// The BPF's short name ("Cybersecurity", "Gender and Access").
    #[schemars(length(min = 1))]
    pub name: String,
    /// Other names of the body, current and former, each with its years
    /// and source where known (see [`OtherName`](crate::OtherName)).
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "crate::provenance::OtherNames")]
    pub other_names: Vec<crate::OtherName>,
    /// The BPF's home page across cycles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub home_page: Option<crate::Link>,
    /// The BPF's cycles.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub cycles: Vec<Cycle>,
    /// Where the BPF is named.
    pub source: Source,
    /// Further documents that state the BPF (another year's report, say).
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub other_sources: Vec<Source>,
}
source: source
}

impl BestPracticeForum {
    /// A BPF with its name and source.
    pub fn new(name: impl Into<String>, source: Source) -> Self {
        BestPracticeForum {
            name: name.into(),
            other_names: Vec::new(),
            home_page: None,
            cycles: Vec::new(),
            source,
            other_sources: Vec::new(),
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }

    /// True when the BPF has a cycle in `year`.
    #[deprecated(
        note = "use `Body::active_in` (`use igf_model::Body;`), the one spelling for every body"
    )]
    pub fn ran_in(&self, year: Year) -> bool {
        crate::Body::active_in(self, year)
    }

    /// True when `reference` names this BPF by the crate's one rule
    /// ([`names_match`](super::names_match)), with or without "Best Practice
    /// Forum on", "BPF" or "IGF", in any case.
    pub fn answers_to(&self, reference: &str) -> bool {
        super::names_match(self.names(), reference)
    }

    /// Every name the BPF is known by: its name and other names.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.other_names.iter().map(|n| n.name.as_str()))
    }
}

impl Check for BestPracticeForum {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.text("name", &self.name, "the BPF's name");
        c.each("other_names", &self.other_names, |c, n| n.check(c));
        crate::Link::check_at(c, "home_page", self.home_page.as_ref());
        c.each("cycles", &self.cycles, |c, cycle| cycle.check(c));
        c.field("source", |c| self.source.check(c));
        c.each("other_sources", &self.other_sources, |c, s| s.check(c));
    }
}
