use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::enums::open_enum;
use crate::validate::{Check, Checker};
use crate::wire;
use crate::Source;

open_enum! {
    /// A theme of IGF 2020's High-Level Leaders Track: how Internet and
    /// digital policy can support COVID-19 recovery in health, economy,
    /// environment, security and social development (The IGF 2020 Report
    /// §8.2). An open list.
    ///
    /// ```
    /// use igf_model::LeadersTrackTheme;
    /// assert_eq!(LeadersTrackTheme::SocialDevelopment.to_string(), "social_development");
    /// ```
    pub enum LeadersTrackTheme in "snake_case" {
        /// Health.
        Health,
        /// Economy.
        Economy,
        /// Environment.
        Environment,
        /// Security.
        Security,
        /// Social development.
        SocialDevelopment,
    }
}

crate::record! {
/// A set of messages or key takeaways a meeting published under one
/// heading: per thematic track ("IGF 2020 Messages", The IGF 2020 Report §8.1), per
/// High-Level Leaders Track theme or session (The IGF 2020 Report §8.2), or per track
/// as a summary of session takeaways (IGF 2020 Phase 1 Summary §5).
///
/// ```
/// use igf_model::{LeadersTrackTheme, MessageSet, Source};
///
/// let mut set = MessageSet::new("Health", Source::new("IGF 2020 Report").with_section("8.2"));
/// set.leaders_track_theme = Some(LeadersTrackTheme::Health);
/// set.messages.push("The digitalisation of healthcare systems must be a priority.".into());
/// assert_eq!(
///     serde_json::to_string(&set)?,
///     r#"{"heading":"Health","leaders_track_theme":"health","messages":["The digitalisation of healthcare systems must be a priority."],"source":{"document":"IGF 2020 Report","section":"8.2"}}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MessageSet {
    /// The heading the messages are published under ("Opening High-Level Session", "Health").
    #[schemars(length(min = 1))]
    pub heading: String,
    /// The track the messages belong to, by name.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("$comment" = "reference: Track by name, in the same meeting"))]
    pub track: Option<String>,
    /// The High-Level Leaders Track theme the messages belong to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leaders_track_theme: Option<LeadersTrackTheme>,
    /// The messages, each as published.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<String>,
    /// Where the messages are published.
    pub source: Source,
}
source: source
}

impl MessageSet {
    /// An empty set of messages under `heading`.
    pub fn new(heading: impl Into<String>, source: Source) -> Self {
        MessageSet {
            heading: heading.into(),
            track: None,
            leaders_track_theme: None,
            messages: Vec::new(),
            source,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for MessageSet {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.text("heading", &self.heading, "the messages' heading");
        c.opt_text("track", self.track.as_deref(), "the messages' track");
        c.texts("messages", &self.messages, "message");
        c.field("source", |c| self.source.check(c));
    }
}
