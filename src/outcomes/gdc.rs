use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ActivityRef;
use crate::enums::open_enum;
use crate::validate::{Check, Checker};
use crate::wire;
use crate::Source;

open_enum! {
    /// An objective of the Global Digital Compact, annexed to the Pact for
    /// the Future that the UN General Assembly adopted on 22 September 2024
    /// (A/RES/79/1). The Compact is a framework beside the Roadmap for
    /// Digital Cooperation: IGF tracks, mapping rows and commitments may be
    /// mapped to either. The IGF 2025 themes link each theme to objectives
    /// of the Compact. An open list.
    ///
    /// ```
    /// use igf_model::GdcObjective;
    /// assert_eq!(GdcObjective::AiGovernance.number(), Some(5));
    /// assert_eq!(GdcObjective::CloseDigitalDivides.to_string(), "close_digital_divides");
    /// ```
    pub enum GdcObjective {
        /// 1. Close all digital divides and accelerate progress across the
        /// Sustainable Development Goals.
        CloseDigitalDivides,
        /// 2. Expand inclusion in and benefits from the digital economy for all.
        DigitalEconomy,
        /// 3. Foster an inclusive, open, safe and secure digital space that
        /// respects, protects and promotes human rights.
        InclusiveDigitalSpace,
        /// 4. Advance responsible, equitable and interoperable data
        /// governance approaches.
        DataGovernance,
        /// 5. Enhance international governance of artificial intelligence for
        /// the benefit of humanity.
        AiGovernance,
    }
}

impl GdcObjective {
    /// The objective's number in the Compact (1 to 5).
    pub fn number(&self) -> Option<u8> {
        Self::ALL
            .iter()
            .position(|o| o == self)
            .map(|at| at as u8 + 1)
    }
}

crate::record! {
/// A mapping of one Global Digital Compact objective to IGF activities,
/// as the Roadmap mapping does for the Roadmap's areas.
///
/// ```
/// use igf_model::{ActivityKind, ActivityRef, GdcMapping, GdcObjective, Source};
///
/// let mut row = GdcMapping::new(GdcObjective::AiGovernance, Source::new("igf-2025-themes"));
/// row.igf_activities.push(ActivityRef::new(ActivityKind::PolicyNetwork, "Policy Network on Artificial Intelligence"));
/// assert_eq!(row.igf_activities.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct GdcMapping {
    /// The Compact's objective.
    pub objective: GdcObjective,
    /// The IGF activities mapped to it.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("$comment" = "reference: DynamicCoalition, BestPracticeForum, PolicyNetwork, Nri, LeadershipPanel or WorkingGroup by name, acronym or former name"))]
    pub igf_activities: Vec<ActivityRef>,
    /// Comments, as published.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<String>,
    /// Where the mapping is published.
    pub source: Source,
}
source: source
}

impl GdcMapping {
    /// An empty mapping for `objective`.
    pub fn new(objective: GdcObjective, source: Source) -> Self {
        GdcMapping {
            objective,
            igf_activities: Vec::new(),
            comments: Vec::new(),
            source,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for GdcMapping {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.known("objective", &self.objective);
        c.each("igf_activities", &self.igf_activities, |c, a| a.check(c));
        c.texts("comments", &self.comments, "comment");
        c.field("source", |c| self.source.check(c));
    }
}
