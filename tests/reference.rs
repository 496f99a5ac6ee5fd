//! The reference data encoded from the seeds: it loads, round-trips, has no
//! error, and produces exactly the warnings the sources' own disagreements
//! cause.

use igf_model::validate::{validate, Rule};
use igf_model::*;

fn findings(d: &Dataset) -> Vec<(Rule, String)> {
    validate(d).into_iter().map(|f| (f.rule, f.path)).collect()
}

#[test]
fn every_file_loads_and_round_trips() {
    for (name, text) in reference::FILES {
        let dataset = load::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let again = load::from_str(&dataset.to_json_pretty().unwrap()).unwrap();
        assert_eq!(again, dataset, "{name}");
    }
}

/// The index of the first figure of `measure` (and `value`, when given)
/// whose source section starts with `section`.
fn figure_index(d: &Dataset, measure: Measure, value: Option<f64>, section: &str) -> usize {
    let hits: Vec<usize> = d.meetings[0]
        .figures
        .iter()
        .enumerate()
        .filter(|(_, f)| f.measure == measure)
        .filter(|(_, f)| value.is_none() || f.value_f64() == value)
        .filter(|(_, f)| {
            f.source
                .section
                .as_deref()
                .is_some_and(|s| s.starts_with(section))
        })
        .map(|(i, _)| i)
        .collect();
    assert!(!hits.is_empty(), "no {measure} {value:?} in {section}");
    hits[0]
}

#[test]
fn igf2020_warnings_are_exactly_the_sources_disagreements() {
    let d = reference::igf2020();
    let at = |measure, value, section, rest: &str| {
        format!(
            "/meetings/0/figures/{}/{rest}",
            figure_index(d, measure, value, section)
        )
    };
    let numbers = "2 IGF 2020 by the Numbers";
    let phase1 = "3 IGF 2020 Phase 1 by the Numbers";
    let expected = vec![
        // 295 sessions, by type 1+80+17+7+28+7+4+84+7+8+1 = 244 (seed 001 §2)
        (
            Rule::BreakdownSum,
            at(Measure::Sessions, Some(295.0), numbers, "breakdown"),
        ),
        // 27 remote hubs, by region 14+4+3+5 = 26 (seed 001 §2)
        (
            Rule::BreakdownSum,
            at(Measure::RemoteHubs, None, numbers, "breakdown"),
        ),
        // 6,150 registrations (§2) against 6 149 (at a glance)
        (
            Rule::PublicationsDisagree,
            at(Measure::Registrations, Some(6150.0), numbers, "value"),
        ),
        // 295 sessions (§2) against 275 (at a glance): the figure with the
        // breakdown by type, then the one with the breakdown by format
        (
            Rule::PublicationsDisagree,
            at(Measure::Sessions, Some(295.0), numbers, "value"),
        ),
        (
            Rule::PublicationsDisagree,
            format!(
                "/meetings/0/figures/{}/value",
                figure_index(d, Measure::Sessions, Some(295.0), numbers) + 1
            ),
        ),
        // 18 DC sessions in Phase 1 (seed 003) against 17 for the meeting (seed 001)
        (
            Rule::PartExceedsWhole,
            at(Measure::Sessions, Some(146.0), phase1, "breakdown/3/count"),
        ),
        // 71 village booths in Phase 1 (seed 003) against 70 for the meeting (seed 001)
        (
            Rule::PartExceedsWhole,
            at(Measure::VillageBooths, Some(71.0), phase1, "value"),
        ),
        // 49 MAG members (seed 003) against 50 (seed 001)
        (
            Rule::PublicationsDisagree,
            at(Measure::MagMembers, Some(49.0), phase1, "value"),
        ),
    ];
    assert_eq!(findings(d), expected);
    assert!(validate(d).iter().all(|f| !f.is_error()));
}

