use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::enums::open_enum;
use crate::validate::{Check, Checker};
use crate::{Source, Year};

open_enum! {
    /// How much of what a list could hold it holds. An open list.
    ///
    /// ```
    /// use igf_model::Extent;
    /// assert_eq!(Extent::Sample.to_string(), "sample");
    /// ```
    pub enum Extent {
        /// Every item the sources know of.
        Complete,
        /// Some items, knowingly: a sample.
        Sample,
    }
}

crate::record! {
/// What one list of a record covers: every item or a sample (of a
/// meeting's sessions, of a year's coalitions). A published count is
/// compared with a list only where the list claims to be complete
/// (`figure.count_vs_items`); a list no coverage speaks of is taken as a
/// sample.
///
/// ```
/// use igf_model::{Coverage, Extent, Year};
///
/// let mut coalitions = Coverage::new("dynamic_coalitions", Extent::Complete);
/// coalitions.year = Some(Year::new(2020)?);
/// assert_eq!(serde_json::to_string(&coalitions)?, r#"{"list":"dynamic_coalitions","extent":"complete","year":2020}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Coverage {
    /// The list, by the member name of the record that holds it
    /// (`"sessions"`, `"dynamic_coalitions"`).
    #[schemars(length(min = 1))]
    pub list: String,
    /// How much of it the list holds.
    pub extent: Extent,
    /// The year the coverage speaks of, for a list of bodies active over
    /// several years; absent for every year.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("minimum" = crate::year::FIRST_IGF_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    pub year: Option<Year>,
    /// The document the list is compared with, where one says what is complete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}
source: optional
}

impl Coverage {
    /// What list `list` holds.
    pub fn new(list: impl Into<String>, extent: Extent) -> Self {
        Coverage {
            list: list.into(),
            extent,
            year: None,
            source: None,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }

    /// True when `coverage` says list `list` is complete (for `year`).
    pub fn complete(coverage: &[Coverage], list: &str, year: Year) -> bool {
        coverage.iter().any(|c| {
            c.list == list && c.extent == Extent::Complete && c.year.is_none_or(|y| y == year)
        })
    }
}

/// Checks a record's coverage statements: each names a list the record has.
pub(crate) fn check_coverage(c: &mut Checker, coverage: &[Coverage], lists: &[&str]) {
    c.each("coverage", coverage, |c, item| {
        item.extensions.check(c);
        crate::provenance::check_curated(item, c);
        c.text("list", &item.list, "the covered list");
        if let Some(year) = item.year {
            c.field("year", |c| year.check(c));
        }
        c.known("extent", &item.extent);
        if !item.list.trim().is_empty() && !lists.contains(&item.list.as_str()) {
            c.report_at(
                "list",
                crate::validate::Rule::UnknownList,
                format!(
                    "there is no list {:?} here; coverage speaks of one of: {}",
                    item.list,
                    lists.join(", ")
                ),
            );
        }
        if let Some(source) = &item.source {
            c.field("source", |c| source.check(c));
        }
    });
}
