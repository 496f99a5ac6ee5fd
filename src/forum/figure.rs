use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Number;

use crate::enums::open_enum;
use crate::validate::{Check, Checker, Rule};
use crate::wire;
use crate::{Source, Year};

open_enum! {
    /// What a published figure counts (The IGF 2020 Report §2 "IGF 2020 by the
    /// numbers", IGF 2020 Phase 1 Summary §3 "Phase 1 by the numbers", the IGF's submission to the CSTD on 2019).
    ///
    /// An **open** list: each year's report counts something new; an unknown
    /// measure is kept as written and reported as a warning.
    ///
    /// ```
    /// use igf_model::Measure;
    /// assert_eq!(Measure::Registrations.to_string(), "registrations");
    /// assert_eq!("remote_hubs".parse::<Measure>().unwrap(), Measure::RemoteHubs);
    /// ```
    pub enum Measure {
        /// People who registered to take part.
        Registrations,
        /// Participants (registered or taking part, as the source says).
        Participants,
        /// Countries participants came from.
        Countries,
        /// Connections to sessions.
        Connections,
        /// Minutes of connection to sessions, in total.
        ConnectionMinutes,
        /// Average minutes per connection.
        AverageConnectionMinutes,
        /// Sessions of the programme.
        Sessions,
        /// Events of the programme (webinars and meetings).
        Events,
        /// Length of online meetings and webinars, in minutes.
        SessionMinutes,
        /// Days of meetings.
        Days,
        /// Page views on the IGF website.
        WebsitePageViews,
        /// Connections to the IGF website.
        WebsiteConnections,
        /// Views of the YouTube stream.
        YoutubeViews,
        /// Views or viewers on UN Web TV.
        UnWebTvViews,
        /// Views on Facebook.
        FacebookViews,
        /// Viewers of each high-level session on UN Web TV, on average.
        ViewersPerHighLevelSession,
        /// People reached on social media.
        SocialMediaReach,
        /// Contributors on social media (using the meeting's hashtag).
        SocialMediaContributors,
        /// Original posts per social media contributor, on average.
        OriginalTweetsPerContributor,
        /// Reposts per social media contributor, on average.
        RetweetsPerContributor,
        /// Impressions per social media post, on average.
        ImpressionsPerTweet,
        /// Interactions per social media post, on average.
        InteractionsPerTweet,
        /// Networking connections between attendees through the schedule.
        NetworkingConnections,
        /// Remote hubs organised around the world.
        RemoteHubs,
        /// IGF Village booths.
        VillageBooths,
        /// Session organisers.
        SessionOrganisers,
        /// Session proposals received.
        SessionProposals,
        /// Workshop proposals evaluated by the MAG.
        WorkshopProposalsEvaluated,
        /// Members of the MAG.
        MagMembers,
        /// Meetings of the MAG (and open consultations).
        MagMeetings,
        /// MAG working groups.
        MagWorkingGroups,
        /// Recognised NRIs.
        Nris,
        /// NRIs represented or taking part at the annual meeting.
        NrisParticipating,
        /// NRIs newly recognised.
        NewNris,
        /// Countries or regions that newly established IGF processes.
        NewNriCountriesOrRegions,
        /// NRIs' annual meetings held.
        NriMeetings,
        /// Grants to NRIs.
        NriGrants,
        /// Active Dynamic Coalitions.
        DynamicCoalitions,
        /// Newly recognised Dynamic Coalitions.
        NewDynamicCoalitions,
        /// Best Practice Forums.
        BestPracticeForums,
        /// People who received financial support to take part.
        FundedParticipants,
        /// Members of parliament who received financial support to take part.
        FundedParliamentarians,
        /// Inputs received to a public call.
        CallInputs,
        /// Open meetings held to coordinate intersessional work (DCs, NRIs, BPFs).
        IntersessionalMeetings,
        /// Open consultations held with young people.
        YouthConsultations,
    }
}

