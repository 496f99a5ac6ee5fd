//! Where a record comes from: the document, its section and its public link.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::validate::{Check, Checker};

/// The published source of a record: every record in a reference dataset
/// carries one, so a reader can go from any figure or name back to the
/// document that states it (MODEL.md, "Provenance").
///
/// `document` names the document (for the crate's reference data, the seed
/// document's title and its number, e.g. `"IGF 2020 final report (seed 001)"`);
/// `section` is the section, table or paragraph as the document numbers it;
/// `link` is the document's public address where one is published.
///
/// ```
/// use igf_model::Source;
///
/// let source = Source::new("IGF 2020 final report (seed 001)").with_section("§11.3");
/// assert_eq!(source.section.as_deref(), Some("§11.3"));
/// let json = serde_json::to_string(&source)?;
/// assert_eq!(json, r#"{"document":"IGF 2020 final report (seed 001)","section":"§11.3"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    /// The document, by title (and, for the crate's reference data, seed number).
    #[schemars(length(min = 1))]
    pub document: String,
    /// The section, table or paragraph of the document, as it numbers them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The public address of the document or of the section, where one is given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^https?://[^ ]+$"))]
    pub link: Option<String>,
    /// Members the model does not define (`x-` extension members, members of a newer format).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl Source {
    /// A source naming only its document.
    pub fn new(document: impl Into<String>) -> Self {
        Source {
            document: document.into(),
            section: None,
            link: None,
            extensions: crate::Extensions::new(),
        }
    }

    /// The same source, narrowed to a section.
    #[must_use]
    pub fn with_section(mut self, section: impl Into<String>) -> Self {
        self.section = Some(section.into());
        self
    }

    /// The same source, with the public link of the document.
    #[must_use]
    pub fn with_link(mut self, link: impl Into<String>) -> Self {
        self.link = Some(link.into());
        self
    }
}

impl Source {}

impl Check for Source {
    /// Shape rules of a source: a document named, a well-formed link.
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        c.text("document", &self.document, "the source's document");
        c.opt_text("section", self.section.as_deref(), "the source's section");
        c.link("link", self.link.as_deref());
    }
}
