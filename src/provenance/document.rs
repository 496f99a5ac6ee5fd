use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::validate::{Check, Checker};
use crate::wire;
use crate::Year;

/// A document of a dataset's bibliography: a report, a letter, a web page,
/// a press release. Records cite it by `id` (see [`Source`](crate::Source)).
///
/// Everything but the id and the title is optional, and holds only what the
/// document itself gives: its date, or just its year, or the "accurate as
/// of" time it prints; its version; the address of the document and of the
/// web page presenting it.
///
/// ```
/// use igf_model::Document;
///
/// let doc: Document = serde_json::from_str(r#"{
///     "id": "igf-2020-voluntary-commitments-v1",
///     "title": "Compilation: IGF 2020 Voluntary Commitments",
///     "issuer": "IGF Secretariat",
///     "as_of": "Accurate as of 10:30 UTC, 17 November 2020",
///     "version": "Version 1"
/// }"#)?;
/// assert_eq!(doc.version.as_deref(), Some("Version 1"));
/// assert!(doc.date.is_none());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Document {
    /// The id records cite it by, unique in its dataset; lowercase words
    /// joined by hyphens are recommended (`"igf-2020-report"`).
    #[schemars(length(min = 1))]
    pub id: String,
    /// The title, as the document prints it.
    #[schemars(length(min = 1))]
    pub title: String,
    /// The body or person that issued it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// The date it gives for itself, where it gives a full date.
    #[serde(default, deserialize_with = "wire::opt_date", skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The year it was issued, where only the year is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("minimum" = crate::year::FIRST_RECORD_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    pub year: Option<Year>,
    /// The time the document says it is accurate as of, as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// The version, as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The public address of the document itself (a PDF, for instance).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<crate::Link>,
    /// The public address of the web page that presents it (for a web page:
    /// its own address).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_page: Option<crate::Link>,
    /// Anything a reader needs to know to find or read it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// What documents state of the record's members, each with its own
    /// source (see [`Statement`](crate::Statement)).
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<crate::Statement>,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl Document {
    /// A document with id `id` and title `title`, nothing else known.
    pub fn new(id: impl Into<String>, title: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            title: title.into(),
            issuer: None,
            date: None,
            year: None,
            as_of: None,
            version: None,
            link: None,
            web_page: None,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }

    /// The document's best address: the document itself, else its web page.
    pub fn address(&self) -> Option<&str> {
        self.link.as_deref().or(self.web_page.as_deref())
    }
}

impl Check for Document {
    /// Shape rules of a document: an id and a title, well-formed links.
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.text("id", &self.id, "the document's id");
        c.text("title", &self.title, "the document's title");
        if let Some(year) = self.year {
            c.field("year", |c| year.check_record(c));
        }
        c.opt_text("issuer", self.issuer.as_deref(), "the document's issuer");
        c.opt_text("as_of", self.as_of.as_deref(), "the document's as-of time");
        c.opt_text("version", self.version.as_deref(), "the document's version");
        if let Some(date) = self.date {
            c.writable("date", crate::wire::date_writable(date), || {
                date.to_string()
            });
        }
        crate::Link::check_at(c, "link", self.link.as_ref());
        crate::Link::check_at(c, "web_page", self.web_page.as_ref());
    }
}

crate::provenance::curated!(Document => none);
