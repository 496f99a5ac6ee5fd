use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::enums::open_enum;
use crate::validate::{Check, Checker};
use crate::wire;
use crate::{Source, Year};

open_enum! {
    /// The kind of a document the IGF's intersessional work published. In
    /// 2020 the BPFs published background and research papers and draft
    /// reports for Phase 1 (IGF 2020 Phase 1 Summary §2), and final reports
    /// in December (The IGF 2020 Report §11.1); policy networks publish
    /// reports, frameworks and calls to action; the Leadership Panel papers;
    /// the Parliamentary Track messages and declarations. An open list.
    ///
    /// ```
    /// use igf_model::OutputKind;
    /// assert_eq!(OutputKind::DraftReport.to_string(), "draft_report");
    /// assert_eq!("call_to_action".parse::<OutputKind>().unwrap(), OutputKind::CallToAction);
    /// ```
    pub enum OutputKind {
        /// A background paper.
        BackgroundPaper,
        /// A research paper.
        ResearchPaper,
        /// A draft report, open for feedback.
        DraftReport,
        /// The final report of a cycle.
        FinalReport,
        /// A report (neither called draft nor final).
        Report,
        /// A framework (such as a framework for discussing a policy issue).
        Framework,
        /// A call to action.
        CallToAction,
        /// A paper (such as the Leadership Panel's "The Internet We Want").
        Paper,
        /// Messages or key takeaways.
        Messages,
        /// A declaration.
        Declaration,
        /// A statement.
        Statement,
        /// An output document (the Parliamentary Track's, for instance).
        OutputDocument,
        /// An outcome document.
        OutcomeDocument,
    }
}

crate::record! {
/// A document an intersessional activity (a BPF, a policy network, the
/// Leadership Panel, the Parliamentary Track) published: its kind, title,
/// link and date.
///
/// ```
/// use igf_model::{Output, OutputKind};
///
/// let output = Output::new(OutputKind::FinalReport, "Gender at the Internet Governance Forum");
/// assert_eq!(
///     serde_json::to_string(&output)?,
///     r#"{"kind":"final_report","title":"Gender at the Internet Governance Forum"}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Output {
    /// What kind of document it is.
    pub kind: OutputKind,
    /// Its title, as published.
    #[schemars(length(min = 1))]
    pub title: String,
    /// Where it can be downloaded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<crate::Link>,
    /// The day it was published or announced, where the source gives one.
    #[serde(default, deserialize_with = "wire::opt_date", skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Where the output is listed, when not its owner's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}
source: optional
}

impl Output {
    /// An output with its kind and title.
    pub fn new(kind: OutputKind, title: impl Into<String>) -> Self {
        Output {
            kind,
            title: title.into(),
            link: None,
            date: None,
            source: None,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for Output {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.known("kind", &self.kind);
        c.text("title", &self.title, "the output's title");
        crate::Link::check_at(c, "link", self.link.as_ref());
        if let Some(d) = self.date {
            c.writable("date", crate::wire::date_writable(d), || d.to_string());
        }
        if let Some(source) = &self.source {
            c.field("source", |c| source.check(c));
        }
    }
}

crate::record! {
/// One yearly cycle of a BPF or a policy network: its topic as the MAG
/// confirmed it that year, its page, and its outputs. A body is active in
/// the years it has cycles for.
///
/// ```
/// use igf_model::{Cycle, Year};
///
/// let cycle = Cycle::new(Year::new(2020).unwrap());
/// assert!(cycle.outputs.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Cycle {
    /// The year of the cycle.
    #[schemars(extend("minimum" = crate::year::FIRST_IGF_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    pub year: Year,
    /// The cycle's full topic ("Exploring best practices in relation to
    /// international cybersecurity agreements").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// The cycle's page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub home_page: Option<crate::Link>,
    /// What the cycle published.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub outputs: Vec<Output>,
    /// Where the cycle is described, when not the body's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}
source: optional
}

impl Cycle {
    /// A cycle of `year`, nothing else known yet.
    pub fn new(year: Year) -> Self {
        Cycle {
            year,
            topic: None,
            home_page: None,
            outputs: Vec::new(),
            source: None,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for Cycle {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.field("year", |c| self.year.check(c));
        c.opt_text("topic", self.topic.as_deref(), "the cycle's topic");
        crate::Link::check_at(c, "home_page", self.home_page.as_ref());
        c.each("outputs", &self.outputs, |c, o| o.check(c));
        if let Some(source) = &self.source {
            c.field("source", |c| source.check(c));
        }
    }
}
