use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::enums::open_enum;
use crate::validate::{Check, Checker};
use crate::wire;
use crate::Source;

open_enum! {
    /// An area of the UN Secretary-General's Roadmap for Digital Cooperation
    /// (A/74/821, 2020). The Roadmap's eight areas for action, by the short
    /// names the MAG Chair's letter of 29 November 2021 uses, and digital
    /// environmental sustainability, which the letter's Annex I adds and
    /// which came later (through the Coalition for Digital Environmental
    /// Sustainability, 2021): see [`RoadmapArea::is_original`].
    ///
    /// An open list: one area has been added already, and a document may
    /// print another.
    ///
    /// ```
    /// use igf_model::RoadmapArea;
    ///
    /// assert_eq!(RoadmapArea::ALL.iter().filter(|a| a.is_original()).count(), 8);
    /// assert_eq!(RoadmapArea::GlobalConnectivity.number(), Some(1));
    /// assert_eq!(RoadmapArea::DigitalEnvironmentalSustainability.number(), None);
    /// ```
    pub enum RoadmapArea in "snake_case" {
        /// 1. Achieving universal connectivity by 2030.
        GlobalConnectivity,
        /// 2. Promoting digital public goods.
        DigitalPublicGoods,
        /// 3. Ensuring digital inclusion for all.
        DigitalInclusion,
        /// 4. Strengthening digital capacity-building.
        DigitalCapacityBuilding,
        /// 5. Ensuring the protection of human rights in the digital era.
        DigitalHumanRights,
        /// 6. Supporting global cooperation on artificial intelligence.
        ArtificialIntelligence,
        /// 7. Promoting trust and security in the digital environment.
        DigitalTrustAndSecurity,
        /// 8. Building a more effective architecture for digital cooperation.
        GlobalDigitalCooperation,
        /// A later addition (the MAG Chair's letter of 29 November 2021 Annex I), not one of the original eight.
        DigitalEnvironmentalSustainability,
    }
}

impl RoadmapArea {
    /// True for the Roadmap's original eight areas for action.
    pub fn is_original(&self) -> bool {
        self.number().is_some()
    }

    /// The area's number in the Roadmap (1 to 8), for the original eight.
    pub fn number(&self) -> Option<u8> {
        match self {
            RoadmapArea::GlobalConnectivity => Some(1),
            RoadmapArea::DigitalPublicGoods => Some(2),
            RoadmapArea::DigitalInclusion => Some(3),
            RoadmapArea::DigitalCapacityBuilding => Some(4),
            RoadmapArea::DigitalHumanRights => Some(5),
            RoadmapArea::ArtificialIntelligence => Some(6),
            RoadmapArea::DigitalTrustAndSecurity => Some(7),
            RoadmapArea::GlobalDigitalCooperation => Some(8),
            RoadmapArea::DigitalEnvironmentalSustainability | RoadmapArea::Other(_) => None,
        }
    }
}

open_enum! {
    /// What kind of IGF activity a mapping row names or a session was held
    /// by. Dynamic Coalitions, BPFs, policy networks, MAG working groups,
    /// NRIs and the Leadership Panel must resolve to records of the dataset
    /// (rule `reference.unresolved_activity`); issue areas, the Parliamentary
    /// Track and other work (workshops, frameworks, reports) are kept as
    /// text. An open list.
    ///
    /// ```
    /// use igf_model::ActivityKind;
    /// assert!(ActivityKind::DynamicCoalition.must_resolve());
    /// assert!(!ActivityKind::IssueArea.must_resolve());
    /// ```
    pub enum ActivityKind in "snake_case" {
        /// A Dynamic Coalition.
        DynamicCoalition,
        /// A Best Practice Forum.
        BestPracticeForum,
        /// A policy network.
        PolicyNetwork,
        /// A MAG working group.
        MagWorkingGroup,
        /// An issue area or priority of an annual meeting.
        IssueArea,
        /// A National, Regional, Sub-regional or Youth IGF initiative.
        Nri,
        /// The IGF Leadership Panel.
        LeadershipPanel,
        /// The Parliamentary Track.
        ParliamentaryTrack,
        /// Other work: workshops, frameworks, reports (written `"other"`).
        #[strum(serialize = "other")]
        OtherActivity,
    }
}

impl ActivityKind {
    /// True for kinds that must resolve to a record of the dataset.
    pub fn must_resolve(&self) -> bool {
        matches!(
            self,
            ActivityKind::DynamicCoalition
                | ActivityKind::BestPracticeForum
                | ActivityKind::PolicyNetwork
                | ActivityKind::MagWorkingGroup
                | ActivityKind::Nri
                | ActivityKind::LeadershipPanel
        )
    }
}

