//! The benchmark's generated data is what it claims: valid (no finding at
//! all) and holding every kind of record the validator walks.

#[path = "../benches/support/generate.rs"]
mod generate;

use igf_model::validate::validate;

#[test]
fn the_generated_data_is_valid_at_every_size() {
    for n in [1, 40, 1_000, 10_000] {
        let d = generate::generate(n);
        let findings = validate(&d);
        assert!(findings.is_empty(), "{n} records: {findings:#?}");
        let sessions: usize = d.meetings.iter().map(|m| m.sessions.len()).sum();
        assert_eq!(sessions + d.commitments.len(), n, "{n} records");
        // And it reads back the same through the loader.
        let text = igf_model::serde_json::to_vec(&d).unwrap();
        assert_eq!(igf_model::load::from_slice(&text).unwrap(), d);
    }
}

#[test]
fn the_generated_data_holds_every_kind_of_record() {
    let d = generate::generate(1_000);
    let m = &d.meetings[0];
    let s = &m.sessions[0];
    let kinds = [
        ("meetings", !d.meetings.is_empty()),
        ("phases", !m.phases.is_empty()),
        ("tracks", !m.tracks.is_empty()),
        ("sessions", !m.sessions.is_empty()),
        ("time slots", s.time_slot.is_some()),
        ("organisers", !s.organisers.is_empty()),
        ("reports", !s.reports.is_empty()),
        ("figures", !m.figures.is_empty()),
        (
            "breakdowns",
            m.figures.iter().any(|f| !f.breakdown.is_empty()),
        ),
        ("phase figures", m.figures.iter().any(|f| f.phase.is_some())),
        ("messages", !m.messages.is_empty()),
        ("hosts", !m.hosts.is_empty()),
        ("people", !s.people.is_empty()),
        (
            "sessions held by an activity",
            m.sessions.iter().any(|s| !s.held_by.is_empty()),
        ),
        ("documents", !d.documents.is_empty()),
        ("leadership panels", !d.leadership_panels.is_empty()),
        ("parliamentary track", !d.parliamentary_track.is_empty()),
        ("GDC mappings", !d.gdc_mappings.is_empty()),
        (
            "commitments with sessions",
            d.commitments.iter().any(|c| c.session.is_some()),
        ),
        ("dynamic coalitions", !d.dynamic_coalitions.is_empty()),
        (
            "NRIs with meetings",
            d.nris.iter().any(|n| !n.meetings.is_empty()),
        ),
        (
            "BPF outputs",
            d.best_practice_forums
                .iter()
                .any(|b| b.cycles.iter().any(|c| !c.outputs.is_empty())),
        ),
        ("policy networks", !d.policy_networks.is_empty()),
        (
            "MAG working groups",
            d.mags.iter().any(|g| !g.working_groups.is_empty()),
        ),
        ("Roadmap mappings", !d.roadmap_mappings.is_empty()),
    ];
    let missing: Vec<&str> = kinds
        .iter()
        .filter(|(_, there)| !there)
        .map(|(k, _)| *k)
        .collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
    // Every kind of activity that must resolve is named, and resolves.
    for kind in igf_model::ActivityKind::ALL
        .iter()
        .filter(|k| k.must_resolve())
    {
        let held_by = d
            .meetings
            .iter()
            .flat_map(|m| &m.sessions)
            .flat_map(|s| &s.held_by);
        assert!(
            d.roadmap_mappings
                .iter()
                .flat_map(|r| &r.igf_activities)
                .chain(d.gdc_mappings.iter().flat_map(|r| &r.igf_activities))
                .chain(held_by)
                .any(|a| a.kind == *kind),
            "{kind}"
        );
    }
}
