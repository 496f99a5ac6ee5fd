//! The public index: every lookup, with found, ambiguous and missing
//! answers, and the validator's reference rules giving the same answers as
//! the lookups on every reference dataset.

use igf_model::index::Resolution;
use igf_model::validate::{validate, Rule};
use igf_model::*;

mod common;

fn y(n: u16) -> Year {
    Year::new(n).unwrap()
}

#[test]
fn sessions_by_code_key_type_track_phase_and_day() {
    let d = common::dataset();
    let index = Index::build(&d);
    let ws = index.session_by_code(y(2020), "WS #72").unwrap();
    assert_eq!(ws.pointer, "/meetings/0/sessions/0");
    assert!(index.session_by_code(y(2020), "WS #73").is_none());
    assert!(index.session_by_code(y(2019), "WS #72").is_none());
    let by_ref = index.session(
        y(2020),
        &SessionRef::titled(Some("WS #72".into()), "Tech for the Planet"),
    );
    assert_eq!(by_ref.unwrap().pointer, ws.pointer);
    let pointers =
        |v: Vec<index::Found<'_, Session>>| v.into_iter().map(|f| f.pointer).collect::<Vec<_>>();
    assert_eq!(
        pointers(index.sessions_of_type(y(2020), &SessionType::Workshop)),
        ["/meetings/0/sessions/0"]
    );
    assert!(index
        .sessions_of_type(y(2020), &SessionType::TownHall)
        .is_empty());
    assert_eq!(
        pointers(index.sessions_in_track(y(2020), "Environment")),
        ["/meetings/0/sessions/0"]
    );
    assert!(index.sessions_in_track(y(2020), "Security").is_empty());
    assert_eq!(
        pointers(index.sessions_in_phase(y(2020), 2)),
        ["/meetings/0/sessions/0"]
    );
    assert!(index.sessions_in_phase(y(2020), 1).is_empty());
    let day = "2020-11-10".parse().unwrap();
    assert_eq!(
        pointers(index.sessions_on(y(2020), day)),
        ["/meetings/0/sessions/0"]
    );
    assert!(index
        .sessions_on(y(2020), "2020-11-11".parse().unwrap())
        .is_empty());
    assert!(index.sessions_on(y(2030), day).is_empty());
}

#[test]
fn a_day_of_the_meeting_counts_from_the_first_official_day() {
    let mut d = common::dataset();
    let m = &mut d.meetings[0];
    m.day_zero = Some("2020-11-01".parse().unwrap());
    let mut slot = TimeSlot::default();
    slot.day = Some(0);
    m.sessions[0].time_slot = Some(slot.clone());
    let mut second = m.sessions[0].clone();
    second.code = Some("WS #73".into());
    slot.day = Some(3);
    second.time_slot = Some(slot);
    m.sessions.push(second);
    let index = Index::build(&d);
    assert_eq!(
        index
            .sessions_on(y(2020), "2020-11-01".parse().unwrap())
            .len(),
        1
    );
    // Day 3 of a meeting that opens on 2 November is 4 November.
    let on_4th = index.sessions_on(y(2020), "2020-11-04".parse().unwrap());
    assert_eq!(on_4th[0].pointer, "/meetings/0/sessions/1");
}

#[test]
fn commitments_by_session_track_organisation_area_and_objective() {
    let d = common::dataset();
    let index = Index::build(&d);
    let of_ws72 = index.commitments_of_session(y(2020), &SessionRef::code("WS #72".into()));
    assert_eq!(of_ws72.len(), d.commitments.len());
    assert!(index
        .commitments_of_session(y(2020), &SessionRef::code("WS #9".into()))
        .is_empty());
    assert_eq!(
        index.commitments_in_track(y(2020), "Environment").len(),
        d.commitments.len()
    );
    assert!(index
        .commitments_in_track(y(2019), "Environment")
        .is_empty());
    let huawei = index.commitments_by_organisation("  HUAWEI ");
    assert_eq!(huawei.len(), 1);
    assert_eq!(huawei[0].pointer, "/commitments/2");
    assert_eq!(
        index
            .commitments_by_organisation("The Web Foundation")
            .len(),
        1
    );
    assert!(index.commitments_by_organisation("Nobody").is_empty());
    let area = RoadmapArea::DigitalEnvironmentalSustainability;
    assert_eq!(index.commitments_for_area(&area).len(), d.commitments.len());
    assert!(index
        .commitments_for_area(&RoadmapArea::GlobalConnectivity)
        .is_empty());
    let objective = GdcObjective::CloseDigitalDivides;
    assert_eq!(
        index.commitments_for_objective(&objective).len(),
        d.commitments.len()
    );
    assert!(index
        .commitments_for_objective(&GdcObjective::AiGovernance)
        .is_empty());
}