open_enum! {
    /// What a figure's breakdown divides the total by. An open list: the
    /// IGF's statistics pages break figures down in new ways most years.
    ///
    /// ```
    /// use igf_model::Dimension;
    /// assert_eq!(Dimension::StakeholderGroup.to_string(), "stakeholder_group");
    /// ```
    pub enum Dimension in "snake_case" {
        /// By stakeholder group.
        StakeholderGroup,
        /// By session type.
        SessionType,
        /// By format (webinar, meeting; online, hybrid, onsite).
        Format,
        /// By region of the world.
        Region,
        /// By thematic track.
        Track,
        /// By gender.
        Gender,
        /// Newcomers and returning participants.
        Newcomer,
        /// By role (members of parliament, media).
        Role,
        /// By development level of the participants' countries.
        DevelopmentLevel,
        /// By country.
        Country,
        /// Onsite and online participation.
        Participation,
        /// By age group.
        Age,
    }
}

open_enum! {
    /// How exact a published value is: the source's own words, such as
    /// "400,000+" ([`AtLeast`](Qualifier::AtLeast)), "over 6,000"
    /// ([`MoreThan`](Qualifier::MoreThan)), "just under 150"
    /// ([`LessThan`](Qualifier::LessThan)) or "~50"
    /// ([`Approximately`](Qualifier::Approximately)). A figure without a
    /// qualifier is exact. An open list.
    ///
    /// ```
    /// use igf_model::Qualifier;
    /// assert_eq!(Qualifier::AtLeast.to_string(), "at_least");
    /// ```
    pub enum Qualifier in "snake_case" {
        /// "400,000+": this value or more.
        AtLeast,
        /// "over", "more than": more than this value.
        MoreThan,
        /// "just under", "close to": less than this value.
        LessThan,
        /// "about", "around", "~": roughly this value.
        Approximately,
        /// "between 50 and 55": from this value to the figure's `value_to`.
        Between,
    }
}

impl Qualifier {
    /// The values a number printed with `qualifier` allows (`None`: exactly
    /// `value`): the least and the greatest, each with whether it is
    /// excluded ("more than 3000" excludes 3000). "About" allows 10% either
    /// way; "between" reaches `value_to`. `None` where that cannot be said:
    /// an unknown qualifier, or "between" without its upper value. Figures
    /// and statements are compared by these ranges.
    ///
    /// ```
    /// use igf_model::Qualifier;
    ///
    /// let about = Qualifier::range(Some(&Qualifier::Approximately), 2000.0, None);
    /// assert_eq!(about, Some((1800.0, false, 2200.0, false)));
    /// let more = Qualifier::range(Some(&Qualifier::MoreThan), 3000.0, None).unwrap();
    /// assert!(!Qualifier::overlap(about.unwrap(), more));
    /// ```
    pub fn range(
        qualifier: Option<&Qualifier>,
        value: f64,
        value_to: Option<f64>,
    ) -> Option<(f64, bool, f64, bool)> {
        let v = value;
        let tenth = v.abs() / 10.0;
        Some(match qualifier {
            None => (v, false, v, false),
            Some(Qualifier::AtLeast) => (v, false, f64::INFINITY, false),
            Some(Qualifier::MoreThan) => (v, true, f64::INFINITY, false),
            Some(Qualifier::LessThan) => (f64::NEG_INFINITY, false, v, true),
            Some(Qualifier::Approximately) => (v - tenth, false, v + tenth, false),
            Some(Qualifier::Between) => (v, false, value_to?, false),
            Some(Qualifier::Other(_)) => return None,
        })
    }

    /// True when two ranges of [`Qualifier::range`] share a value.
    pub fn overlap(a: (f64, bool, f64, bool), b: (f64, bool, f64, bool)) -> bool {
        let (a_low, a_low_open, a_high, a_high_open) = a;
        let (b_low, b_low_open, b_high, b_high_open) = b;
        let below = |hi: f64, hi_open: bool, lo: f64, lo_open: bool| {
            hi < lo || (hi == lo && (hi_open || lo_open))
        };
        !(below(a_high, a_high_open, b_low, b_low_open)
            || below(b_high, b_high_open, a_low, a_low_open))
    }
}