#[test]
fn the_other_reference_datasets_have_no_finding() {
    assert_eq!(findings(reference::igf2019()), vec![]);
    assert_eq!(findings(reference::igf2021()), vec![]);
    assert_eq!(findings(reference::meetings()), vec![]);
}

#[test]
fn igf2020_holds_what_the_seeds_say() {
    let d = reference::igf2020();
    let m = &d.meetings[0];
    assert_eq!((m.year.get(), m.edition), (2020, Some(15)));
    assert_eq!(m.phases.len(), 2);
    assert_eq!(m.tracks.iter().filter(|t| !t.informal).count(), 4);
    assert_eq!(d.dynamic_coalitions.len(), 23);
    assert!(d.dynamic_coalitions.iter().all(|dc| dc.web_page.is_some()));
    assert_eq!(d.best_practice_forums.len(), 4);
    assert_eq!(d.mags[0].working_groups.len(), 4);
    // Every entry of the compilation (seed 000) and the two NRI pledges of seed 003.
    assert_eq!(d.commitments.len(), 29);
    assert_eq!(
        d.commitments
            .iter()
            .filter(|c| c.source.document.contains("seed 000"))
            .count(),
        27
    );
    let gemma = d
        .commitments
        .iter()
        .find(|c| c.text.starts_with("Paola Gemma"))
        .unwrap();
    assert_eq!(
        gemma.pledger,
        Pledger::person_of_organisation("Paola Gemma", "Huawei")
    );
    assert!(d
        .commitments
        .iter()
        .any(|c| c.kind == CommitmentKind::AnnouncedLater));
    // Both registrations figures are kept as published.
    let regs: Vec<f64> = m
        .figures
        .iter()
        .filter(|f| f.measure == Measure::Registrations && f.phase.is_none())
        .filter_map(|f| f.value_f64())
        .collect();
    assert_eq!(regs, vec![6149.0, 6150.0]);
    // Every session the compilation names exists in the meeting.
    for c in &d.commitments {
        let r = c.session.as_ref().unwrap();
        assert!(
            m.sessions
                .iter()
                .any(|s| s.code == r.code && Some(&s.title) == r.title.as_ref()),
            "{r}"
        );
    }
}

#[test]
fn igf2021_maps_every_roadmap_area_and_resolves_its_activities() {
    let d = reference::igf2021();
    assert_eq!(d.roadmap_mappings.len(), 9);
    let areas: Vec<RoadmapArea> = d.roadmap_mappings.iter().map(|r| r.area.clone()).collect();
    let all: Vec<RoadmapArea> = RoadmapArea::ALL.to_vec();
    assert_eq!(areas, all);
    let resolving = d
        .roadmap_mappings
        .iter()
        .flat_map(|r| &r.igf_activities)
        .filter(|a| a.kind.must_resolve())
        .count();
    assert!(resolving >= 20, "{resolving}");
    // The renamed coalition is found by its former name as well.
    let children = d
        .dynamic_coalitions
        .iter()
        .find(|dc| dc.name.starts_with("Children"))
        .unwrap();
    assert!(children.answers_to("DC Child Online Safety"));
    // Removing the coalition makes the mapping's reference fail.
    let mut broken = d.clone();
    broken
        .dynamic_coalitions
        .retain(|dc| !dc.name.starts_with("Children"));
    assert!(validate(&broken)
        .iter()
        .any(|f| f.rule == Rule::UnresolvedActivity));
}

#[test]
fn meetings_cover_2006_to_2025_with_editions() {
    let d = reference::meetings();
    let years: Vec<u16> = d.meetings.iter().map(|m| m.year.get()).collect();
    assert_eq!(years, (2006..=2025).collect::<Vec<_>>());
    assert!(d
        .meetings
        .iter()
        .all(|m| m.edition == Some(m.year.get() - 2005)));
    assert!(d
        .meetings
        .iter()
        .all(|m| m.theme.is_some() && !m.hosts.is_empty() && m.start_date.is_some()));
}