#[test]
fn bodies_by_name_acronym_former_name_ambiguous_and_missing() {
    let mut d = common::dataset();
    for name in ["Internet Rights and Principles", "Internet Universality"] {
        d.dynamic_coalitions
            .push(DynamicCoalition::new(name, common::src()));
    }
    let index = Index::build(&d);
    for name in [
        "Children's Rights in the Digital Environment",
        "DC-Children",
        "DCCOS",
        "Child Online Safety",
    ] {
        assert_eq!(
            index
                .resolve(&ActivityKind::DynamicCoalition, name)
                .pointer(),
            Some("/dynamic_coalitions/0"),
            "{name}"
        );
    }
    // An exact name wins over leading words: "DC-Children" normalises to
    // "children", so "Dynamic Coalition on Children" is that coalition.
    assert_eq!(
        index
            .resolve(
                &ActivityKind::DynamicCoalition,
                "Dynamic Coalition on Children"
            )
            .pointer(),
        Some("/dynamic_coalitions/0")
    );
    // "Internet" leads the names of two coalitions: ambiguous, naming both.
    assert_eq!(
        index.resolve(
            &ActivityKind::DynamicCoalition,
            "Dynamic Coalition on Internet"
        ),
        Resolution::Ambiguous(vec![
            "/dynamic_coalitions/1".into(),
            "/dynamic_coalitions/2".into()
        ])
    );
    assert_eq!(
        index.resolve(&ActivityKind::DynamicCoalition, "Quantum Ethics"),
        Resolution::Missing
    );
    assert_eq!(
        index.resolve(&ActivityKind::IssueArea, "Trust"),
        Resolution::NotARecord
    );
    assert!(index
        .resolve(&ActivityKind::BestPracticeForum, "BPF Cybersecurity")
        .is_found());
    assert!(index
        .resolve(
            &ActivityKind::PolicyNetwork,
            "Policy Network on Environment and Digitalisation"
        )
        .is_found());
    assert!(index.resolve(&ActivityKind::Nri, "AIGF").is_found());
    assert!(index
        .resolve(&ActivityKind::MagWorkingGroup, "WG-Strategy")
        .is_found());
    assert!(index
        .resolve(&ActivityKind::LeadershipPanel, "IGF Leadership Panel")
        .is_found());
    // The records' own `answers_to` follows the same rule: each of the two
    // answers to the leading words, which is why the index calls them ambiguous.
    assert!(d.dynamic_coalitions[1].answers_to("Dynamic Coalition on Internet"));
    assert!(d.dynamic_coalitions[2].answers_to("Dynamic Coalition on Internet"));
    assert!(!d.dynamic_coalitions[2].answers_to("Dynamic Coalition on Internet Rights"));
}

#[test]
fn documents_panel_members_and_reverse_references() {
    let d = common::dataset();
    let index = Index::build(&d);
    assert_eq!(
        index.document("igf-2020-report").unwrap().pointer,
        "/documents/0"
    );
    assert!(index.document("igf-2021-report").is_none());
    assert_eq!(
        index.panel_member("VINT CERF").unwrap().pointer,
        "/leadership_panels/0/members/0"
    );
    assert!(index.panel_member("Maria Ressa").is_none());
    // The sample's session is held by PNE, which its mappings also name.
    let held = index
        .sessions_held_by(&ActivityKind::PolicyNetwork, "PNE")
        .unwrap();
    assert_eq!(
        held.iter().map(|s| s.pointer.as_str()).collect::<Vec<_>>(),
        ["/meetings/0/sessions/0"]
    );
    assert_eq!(
        index
            .roadmap_rows_naming(&ActivityKind::PolicyNetwork, "PNE")
            .unwrap()[0]
            .pointer,
        "/roadmap_mappings/0"
    );
    assert_eq!(
        index
            .gdc_rows_naming(&ActivityKind::PolicyNetwork, "PNE")
            .unwrap()[0]
            .pointer,
        "/gdc_mappings/0"
    );
    // A name that resolves to no record is told apart from one that
    // resolves to a record with no sessions.
    assert_eq!(
        index.sessions_held_by(&ActivityKind::PolicyNetwork, "PNX"),
        Err(igf_model::index::Resolution::Missing)
    );
    assert_eq!(
        index
            .roadmap_rows_naming(&ActivityKind::DynamicCoalition, "DC-Children")
            .map(|rows| rows.len()),
        Ok(1)
    );
}

