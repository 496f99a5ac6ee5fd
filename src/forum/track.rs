use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::enums::open_enum;
use crate::validate::{Check, Checker};
use crate::wire;
use crate::{GdcObjective, Source, WsisActionLine};

open_enum! {
    /// What kind of track a meeting's track is: the meetings have organised
    /// their programmes by themes (2019, 2022, 2024), thematic tracks
    /// (2020), main focus areas and emerging and cross-cutting issue areas
    /// (2021), sub-themes (2023, 2025), and programme tracks beside them
    /// (youth, parliamentary, business, leaders: 2024). An open list.
    ///
    /// ```
    /// use igf_model::TrackKind;
    /// assert_eq!(TrackKind::SubTheme.to_string(), "sub_theme");
    /// ```
    pub enum TrackKind {
        /// A theme.
        Theme,
        /// A sub-theme.
        SubTheme,
        /// A thematic track (2020).
        ThematicTrack,
        /// A main focus area (2021).
        MainFocusArea,
        /// An emerging or cross-cutting issue area (2021).
        EmergingIssue,
        /// An issue area.
        IssueArea,
        /// A programme track beside the themes: youth, parliamentary,
        /// business, leaders.
        ProgrammeTrack,
    }
}

crate::record! {
/// A track of one annual meeting: a theme, sub-theme, issue area or
/// programme track. Tracks change every year, so they are data of a
/// meeting, not a fixed list: 2020 had Data, Environment, Inclusion and
/// Trust, plus an informal fifth track on digital cooperation (IGF 2020
/// Phase 1 Summary §1); 2019 had three themes (the IGF's submission to the
/// CSTD on 2019); 2021 had issue areas (the MAG Chair's letter of 29
/// November 2021); 2024 ran youth, parliamentary and business tracks beside
/// its four themes. Sessions, figures and commitments name their track by
/// [`name`](Track::name); a session may belong to several. The IGF 2025
/// themes link each theme to Global Digital Compact objectives and WSIS
/// action lines.
///
/// ```
/// use igf_model::Track;
///
/// let mut track = Track::new("Digital cooperation");
/// track.informal = true;
/// let json = serde_json::to_string(&track)?;
/// assert_eq!(json, r#"{"name":"Digital cooperation","informal":true}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Track {
    /// The track's name as the meeting's documents give it, such as `"Data"`.
    #[schemars(length(min = 1))]
    pub name: String,
    /// What kind of track it is, where the sources say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<TrackKind>,
    /// True for a track the sources call informal (2020's "digital cooperation").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub informal: bool,
    /// The track's narrative, where published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub narrative: Option<String>,
    /// The overarching policy questions that guided the track.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub policy_questions: Vec<String>,
    /// The Global Digital Compact objectives the IGF links the track to.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub gdc_objectives: Vec<GdcObjective>,
    /// The WSIS action lines the IGF links the track to.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub wsis_action_lines: Vec<WsisActionLine>,
    /// Where the track is stated, when not the meeting's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}
source: optional, named
}

impl Track {
    /// A formal track with a name and nothing else.
    pub fn new(name: impl Into<String>) -> Self {
        Track {
            name: name.into(),
            kind: None,
            informal: false,
            narrative: None,
            policy_questions: Vec::new(),
            gdc_objectives: Vec::new(),
            wsis_action_lines: Vec::new(),
            source: None,
            other_names: Vec::new(),
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for Track {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.each("other_names", &self.other_names, |c, n| n.check(c));
        c.text("name", &self.name, "the track's name");
        c.opt_known("kind", self.kind.as_ref());
        c.opt_text(
            "narrative",
            self.narrative.as_deref(),
            "the track's narrative",
        );
        c.texts(
            "policy_questions",
            &self.policy_questions,
            "policy question",
        );
        c.all_known("gdc_objectives", &self.gdc_objectives);
        c.all_known("wsis_action_lines", &self.wsis_action_lines);
        if let Some(source) = &self.source {
            c.field("source", |c| source.check(c));
        }
    }
}