/// An IGF activity named by a Roadmap mapping: its kind, the name as the
/// mapping writes it, and any note the mapping adds to it.
///
/// ```
/// use igf_model::{ActivityKind, ActivityRef};
///
/// let a = ActivityRef::new(ActivityKind::PolicyNetwork, "Policy Network on Meaningful Access (PNMA)");
/// assert_eq!(a.candidates(), vec!["Policy Network on Meaningful Access (PNMA)", "Policy Network on Meaningful Access", "PNMA"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ActivityRef {
    /// What kind of activity it is.
    pub kind: ActivityKind,
    /// The activity's name as the mapping writes it.
    #[schemars(length(min = 1))]
    pub name: String,
    /// What the mapping adds about it ("focus on ...").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
}

impl ActivityRef {
    /// An activity of `kind` named `name`.
    pub fn new(kind: ActivityKind, name: impl Into<String>) -> Self {
        ActivityRef {
            kind,
            name: name.into(),
            note: None,
            extensions: crate::Extensions::new(),
        }
    }

    /// The names the reference may resolve by: the whole name, the name
    /// before a closing parenthesis, and what the parenthesis holds (an
    /// acronym, or a former name after "former").
    pub fn candidates(&self) -> Vec<&str> {
        let name = self.name.trim();
        let mut out = vec![name];
        if let Some((head, tail)) = name.strip_suffix(')').and_then(|n| n.rsplit_once(" (")) {
            out.push(head.trim());
            let inner = tail.trim();
            out.push(inner.strip_prefix("former ").unwrap_or(inner).trim());
        }
        out
    }
}

crate::record! {
/// One row of the MAG's mapping of the Roadmap for Digital Cooperation to
/// IGF activities (the MAG Chair's letter of 29 November 2021, Annex I, November 2021): the Roadmap area, the
/// Roadmap's own activities for it, the IGF's relevant past and ongoing
/// activities, and the comments on synergies.
///
/// ```
/// use igf_model::{ActivityKind, ActivityRef, RoadmapArea, RoadmapMapping, Source};
///
/// let mut row = RoadmapMapping::new(RoadmapArea::GlobalConnectivity, Source::new("Annex I").with_section("1"));
/// row.igf_activities.push(ActivityRef::new(ActivityKind::DynamicCoalition, "Dynamic Coalition on Community Connectivity"));
/// assert_eq!(
///     serde_json::to_string(&row)?,
///     r#"{"area":"global_connectivity","igf_activities":[{"kind":"dynamic_coalition","name":"Dynamic Coalition on Community Connectivity"}],"source":{"document":"Annex I","section":"1"}}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RoadmapMapping {
    /// The Roadmap area.
    pub area: RoadmapArea,
    /// The Roadmap's page for the area.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roadmap_link: Option<crate::Link>,
    /// The Roadmap's activities for the area, as listed.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub roadmap_activities: Vec<String>,
    /// The IGF's relevant past and ongoing activities.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("$comment" = "reference: DynamicCoalition, BestPracticeForum, PolicyNetwork, Nri, LeadershipPanel or WorkingGroup by name, acronym or former name"))]
    pub igf_activities: Vec<ActivityRef>,
    /// Comments on synergies between the Roadmap and IGF activities.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<String>,
    /// Where the row is published.
    pub source: Source,
}
source: source
}

impl RoadmapMapping {
    /// An empty row for `area`.
    pub fn new(area: RoadmapArea, source: Source) -> Self {
        RoadmapMapping {
            area,
            roadmap_link: None,
            roadmap_activities: Vec::new(),
            igf_activities: Vec::new(),
            comments: Vec::new(),
            source,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for RoadmapMapping {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        crate::Link::check_at(c, "roadmap_link", self.roadmap_link.as_ref());
        c.texts(
            "roadmap_activities",
            &self.roadmap_activities,
            "Roadmap activity",
        );
        c.known("area", &self.area);
        c.each("igf_activities", &self.igf_activities, |c, a| a.check(c));
        c.texts("comments", &self.comments, "comment");
        c.field("source", |c| self.source.check(c));
    }
}

impl Check for ActivityRef {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        c.known("kind", &self.kind);
        c.text("name", &self.name, "the activity's name");
        c.opt_text("note", self.note.as_deref(), "the activity's note");
    }
}