/// Every dataset the crate embeds, and the history.
fn reference_datasets() -> Vec<(&'static str, &'static Dataset)> {
    let mut all: Vec<(&str, &Dataset)> = reference::FILES
        .iter()
        .map(|(name, _)| (*name, reference::get(name).unwrap()))
        .collect();
    all.push(("all", reference::all()));
    all
}

#[test]
fn the_validator_and_the_lookups_agree_on_every_reference_dataset() {
    for (name, d) in reference_datasets() {
        let index = Index::build(d);
        let findings = validate(d);
        let reported =
            |rule: Rule, path: &str| findings.iter().any(|f| f.rule == rule && f.path == path);
        // Activities of mapping rows and of sessions' `held_by`.
        let mut activities: Vec<(String, &ActivityRef)> = Vec::new();
        for (r, row) in d.roadmap_mappings.iter().enumerate() {
            for (a, act) in row.igf_activities.iter().enumerate() {
                activities.push((
                    format!("/roadmap_mappings/{r}/igf_activities/{a}/name"),
                    act,
                ));
            }
        }
        for (m, meeting) in d.meetings.iter().enumerate() {
            for (s, session) in meeting.sessions.iter().enumerate() {
                for (k, act) in session.held_by.iter().enumerate() {
                    activities.push((format!("/meetings/{m}/sessions/{s}/held_by/{k}/name"), act));
                }
            }
        }
        for (path, act) in &activities {
            let resolves = !act.kind.must_resolve() || index.activity(act).is_found();
            assert_eq!(
                !resolves,
                reported(Rule::UnresolvedActivity, path),
                "{name}{path}"
            );
        }
        // Commitments' sessions.
        for (c, commitment) in d.commitments.iter().enumerate() {
            let Some(session) = &commitment.session else {
                continue;
            };
            let path = format!("/commitments/{c}/session");
            let found = index.session(commitment.meeting, session).is_some();
            let meeting_known = index.meeting(commitment.meeting).is_some();
            if meeting_known {
                assert_eq!(
                    !found,
                    reported(Rule::UnknownSession, &path),
                    "{name}{path}"
                );
            }
        }
        // Citations: a document the index finds is one the validator accepts.
        let cited_unknown = findings
            .iter()
            .filter(|f| f.rule == Rule::UnknownDocument)
            .count();
        assert_eq!(cited_unknown, 0, "{name}");
        for doc in &d.documents {
            assert_eq!(index.document(&doc.id).unwrap().record, doc, "{name}");
        }
    }
}

/// Codes of every length are found and their repeats reported alike,
/// whether the index holds them in its table (up to 38 bytes) or borrows
/// them: at 37, 38 and 39 bytes, and a short one, with case kept apart.
#[test]
fn session_codes_of_every_length_are_found_and_repeats_reported() {
    let codes = [
        "Launch / Award Event Session Number #4",  // 38 bytes
        "Launch / Award Event Session Numbr #4",   // 37
        "Launch / Award Event Session Number #40", // 39
        "Open Forum #27",
        "WS #72",
    ];
    let mut d = common::dataset();
    let template = common::session();
    let sessions = &mut d.meetings[0].sessions;
    sessions.clear();
    for code in codes.iter().chain(&codes) {
        let mut s = template.clone();
        s.code = Some((*code).into());
        sessions.push(s);
    }
    let mut lower = template.clone();
    lower.code = Some("launch / award event session number #4".into());
    sessions.push(lower);
    let index = Index::build(&d);
    for (j, code) in codes.iter().enumerate() {
        let found = index.session_by_code(y(2020), code).unwrap();
        assert_eq!(found.pointer, format!("/meetings/0/sessions/{j}"), "{code}");
        let by_ref = index.session(y(2020), &SessionRef::code((*code).into()));
        assert_eq!(by_ref.unwrap().pointer, found.pointer, "{code}");
        assert!(index
            .session_by_code(y(2020), &format!("{code}1"))
            .is_none());
    }
    let lower = index
        .session_by_code(y(2020), "launch / award event session number #4")
        .unwrap();
    assert_eq!(lower.pointer, "/meetings/0/sessions/10");
    let repeats: Vec<(String, String)> = validate(&d)
        .into_iter()
        .filter(|f| f.rule == Rule::DuplicateSessionCode)
        .map(|f| (f.path.to_string(), f.message))
        .collect();
    let expected: Vec<String> = (0..codes.len())
        .map(|j| format!("/meetings/0/sessions/{}/code", j + codes.len()))
        .collect();
    assert_eq!(
        repeats.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>(),
        expected
    );
    for ((_, message), j) in repeats.iter().zip(0..) {
        assert!(
            message.contains(&format!("sessions/{j} of the 2020 meeting")),
            "{message}"
        );
    }
}

