//! When something happened, as the IGF prints it: one day, or a period,
//! and the text as printed ("February - March 2020"). One type for every
//! record that the sources date so (a step of a meeting's preparation, an
//! event beside a meeting, a parliamentary event), with its own rules.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::validate::Checker;
use crate::wire;

/// A date or a period, as printed. Its members stand on the record that
/// holds it (`#[serde(flatten)]`): `date` for one day, `start_date` and
/// `end_date` for a period, and `as_published` for the text as printed,
/// which is all a source may give ("March 2020"). Dates are kept only where
/// a full date is printed; never invented from a month.
///
/// ```
/// use igf_model::{Milestone, When};
///
/// let m: Milestone = serde_json::from_str(
///     r#"{"what": "Call for workshop proposals", "as_published": "February - March 2020"}"#,
/// )?;
/// assert_eq!(m.when, When::printed("February - March 2020"));
/// assert!(m.when.date.is_none());
///
/// let day = When::day("2020-11-02".parse()?);
/// assert_eq!(day.first_day(), day.date);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct When {
    /// The day, where one day is printed.
    #[serde(default, deserialize_with = "wire::opt_date", skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The first day, for a period.
    #[serde(default, deserialize_with = "wire::opt_date", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<NaiveDate>,
    /// The last day, for a period.
    #[serde(default, deserialize_with = "wire::opt_date", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
    /// The time as the source prints it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_published: Option<String>,
}

impl When {
    /// One day.
    pub fn day(date: NaiveDate) -> Self {
        When {
            date: Some(date),
            ..When::default()
        }
    }

    /// A period from `start` to `end`.
    pub fn period(start: NaiveDate, end: NaiveDate) -> Self {
        When {
            start_date: Some(start),
            end_date: Some(end),
            ..When::default()
        }
    }

    /// Only the text a source prints ("March 2020").
    pub fn printed(text: impl Into<String>) -> Self {
        When {
            as_published: Some(text.into()),
            ..When::default()
        }
    }

    /// The same, with the text as printed.
    #[must_use]
    pub fn with_printed(mut self, text: impl Into<String>) -> Self {
        self.as_published = Some(text.into());
        self
    }

    /// The first day known: the day, or the period's first day.
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.date.or(self.start_date)
    }

    /// The rules of a date or period, of `what` ("the step"): dates that
    /// can be written, a period that ends after it starts, printed text
    /// that is not blank.
    pub(crate) fn check(&self, c: &mut Checker, what: &str) {
        c.date("date", self.date);
        c.dates(self.start_date, self.end_date, what);
        c.opt_text(
            "as_published",
            self.as_published.as_deref(),
            "the printed time",
        );
    }
}
