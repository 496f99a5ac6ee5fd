//! Validation: every rule, collected, each finding with a stable code, a
//! severity, the JSON Pointer of the offending value and a message a person
//! can act on.
//!
//! [`validate`] checks a whole [`Dataset`] and returns every finding, not
//! the first. Each entity also implements [`Validate`] for the rules that
//! need no other record; its paths are then relative to the entity.
//!
//! Where the rules live: each entity's own field rules beside its type (a
//! session's in `forum/session.rs`); every rule that needs another record
//! here, under `validate/` (`meeting.rs` for references within a meeting,
//! `figures.rs` for figures compared with each other, `dataset.rs` for
//! references across a dataset), checked through indexes built once, so the
//! cost grows linearly with the data. [`Rule`], [`Finding`] and the checker
//! import no type of the model.
//!
//! # Rule catalogue
//!
#![doc = include_str!("../../docs/rules.md")]
//!
//! The JSON Schema (`schemas/igf.schema.json`) carries the shape rules it
//! can express (patterns, lengths, ranges, enumerations); every rule above
//! except `load.*` is beyond it or goes further than it.

mod checker;
mod dataset;
mod figures;
mod finding;
mod meeting;
mod report;
mod rules;

pub(crate) use checker::Checker;
pub(crate) use checker::{escape_token, has_white_space, is_blank};
pub(crate) use figures::check_figure_set;
pub use finding::{counts, FileReport, Finding, ValidationReport};
pub(crate) use meeting::check_references as check_meeting_references;
pub use report::findings_of_json;
pub use rules::{catalogue_markdown, Rule, Severity};

use crate::Dataset;

/// The rules of one entity, which every checked entity implements; sealed,
/// so that [`Validate`] is the crate's to give.
mod sealed {
    /// Checks the entity at the checker's current position.
    pub trait Check {
        /// Reports every finding of the rules that need only this entity.
        fn check(&self, c: &mut super::Checker);
    }
}
pub(crate) use sealed::Check;

/// Validation of one entity on its own: the rules that need no other record.
/// Paths are relative to the entity. Every entity of the model that has
/// rules implements it; a [`Dataset`] runs every rule.
///
/// ```
/// use igf_model::{DynamicCoalition, Source, Validate};
///
/// let dc = DynamicCoalition::new(" ", Source::new("igf-2020-report"));
/// let findings = dc.validate();
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].path, "/name");
/// ```
pub trait Validate: sealed::Check {
    /// Every finding of the rules that need only this value.
    fn validate(&self) -> Vec<Finding> {
        Checker::run(|c| self.check(c))
    }
}

impl<T: sealed::Check + ?Sized> Validate for T {}

/// Validates a whole dataset: every rule, every record.
///
/// Findings come in a stable order, which is not strict document order: it
/// follows the passes of the validation. First the dataset's own members
/// and its documents; then the meetings, in document order, each with its
/// own rules and its records' own rules, then the references among its
/// records (tracks, phases, session codes); then the other lists, each
/// record's own rules in document order; then the rules across the
/// dataset's records (duplicates, commitments, mappings and the activities
/// that held sessions, figures). The same dataset always gives the same
/// findings in the same order; sort them by [`Finding::path`] for document
/// order.
///
/// ```
/// let dataset = igf_model::reference::igf2020();
/// let findings = igf_model::validate::validate(dataset);
/// assert!(findings.iter().all(|f| !f.is_error()));
/// ```
pub fn validate(dataset: &Dataset) -> Vec<Finding> {
    dataset.validate()
}

#[cfg(test)]
mod tests {
    /// `Rule`, `Finding` and the checker import no type of the model, so
    /// dependencies run one way: the model calls into them.
    #[test]
    fn the_finding_machinery_names_no_model_type() {
        let files = [
            ("checker.rs", include_str!("checker.rs")),
            ("finding.rs", include_str!("finding.rs")),
            ("rules.rs", include_str!("rules.rs")),
        ];
        // The macros these modules use: the crate's enum shape and the
        // literal bounds of the IGF's life.
        let allowed = [
            "crate::enums::closed_enum",
            "crate::enums::OpenList",
            "crate::wire::date_writable",
            "crate::year::igf_life!",
        ];
        for (file, text) in files {
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                let mut rest = code;
                while let Some(at) = rest.find("crate::") {
                    let path = &rest[at..];
                    assert!(
                        allowed.iter().any(|a| path.starts_with(a)),
                        "{file}:{}: {line}",
                        n + 1
                    );
                    rest = &path[7..];
                }
            }
        }
    }
}
