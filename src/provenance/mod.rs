//! Where records come from: the documents a dataset cites (its
//! bibliography) and the citations records make of them.
//!
//! A dataset lists each document once in
//! [`Dataset::documents`](crate::Dataset::documents), under a stable id,
//! with its title as printed, its issuer, its date and its links. Each record
//! cites one of them by id in its [`Source`], narrowed to a section or page.
//!
//! ```
//! use igf_model::{Dataset, Document, Meeting, Source, Year};
//!
//! let mut dataset = Dataset::new();
//! let mut report = Document::new("igf-2020-report", "The IGF 2020 Report");
//! report.issuer = Some("IGF Secretariat".into());
//! dataset.documents.push(report);
//! dataset.meetings.push(Meeting::new(Year::new(2020)?, Source::new("igf-2020-report").with_section("§3.1")));
//! assert!(igf_model::validate::validate(&dataset).is_empty());
//!
//! dataset.meetings[0].source = Source::new("igf-2020-summary");
//! let findings = igf_model::validate::validate(&dataset);
//! assert_eq!(findings[0].code(), "reference.unknown_document");
//! assert_eq!(findings[0].path, "/meetings/0/source/document");
//! # Ok::<(), igf_model::InvalidYear>(())
//! ```

mod coverage;
mod document;
mod link;
pub(crate) mod members;
mod other_name;
mod source;
mod statement;

pub(crate) use coverage::check_coverage;
pub use coverage::{Coverage, Extent};
pub use document::Document;
pub use link::Link;
pub use other_name::OtherName;
pub(crate) use other_name::OtherNames;
pub use source::Source;
pub(crate) use statement::{
    check_curated, check_curated_adopted, cite, curated, record, Adopted, Curated,
};
pub use statement::{Rank, Statement};