open_enum! {
    /// The kinds of record a figure may count, so the validator can compare a
    /// stated count with the records listed (rule `figure.count_vs_items`).
    /// An open list.
    ///
    /// ```
    /// use igf_model::Counted;
    /// assert_eq!(Counted::DynamicCoalitions.to_string(), "dynamic_coalitions");
    /// ```
    pub enum Counted in "snake_case" {
        /// Dynamic Coalitions active in the meeting's year.
        DynamicCoalitions,
        /// Best Practice Forums with a cycle in the meeting's year.
        BestPracticeForums,
        /// Working groups of the MAG of the meeting's year.
        MagWorkingGroups,
        /// Policy networks active in the meeting's year.
        PolicyNetworks,
    }
}

crate::record! {
/// One part of a figure's breakdown: a category of a dimension, with the
/// count and the percentage the source gives (either or both).
///
/// ```
/// use igf_model::{Dimension, Share};
///
/// let mut share = Share::new(Dimension::StakeholderGroup, "Government");
/// share.count = Some(906);
/// share.percent = Some(17.3);
/// assert_eq!(serde_json::to_string(&share)?, r#"{"dimension":"stakeholder_group","category":"Government","count":906,"percent":17.3}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Share {
    /// What the breakdown divides by.
    pub dimension: Dimension,
    /// The category. Where the category belongs to a list the crate knows,
    /// its wire name (`"government"` for a stakeholder group,
    /// `"dynamic_coalition"` for a session type), so two publications can be
    /// compared; otherwise as the source names it (`"Africa"`).
    #[schemars(length(min = 1))]
    pub category: String,
    /// The category exactly as printed, where it differs from `category`
    /// ("Dynamic Coalition (DC) sessions").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The count for the category, as published.
    #[serde(default, deserialize_with = "wire::opt_int", skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 9_223_372_036_854_775_807_i64))]
    pub count: Option<i64>,
    /// The percentage for the category, as published.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 100))]
    pub percent: Option<f64>,
    /// How exact the count or percentage is, where the source qualifies it
    /// ("about 2%"); absent for an exact value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
}
source: none
}

