use chrono::{DateTime, Duration, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::enums::open_enum;
use crate::validate::{Check, Checker, Rule};
use crate::wire;
use crate::Source;

open_enum! {
    /// Which of a session's two reports this is. Organisers submit a short
    /// report within 12 hours of the session's end and a detailed report two
    /// weeks after the session (IGF 2020's call for voluntary commitments).
    /// An open list.
    ///
    /// ```
    /// use igf_model::ReportKind;
    /// assert_eq!(ReportKind::Short.due_after().unwrap().num_hours(), 12);
    /// assert_eq!(ReportKind::Detailed.due_after().unwrap().num_days(), 14);
    /// ```
    pub enum ReportKind in "snake_case" {
        /// The short report, due within 12 hours of the session's end.
        Short,
        /// The detailed report, due two weeks after the session.
        Detailed,
    }
}

impl ReportKind {
    /// How long after the session's end the report is due (the Compilation of IGF 2020 Voluntary Commitments).
    /// `None` for a kind the crate does not know.
    pub fn due_after(&self) -> Option<Duration> {
        match self {
            ReportKind::Short => Some(Duration::hours(12)),
            ReportKind::Detailed => Some(Duration::weeks(2)),
            ReportKind::Other(_) => None,
        }
    }
}

crate::record! {
/// A session report: what the organisers documented of the session's
/// outcome. IGF 2020's report form asked for key takeaways, policy
/// recommendations and suggested ways forward (The IGF 2020 Report §9), and a
/// "voluntary commitments" field (the Compilation of IGF 2020 Voluntary Commitments).
///
/// ```
/// use igf_model::{ReportKind, SessionReport};
///
/// let mut report = SessionReport::new();
/// report.kind = Some(ReportKind::Short);
/// report.key_takeaways.push("Placing consent at the centre of the conversations around data.".into());
/// assert_eq!(
///     serde_json::to_string(&report)?,
///     r#"{"kind":"short","key_takeaways":["Placing consent at the centre of the conversations around data."]}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct SessionReport {
    /// Short or detailed, where the source says which.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<ReportKind>,
    /// When the report was submitted, where known.
    #[serde(
        default,
        deserialize_with = "wire::opt_instant",
        skip_serializing_if = "Option::is_none"
    )]
    pub submitted_at: Option<DateTime<Utc>>,
    /// The key takeaways, as submitted.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub key_takeaways: Vec<String>,
    /// Policy recommendations and suggested ways forward, as submitted.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub policy_recommendations: Vec<String>,
    /// The text of the report's "voluntary commitments" field (2020).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voluntary_commitments: Option<String>,
    /// Where the report's content is published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}
source: optional
}

impl SessionReport {
    /// An empty report, to be filled in.
    pub fn new() -> Self {
        SessionReport::default()
    }

    /// Checks the report; `session_end` is when its session ended, if known.
    pub(crate) fn check_ended(&self, c: &mut Checker, session_end: Option<DateTime<Utc>>) {
        if let Some(t) = &self.submitted_at {
            c.writable("submitted_at", crate::wire::instant_writable(t), || {
                t.to_rfc3339()
            });
        }
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.texts("key_takeaways", &self.key_takeaways, "key takeaway");
        c.texts(
            "policy_recommendations",
            &self.policy_recommendations,
            "policy recommendation",
        );
        c.opt_text(
            "voluntary_commitments",
            self.voluntary_commitments.as_deref(),
            "the voluntary commitments field",
        );
        if let (Some(kind), Some(submitted), Some(end)) =
            (&self.kind, self.submitted_at, session_end)
        {
            // A due time past the last instant chrono can hold cannot be missed.
            let due = kind
                .due_after()
                .and_then(|after| end.checked_add_signed(after));
            if let Some(due) = due.filter(|due| submitted > *due) {
                let rule = match kind {
                    ReportKind::Short => Rule::ShortReportLate,
                    _ => Rule::DetailedReportLate,
                };
                let late = submitted - end;
                c.report_at(
                    "submitted_at",
                    rule,
                    format!(
                        "{kind} report submitted at {submitted}, {} hours after the session ended at {end}; it was due by {due}",
                        late.num_hours()
                    ),
                );
            }
        }
        if let Some(source) = &self.source {
            c.field("source", |c| source.check(c));
        }
    }
}

/// The report's own rules; the rule comparing its submission with the end
/// of its session needs the session, and runs within a session's or a
/// dataset's validation.
impl Check for SessionReport {
    fn check(&self, c: &mut Checker) {
        self.check_ended(c, None);
    }
}
