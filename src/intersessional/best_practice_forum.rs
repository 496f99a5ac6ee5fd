use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::enums::closed_enum;
use crate::validate::{Check, Checker};
use crate::{Source, Year};

closed_enum! {
    /// The kind of a BPF output. In 2020 the BPFs published background and
    /// research papers and draft reports for Phase 1 (seed 003 §2), and final
    /// reports in December (seed 001 §11.1). Marked `#[non_exhaustive]`.
    ///
    /// ```
    /// use igf_model::OutputKind;
    /// assert_eq!(OutputKind::DraftReport.to_string(), "draft_report");
    /// ```
    #[non_exhaustive]
    pub enum OutputKind in "snake_case" {
        /// A background paper.
        BackgroundPaper,
        /// A research paper.
        ResearchPaper,
        /// A draft report, open for feedback.
        DraftReport,
        /// The final report of a cycle.
        FinalReport,
    }
}

/// A document a BPF published: its kind, title, link and date.
///
/// ```
/// use igf_model::{BpfOutput, OutputKind};
///
/// let output = BpfOutput::new(OutputKind::FinalReport, "Gender at the Internet Governance Forum");
/// assert_eq!(
///     serde_json::to_string(&output)?,
///     r#"{"kind":"final_report","title":"Gender at the Internet Governance Forum"}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct BpfOutput {
    /// What kind of document it is.
    pub kind: OutputKind,
    /// Its title, as published.
    #[schemars(length(min = 1))]
    pub title: String,
    /// Where it can be downloaded.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^https?://[^ ]+$"))]
    pub link: Option<String>,
    /// The day it was published or announced, where the source gives one.
    #[serde(
        default,
        deserialize_with = "crate::wire::opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub date: Option<NaiveDate>,
    /// Where the output is listed, when not the cycle's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl BpfOutput {
    /// An output with its kind and title.
    pub fn new(kind: OutputKind, title: impl Into<String>) -> Self {
        BpfOutput {
            kind,
            title: title.into(),
            link: None,
            date: None,
            source: None,
            extensions: crate::Extensions::new(),
        }
    }
}

/// One yearly cycle of a BPF: its topic as the MAG confirmed it that year,
/// its page, and its outputs.
///
/// ```
/// use igf_model::{BpfCycle, Year};
///
/// let cycle = BpfCycle::new(Year::new(2020).unwrap());
/// assert!(cycle.outputs.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct BpfCycle {
    /// The year of the cycle.
    pub year: Year,
    /// The cycle's full topic ("Exploring best practices in relation to
    /// international cybersecurity agreements").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// The cycle's page.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^https?://[^ ]+$"))]
    pub home_page: Option<String>,
    /// What the cycle published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outputs: Vec<BpfOutput>,
    /// Where the cycle is described, when not the BPF's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl BpfCycle {
    /// A cycle of `year`, nothing else known yet.
    pub fn new(year: Year) -> Self {
        BpfCycle {
            year,
            topic: None,
            home_page: None,
            outputs: Vec::new(),
            source: None,
            extensions: crate::Extensions::new(),
        }
    }
}

/// A Best Practice Forum (BPF): an open, bottom-up intersessional process
/// that collects community experience on one Internet policy issue and
/// publishes it as an output at the annual meeting (seed 001, "Best Practice
/// Forums" §1.2). BPFs were re-introduced in 2014; a BPF runs in yearly
/// cycles, its topic sharpened each year. 2019 had Cybersecurity, Local
/// Content, Gender and Access, and Big Data, IoT and AI (seed 002); 2020 had
/// Cybersecurity, Data and New Technologies in an Internet Context, Gender and
/// Access, and Local Content (seed 001 §11.1).
///
/// ```
/// use igf_model::{BestPracticeForum, BpfCycle, Source, Year};
///
/// let mut bpf = BestPracticeForum::new("Local Content", Source::new("IGF 2020 final report (seed 001)"));
/// bpf.cycles.push(BpfCycle::new(Year::new(2020).unwrap()));
/// assert!(bpf.ran_in(Year::new(2020).unwrap()));
/// assert!(bpf.answers_to("BPF on Local Content"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct BestPracticeForum {
    /// The BPF's short name ("Cybersecurity", "Gender and Access").
    #[schemars(length(min = 1))]
    pub name: String,
    /// Other names the BPF is referred to by ("BPF Gender", "IoT, Big Data and AI").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<String>,
    /// The BPF's home page across cycles.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^https?://[^ ]+$"))]
    pub home_page: Option<String>,
    /// The BPF's cycles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cycles: Vec<BpfCycle>,
    /// Where the BPF is named.
    pub source: Source,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
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
            extensions: crate::Extensions::new(),
        }
    }

    /// True when the BPF has a cycle in `year`.
    pub fn ran_in(&self, year: Year) -> bool {
        self.cycles.iter().any(|c| c.year == year)
    }

    /// True when `reference` names this BPF, with or without "Best Practice
    /// Forum on", "BPF" or "IGF", in any case.
    pub fn answers_to(&self, reference: &str) -> bool {
        let wanted = super::normalise_name(reference);
        std::iter::once(&self.name)
            .chain(&self.other_names)
            .any(|n| super::normalise_name(n) == wanted)
    }
}

impl Check for BestPracticeForum {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        c.text("name", &self.name, "the BPF's name");
        c.texts("other_names", &self.other_names, "other name");
        c.link("home_page", self.home_page.as_deref());
        c.each("cycles", &self.cycles, |c, cycle| {
            cycle.extensions.check(c);
            c.field("year", |c| cycle.year.check(c));
            c.opt_text("topic", cycle.topic.as_deref(), "the cycle's topic");
            c.link("home_page", cycle.home_page.as_deref());
            c.each("outputs", &cycle.outputs, |c, o| {
                o.extensions.check(c);
                c.text("title", &o.title, "the output's title");
                c.link("link", o.link.as_deref());
                if let Some(d) = o.date {
                    c.writable("date", crate::wire::date_writable(d), || d.to_string());
                }
                if let Some(source) = &o.source {
                    c.field("source", |c| source.check(c));
                }
            });
            if let Some(source) = &cycle.source {
                c.field("source", |c| source.check(c));
            }
        });
        c.field("source", |c| self.source.check(c));
    }
}
