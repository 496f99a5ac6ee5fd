use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::validate::{Check, Checker};

/// A citation: where a record comes from. Every record in a reference
/// dataset carries one, so a reader can go from any figure or name back to
/// the document that states it.
///
/// `document` is the id of a [`Document`](crate::Document) of the same
/// dataset's bibliography ([`Dataset::documents`](crate::Dataset::documents));
/// `section` is the section, table or paragraph as the document numbers
/// it, `page` the page as printed, and `link` a public address of the
/// section itself where there is one. A citation of a document the
/// bibliography does not list is reported (`reference.unknown_document`).
///
/// ```
/// use igf_model::Source;
///
/// let source = Source::new("igf-2020-report").with_section("§11.3");
/// assert_eq!(source.section.as_deref(), Some("§11.3"));
/// let json = serde_json::to_string(&source)?;
/// assert_eq!(json, r#"{"document":"igf-2020-report","section":"§11.3"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Source {
    /// The document, by the id its dataset's bibliography gives it.
    #[schemars(length(min = 1))]
    #[schemars(extend("$comment" = "reference: Document by id, in the same dataset"))]
    pub document: String,
    /// The section, table or paragraph of the document, as it numbers them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The page, as the document numbers it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// The public address of the document or of the section, where one is given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<crate::Link>,
    /// Members the model does not define (`x-` extension members, members of a newer format).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl Source {
    /// A citation of the document with id `document`, nothing narrower.
    pub fn new(document: impl Into<String>) -> Self {
        Source {
            document: document.into(),
            section: None,
            page: None,
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

    /// The same source, narrowed to a page.
    #[must_use]
    pub fn with_page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    /// The same source, with a public link to the cited part.
    #[must_use]
    pub fn with_link(mut self, link: impl Into<crate::Link>) -> Self {
        self.link = Some(link.into());
        self
    }
}

impl Check for Source {
    /// Shape rules of a source: a document named (and, when the checker
    /// knows the dataset's bibliography, listed in it), a well-formed link.
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        c.text("document", &self.document, "the source's document");
        c.cited("document", &self.document);
        c.opt_text("section", self.section.as_deref(), "the source's section");
        c.opt_text("page", self.page.as_deref(), "the source's page");
        crate::Link::check_at(c, "link", self.link.as_ref());
    }
}