/// A session found through the index carries its meeting and year; a
/// reverse lookup by an ambiguous name says it is ambiguous, with the
/// records it could be.
#[test]
fn lookups_keep_their_context() {
    let history = reference::all();
    let index = Index::build(history);
    let y2024 = Year::new(2024).unwrap();
    for s in index.sessions_of_type(y2024, &SessionType::LaunchAward) {
        assert_eq!(s.year(), Some(y2024));
        assert!(std::ptr::eq(
            s.meeting.unwrap(),
            index.meeting(y2024).unwrap().record
        ));
    }
    let held = index
        .sessions_held_by(&ActivityKind::PolicyNetwork, "PNAI")
        .unwrap();
    assert!(held
        .iter()
        .all(|s| s.year().is_some_and(|y| s.pointer.starts_with(&format!(
            "/meetings/{}/",
            history.meetings.iter().position(|m| m.year == y).unwrap()
        )))));
    // Two coalitions whose names begin alike: the leading word is ambiguous.
    let mut ds = Dataset::new();
    ds.dynamic_coalitions.push(DynamicCoalition::new(
        "Dynamic Coalition on Blockchain Technologies",
        Source::new("d"),
    ));
    ds.dynamic_coalitions.push(DynamicCoalition::new(
        "Dynamic Coalition on Blockchain Assurance",
        Source::new("d"),
    ));
    let index = Index::build(&ds);
    match index.sessions_held_by(&ActivityKind::DynamicCoalition, "Blockchain") {
        Err(igf_model::index::Resolution::Ambiguous(pointers)) => {
            assert_eq!(pointers, ["/dynamic_coalitions/0", "/dynamic_coalitions/1"])
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        index.roadmap_rows_naming(&ActivityKind::DynamicCoalition, "Nothing"),
        Err(igf_model::index::Resolution::Missing)
    );
}

/// Every body answers `active_in` the same way; the old names are aliases.
#[test]
#[allow(deprecated)]
fn every_body_answers_active_in() {
    use igf_model::Body;
    let history = reference::all();
    let y = |n| Year::new(n).unwrap();
    for bpf in &history.best_practice_forums {
        for year in 2006..=2025 {
            assert_eq!(bpf.active_in(y(year)), bpf.ran_in(y(year)));
        }
    }
    for panel in &history.leadership_panels {
        for m in &panel.members {
            assert_eq!(m.active_in(y(2023)), m.served_in(y(2023)));
        }
        assert!(panel.active_in(y(2023)));
        assert!(!panel.active_in(y(2019)));
    }
    let mut dc = DynamicCoalition::new(
        "Dynamic Coalition on Accessibility and Disability",
        Source::new("d"),
    );
    dc.active_in = vec![y(2020)];
    assert!(Body::active_in(&dc, y(2020)));
    assert!(!Body::active_in(&dc, y(2021)));
    for pn in &history.policy_networks {
        assert_eq!(
            PolicyNetwork::active_in(pn, y(2022)),
            Body::active_in(pn, y(2022))
        );
    }
    let mag = &history.mags[0];
    assert!(mag.active_in(mag.year));
    // A year in a const.
    const BERLIN: Year = match Year::checked(2019) {
        Some(year) => year,
        None => panic!(),
    };
    assert_eq!(BERLIN, y(2019));
    assert_eq!(Year::checked(999), None);
}