impl Share {
    /// A share with neither count nor percentage yet.
    pub fn new(dimension: Dimension, category: impl Into<String>) -> Self {
        Share {
            dimension,
            category: category.into(),
            label: None,
            count: None,
            percent: None,
            qualifier: None,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

crate::record! {
/// A figure a meeting published: an observation of what was counted, over
/// what scope (the meeting, one of its phases, a track), the value, its
/// breakdown, and the document that published it.
///
/// A stated total and its breakdown are separate facts, and the same figure
/// may be published more than once, in more than one document. A further
/// publication of its number is a [`Statement`](crate::Statement) of its
/// `value`, with its own qualifier ("more than 3000") and source; a further
/// publication with a breakdown of its own is a `Figure` of its own (same
/// measure, scope and date). The validator compares them all by the range
/// each allows (`sources.disagree`, and rules `figure.*`).
///
/// ```
/// use igf_model::{Figure, Measure, Qualifier, Source, Statement};
///
/// let mut participants = Figure::new(Measure::Participants, Source::new("igf-2018-statistics"));
/// participants.value = Some(3000.into());
/// participants.qualifier = Some(Qualifier::MoreThan);
/// participants.statements.push(
///     Statement::new("value", 2000, Source::new("press-2018"))
///         .qualified(Qualifier::Approximately, None)
///         .printed("about 2000"),
/// );
/// ```
///
/// ```
/// use igf_model::{Figure, Measure, Source};
///
/// let mut figure = Figure::new(
///     Measure::Registrations,
///     Source::new("IGF 2020 Phase 1 summary (IGF 2020 Phase 1 Summary)").with_section("3"),
/// );
/// figure.phase = Some(1);
/// figure.value = Some(5218.into());
/// assert_eq!(figure.value_f64(), Some(5218.0));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Figure {
    /// What was counted.
    pub measure: Measure,
    /// The phase the figure covers; none for the whole meeting.
    #[serde(default, deserialize_with = "wire::opt_int", skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    #[schemars(extend("$comment" = "reference: Phase by number, in the same meeting"))]
    pub phase: Option<u8>,
    /// The track the figure covers; none for all tracks.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("$comment" = "reference: Track by name, in the same meeting"))]
    pub track: Option<String>,
    /// The year the figure is stated for, when not the meeting's own (a
    /// 2019 document counting NRIs "at the end of 2015").
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("minimum" = crate::year::FIRST_IGF_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    pub as_of_year: Option<Year>,
    /// The day the figure is stated as of, when the source dates it
    /// (figures published before or during a meeting).
    #[serde(default, deserialize_with = "wire::opt_date", skip_serializing_if = "Option::is_none")]
    pub as_of: Option<chrono::NaiveDate>,
    /// True for a figure stated before the meeting as expected ("more than
    /// 9,000 participants expected"), beside the figures reported after it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub expected: bool,
    /// The value, as published; absent where the source gives only a breakdown.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0))]
    pub value: Option<Number>,
    /// How exact the value is; absent for an exact value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// The value's text exactly as printed, where it differs from `value`
    /// ("6 149", "400,000+", "198 hours 40 minutes").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_published: Option<String>,
    /// The kind of record the figure counts, where the dataset lists them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts: Option<Counted>,
    /// What the figure covers beyond its meeting, phase and track, as the
    /// source says it ("without Day 0 events"): figures of different scopes
    /// are not compared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The upper end of a range ("between 50 and 55": 55), with the
    /// qualifier `between`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0))]
    pub value_to: Option<Number>,
    /// The breakdown of the value, as published.
    #[serde(default, deserialize_with = "wire::list", skip_serializing_if = "Vec::is_empty")]
    pub breakdown: Vec<Share>,
    /// True when the source breaks down only part of the total ("2 onsite,
    /// 8 hybrid, the rest online"), so the parts need not add up.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partial_breakdown: bool,
    /// The document that published the figure.
    pub source: Source,
}
source: source
}

impl Figure {
    /// A figure of `measure` for the whole meeting, with no value yet.
    pub fn new(measure: Measure, source: Source) -> Self {
        Figure {
            measure,
            phase: None,
            track: None,
            as_of_year: None,
            as_of: None,
            expected: false,
            value: None,
            qualifier: None,
            as_published: None,
            counts: None,
            scope: None,
            value_to: None,
            breakdown: Vec::new(),
            partial_breakdown: false,
            source,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }

    /// The value as a float, if there is one.
    pub fn value_f64(&self) -> Option<f64> {
        self.value.as_ref().and_then(Number::as_f64)
    }

    /// The values the published figure allows, by its qualifier: the least
    /// and the greatest, each with whether it is excluded ("more than 3000"
    /// excludes 3000). "About" allows 10% either way. `None` where there is
    /// no value, or the qualifier is unknown.
    ///
    /// ```
    /// use igf_model::{Figure, Measure, Qualifier, Source};
    ///
    /// let mut f = Figure::new(Measure::Participants, Source::new("igf-2018-statistics"));
    /// f.value = Some(3000.into());
    /// f.qualifier = Some(Qualifier::MoreThan);
    /// assert_eq!(f.range(), Some((3000.0, true, f64::INFINITY, false)));
    /// ```
    pub fn range(&self) -> Option<(f64, bool, f64, bool)> {
        Qualifier::range(
            self.qualifier.as_ref(),
            self.value_f64()?,
            self.value_to.as_ref().and_then(Number::as_f64),
        )
    }

    /// True when the ranges two figures allow share a value.
    pub fn overlaps(&self, other: &Figure) -> Option<bool> {
        Some(Qualifier::overlap(self.range()?, other.range()?))
    }

    /// The exact value, where the figure is exact.
    pub fn exact_value(&self) -> Option<f64> {
        if self.qualifier.is_none() {
            self.value_f64()
        } else {
            None
        }
    }

    fn check_share(&self, c: &mut Checker, share: &Share) {
        share.check(c);
        let Some(percent) = share.percent.filter(|p| (0.0..=100.0).contains(p)) else {
            return;
        };
        if let (Some(count), Some(total), None) =
            (share.count, self.exact_value(), &share.qualifier)
        {
            if total > 0.0 {
                let actual = count as f64 * 100.0 / total;
                let tolerance = last_digit_unit(percent);
                if (actual - percent).abs() > tolerance + 1e-9 {
                    c.report_at(
                        "percent",
                        Rule::PercentMismatch,
                        format!(
                            "{:?} is published as {percent}% but {count} of {total} is {actual:.2}% (allowing {tolerance} for the source's rounding)",
                            share.category
                        ),
                    );
                }
            }
        }
    }
}

/// A share's own rules; the rule comparing its count and percentage with
/// its figure's value needs the figure, and runs within a figure's
/// validation.
impl Check for Share {
    fn check(&self, c: &mut Checker) {
        let share = self;
        share.extensions.check(c);
        // Its count and percentage are qualified by its qualifier.
        crate::provenance::check_curated_adopted(share, c, |member| {
            let number = match member {
                "count" => share.count.map(|n| n as f64),
                "percent" => share.percent,
                _ => return None,
            };
            Some(crate::provenance::Adopted {
                range: share
                    .qualifier
                    .as_ref()
                    .map(|q| number.and_then(|v| Qualifier::range(Some(q), v, None))),
                printed: None,
            })
        });
        c.text("category", &share.category, "the breakdown category");
        let known = match share.dimension {
            Dimension::StakeholderGroup => Some(
                share
                    .category
                    .parse::<crate::StakeholderGroup>()
                    .is_ok_and(|g| g.is_known()),
            ),
            Dimension::SessionType => Some(
                share
                    .category
                    .parse::<crate::SessionType>()
                    .is_ok_and(|t| t.is_known()),
            ),
            _ => None,
        };
        if known == Some(false) {
            c.report_at(
                "category",
                Rule::UnknownValue,
                format!(
                    "category {:?} is not a {} this crate knows ({}): where the source's category is one of these, write that name in `category` and the printed text in `label`, so publications can be compared; a category of its own (\"other\", \"host country and ceremonial sessions\") is kept as the source names it and not compared",
                    share.category,
                    share.dimension,
                    match share.dimension {
                        Dimension::StakeholderGroup => crate::StakeholderGroup::NAMES.join(", "),
                        _ => crate::SessionType::NAMES.join(", "),
                    }
                ),
            );
        }
        c.known("dimension", &share.dimension);
        c.opt_known("qualifier", share.qualifier.as_ref());
        c.opt_text("label", share.label.as_deref(), "the breakdown label");
        if let Some(count) = share.count.filter(|n| *n < 0) {
            c.report_at(
                "count",
                Rule::NegativeCount,
                format!("the count for {:?} is negative ({count})", share.category),
            );
        }
        let Some(percent) = share.percent else { return };
        if !(0.0..=100.0).contains(&percent) {
            c.report_at(
                "percent",
                Rule::PercentRange,
                format!(
                    "the percentage for {:?} is {percent}, outside 0 to 100",
                    share.category
                ),
            );
        }
    }
}

impl Figure {
    fn check_sums(&self, c: &mut Checker, total: f64) {
        // Summed in i128: the counts are i64, so no sum of fewer than 2^64
        // of them can overflow.
        let mut sums: Vec<(Dimension, i128, bool)> = Vec::new();
        for share in &self.breakdown {
            let count = i128::from(share.count.unwrap_or(0));
            // A qualified count ("about 200") is not exact: the sum is not checked.
            let exact = share.count.is_some() && share.qualifier.is_none();
            match sums.iter_mut().find(|(d, _, _)| *d == share.dimension) {
                Some((_, sum, complete)) => {
                    *sum += count;
                    *complete &= exact;
                }
                None => sums.push((share.dimension.clone(), count, exact)),
            }
        }
        for (dimension, sum, complete) in sums {
            if complete && (sum as f64 - total).abs() > f64::EPSILON {
                c.report_at(
                    "breakdown",
                    Rule::BreakdownSum,
                    format!(
                        "{} is published as {total} but its breakdown by {dimension} adds up to {sum}",
                        self.measure
                    ),
                );
            }
        }
    }
}

impl Check for Figure {
    /// Shape rules and the arithmetic of one figure.
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        // Its value is qualified by its qualifier and printed as published.
        crate::provenance::check_curated_adopted(self, c, |member| {
            (member == "value").then(|| crate::provenance::Adopted {
                range: self.qualifier.as_ref().map(|_| self.range()),
                printed: self.as_published.as_deref(),
            })
        });
        c.counted_from_one("phase", self.phase.map(u64::from), "the figure's phase");
        c.known("measure", &self.measure);
        c.opt_known("qualifier", self.qualifier.as_ref());
        c.opt_known("counts", self.counts.as_ref());
        c.date("as_of", self.as_of);
        c.opt_text("track", self.track.as_deref(), "the figure's track");
        if let Some(year) = self.as_of_year {
            c.field("as_of_year", |c| year.check(c));
        }
        if let Some(value) = self.value.as_ref().filter(|v| !exactly_held(v)) {
            c.report_at(
                "value",
                Rule::InexactNumber,
                format!(
                    "{} is published as {value}, a number beyond those this crate holds exactly (integers up to 2^53 written without a fraction or exponent, or up to 2^64 as integers): keep the text in `as_published` and give the value rounded, with a qualifier",
                    self.measure
                ),
            );
        }
        if self.value_f64().is_some_and(|v| v < 0.0) {
            c.report_at(
                "value",
                Rule::NegativeCount,
                format!(
                    "{} is negative ({}): a count cannot be",
                    self.measure,
                    self.value
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                ),
            );
        }
        c.opt_text(
            "as_published",
            self.as_published.as_deref(),
            "the published text",
        );
        c.each("breakdown", &self.breakdown, |c, share| {
            self.check_share(c, share)
        });
        if let (Some(total), false) = (self.exact_value(), self.partial_breakdown) {
            self.check_sums(c, total);
        }
        c.field("source", |c| self.source.check(c));
    }
}

/// True for a value read exactly: an integer held as one, or a float whose
/// magnitude is below 2^53 (where every integer is exact, and a decimal
/// reads back as the same float, serde_json reading with
/// `float_roundtrip`). Integers beyond 64 bits are read as floats, losing
/// digits: those are the values this is false for.
fn exactly_held(value: &Number) -> bool {
    match value.as_f64() {
        Some(v) if value.is_f64() => v.abs() < 9_007_199_254_740_992.0,
        _ => true,
    }
}

/// One unit in the last decimal place printed: 17.3 -> 0.1, 17 -> 1.
fn last_digit_unit(percent: f64) -> f64 {
    let text = percent.to_string();
    let decimals = text.split_once('.').map_or(0, |(_, d)| d.len());
    10f64.powi(-(decimals as i32))
}

#[cfg(test)]
mod tests {
    use super::last_digit_unit;

    #[test]
    fn the_tolerance_is_one_unit_of_the_last_printed_decimal() {
        assert_eq!(last_digit_unit(17.0), 1.0);
        assert_eq!(last_digit_unit(17.3), 0.1);
        assert!((last_digit_unit(2.25) - 0.01).abs() < 1e-12);
        assert_eq!(last_digit_unit(100.0), 1.0);
    }
}
