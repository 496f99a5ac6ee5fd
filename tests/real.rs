//! Real IGF data of 2021-2025, encoded from the IGF's public pages
//! (`tests/fixtures/real/`): it loads as published, without a load error;
//! every warning it draws is a true statement about it, pinned here; and
//! the values the IGF prints today that older versions of the crate could
//! not read are read, kept as written and understood.

use igf_model::validate::{validate, Rule};
use igf_model::*;

fn real(file: &str) -> Dataset {
    let path = format!("{}/tests/fixtures/real/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    load::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"))
}

const FILES: [&str; 5] = [
    "igf2022.json",
    "igf2023.json",
    "igf2024.json",
    "igf2025.json",
    "intersessional-2021-2025.json",
];

#[test]
fn real_data_loads_and_draws_only_true_warnings() {
    for file in FILES {
        let d = real(file);
        assert_eq!(d.format_version, FormatVersion::CURRENT, "{file}");
        let findings: Vec<(Rule, String)> =
            validate(&d).into_iter().map(|f| (f.rule, f.path)).collect();
        let expected: Vec<(Rule, String)> = match file {
            // The IGF 2023 schedule prints the NRIs' coordination session,
            // a Day 0 event, as "Event #59": a label the crate does not know.
            "igf2023.json" => vec![(
                Rule::UnknownCodeLabel,
                format!(
                    "/meetings/0/sessions/{}/code",
                    d.meetings[0]
                        .sessions
                        .iter()
                        .position(|s| s.code.as_ref().is_some_and(|c| c.as_str() == "Event #59"))
                        .unwrap()
                ),
            )],
            // The IGF 2022 closing ceremony's "probably close to 3,000 people
            // from around the world, those on site and online" against the
            // statistics page's 5,120 participants: "about" 3,000 allows no
            // more than 3,300.
            "igf2022.json" => vec![(Rule::SourcesDisagree, "/meetings/0/figures/12/value".into())],
            // The IGF 2025 closing ceremony's "3,344 on-site delegates"
            // against the statistics page's 3,435 participants who
            // "collected their badges and participated onsite".
            "igf2025.json" => vec![(
                Rule::SourcesDisagree,
                format!(
                    "/meetings/0/figures/{}/breakdown/1/count",
                    d.meetings[0]
                        .figures
                        .iter()
                        .position(|f| f.source.document == "dw-2025-closing-ceremony")
                        .unwrap()
                ),
            )],
            _ => vec![],
        };
        assert_eq!(findings, expected, "{file}");
    }
}

#[test]
fn every_real_record_cites_a_document_with_its_link() {
    for file in FILES {
        let d = real(file);
        assert!(!d.documents.is_empty(), "{file}");
        for doc in &d.documents {
            // A link, or (for the one letter cited that is not published
            // online) a note that says where it is printed.
            assert!(
                doc.address().is_some() || doc.note.is_some(),
                "{file}: {} has no link",
                doc.id
            );
        }
        let linked = d
            .documents
            .iter()
            .filter(|doc| doc.address().is_some())
            .count();
        assert!(linked + 1 >= d.documents.len(), "{file}");
        // Citations resolve (the validator would report one that does not).
        assert!(
            validate(&d).iter().all(|f| f.rule != Rule::UnknownDocument),
            "{file}"
        );
    }
}

/// The session of `d` coded `code`.
fn coded<'a>(d: &'a Dataset, code: &str) -> &'a Session {
    d.meetings
        .iter()
        .flat_map(|m| &m.sessions)
        .find(|s| s.code.as_ref().is_some_and(|c| c.as_str() == code))
        .unwrap_or_else(|| panic!("no session {code}"))
}

#[test]
fn the_codes_printed_since_2022_are_read_and_tied_to_their_types() {
    let d2024 = real("igf2024.json");
    let launch = coded(&d2024, "Launch / Award Event #34");
    assert_eq!(
        launch.code.as_ref().unwrap().label(),
        "Launch / Award Event"
    );
    assert_eq!(launch.code.as_ref().unwrap().number(), Some(34));
    assert_eq!(launch.session_type, SessionType::LaunchAward);
    let day0 = coded(&d2024, "Day 0 Event #178");
    assert_eq!(day0.session_type, SessionType::DayZeroEvent);
    let pt = coded(&d2024, "PT Session 7");
    assert_eq!(pt.session_type, SessionType::ParliamentaryTrack);
    assert_eq!(
        coded(&d2024, "Open Forum #27").session_type,
        SessionType::OpenForum
    );
    let d2023 = real("igf2023.json");
    assert_eq!(
        coded(&d2023, "Networking Session #64").session_type,
        SessionType::Networking
    );
    assert_eq!(
        coded(&d2023, "High Level Panel V")
            .code
            .as_ref()
            .unwrap()
            .number(),
        Some(5)
    );
    // Written back exactly as read.
    let text = serde_json::to_string(&d2024).unwrap();
    assert!(text.contains("\"Launch / Award Event #34\""));
}

#[test]
fn the_acronyms_the_coalition_list_prints_are_kept() {
    let d = real("intersessional-2021-2025.json");
    for acronym in ["DC-Digital Economy", "DC-Connecting the Unconnected"] {
        let dc = d
            .dynamic_coalitions
            .iter()
            .find(|dc| dc.acronym.as_ref().is_some_and(|a| a.as_str() == acronym))
            .unwrap_or_else(|| panic!("{acronym}"));
        assert!(dc.answers_to(acronym));
    }
    // DC-ISSS became IS3C.
    let is3c = d
        .dynamic_coalitions
        .iter()
        .find(|dc| dc.acronym.as_ref().is_some_and(|a| a.as_str() == "IS3C"))
        .unwrap();
    assert!(is3c.former_acronyms.iter().any(|a| a == "DC-ISSS"));
    assert!(is3c.answers_to("DC-ISSS"));
}

#[test]
fn meetings_of_today_have_several_hosts_day_zero_and_hybrid_sessions() {
    let d2022 = real("igf2022.json");
    let hosts: Vec<&str> = d2022.meetings[0].hosts.iter().map(Host::name).collect();
    assert_eq!(hosts, ["Ethiopia", "UNECA"]);
    // The 2022 theme is printed in several wordings, each kept with its source.
    assert!(
        d2022.meetings[0]
            .statements
            .iter()
            .filter(|s| s.member == "theme")
            .count()
            >= 2
    );
    let d2025 = real("igf2025.json");
    let m = &d2025.meetings[0];
    assert_eq!(m.hosts.len(), 2);
    assert_eq!(m.day_zero, Some("2025-06-23".parse().unwrap()));
    // Sessions on Day 0 belong to the meeting: no finding places them outside.
    let d2024 = real("igf2024.json");
    let m = &d2024.meetings[0];
    assert!(m.day_zero.is_some());
    let day0 = coded(&d2024, "Day 0 Event #178");
    let slot = day0.time_slot.as_ref().unwrap();
    assert_eq!(slot.local_date(), m.day_zero);
    // A hybrid meeting, and local times with their offset.
    assert_eq!(m.format, Some(MeetingFormat::Hybrid));
    let riyadh = m
        .sessions
        .iter()
        .filter_map(|s| s.time_slot.as_ref()?.start)
        .find(|t| t.offset().local_minus_utc() == 3 * 3600)
        .unwrap();
    assert!(serde_json::to_string(&riyadh.to_rfc3339())
        .unwrap()
        .contains("+03:00"));
}

#[test]
fn policy_networks_end_and_the_leadership_panel_is_there() {
    let d = real("intersessional-2021-2025.json");
    let pne = d
        .policy_networks
        .iter()
        .find(|p| p.acronym.as_deref() == Some("PNE"))
        .unwrap();
    let y = |n| Year::new(n).unwrap();
    assert!(pne.active_in(y(2021)));
    assert!(
        !pne.active_in(y(2022)),
        "the Environment network ran in 2021 only"
    );
    let active_2022 = d
        .policy_networks
        .iter()
        .filter(|p| p.active_in(y(2022)))
        .count();
    assert_eq!(active_2022, 2);
    let pnai = d
        .policy_networks
        .iter()
        .find(|p| p.acronym.as_deref() == Some("PNAI"))
        .unwrap();
    assert!(pnai
        .cycles
        .iter()
        .flat_map(|c| &c.outputs)
        .any(|o| o.kind == OutputKind::CallToAction));
    let panel = &d.leadership_panels[0];
    assert_eq!(panel.appointed, Some("2022-08-16".parse().unwrap()));
    assert_eq!(
        panel.member("Vint Cerf").unwrap().role,
        Some(PanelRole::Chair)
    );
    assert!(panel
        .members
        .iter()
        .any(|m| m.role == Some(PanelRole::ExOfficio)));
    assert!(panel
        .outputs
        .iter()
        .any(|o| o.title.contains("The Internet We Want")));
    assert!(d
        .parliamentary_track
        .iter()
        .any(|e| e.at.as_deref().is_some_and(|a| a.contains("EuroDIG"))));
}

#[test]
fn figures_stated_before_the_meeting_and_qualified_shares_are_kept() {
    let d = real("igf2025.json");
    let figures = &d.meetings[0].figures;
    assert!(figures.iter().any(|f| f.expected || f.as_of.is_some()));
    assert!(figures
        .iter()
        .flat_map(|f| &f.breakdown)
        .any(|s| s.qualifier.is_some()));
}

#[test]
fn tracks_of_every_kind_mags_with_co_chairs_and_people_with_roles() {
    // 2023: eight sub-themes; the MAG chair and the host country's co-chair,
    // spelt as the cited transcript prints it.
    let d2023 = real("igf2023.json");
    let m = &d2023.meetings[0];
    assert_eq!(m.tracks.len(), 8);
    assert!(m.tracks.iter().all(|t| t.kind == Some(TrackKind::SubTheme)));
    assert_eq!(d2023.mags[0].chair.as_deref(), Some("Paul Mitchell"));
    assert_eq!(d2023.mags[0].co_chairs, ["Yoici Iida"]);
    let roles: std::collections::HashSet<PersonRole> = m
        .sessions
        .iter()
        .flat_map(|s| &s.people)
        .filter_map(|p| p.role.clone())
        .collect();
    for role in [
        PersonRole::Moderator,
        PersonRole::OnlineModerator,
        PersonRole::Speaker,
        PersonRole::Rapporteur,
    ] {
        assert!(roles.contains(&role), "{role}");
    }
    // 2024: four themes, and programme tracks beside them.
    let d2024 = real("igf2024.json");
    let kinds: Vec<Option<TrackKind>> = d2024.meetings[0]
        .tracks
        .iter()
        .map(|t| t.kind.clone())
        .collect();
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == Some(TrackKind::Theme))
            .count(),
        4
    );
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == Some(TrackKind::ProgrammeTrack))
            .count(),
        3
    );
    // 2025: sub-themes linked to Global Digital Compact objectives, and
    // participation broken down by format, role, region and more.
    let d2025 = real("igf2025.json");
    let m = &d2025.meetings[0];
    assert!(m.tracks[0]
        .gdc_objectives
        .contains(&GdcObjective::AiGovernance));
    let dimensions: std::collections::HashSet<&Dimension> = m
        .figures
        .iter()
        .flat_map(|f| &f.breakdown)
        .map(|s| &s.dimension)
        .collect();
    for dimension in [
        Dimension::Format,
        Dimension::Role,
        Dimension::Region,
        Dimension::Gender,
    ] {
        assert!(dimensions.contains(&dimension), "{dimension}");
    }
}

#[test]
fn earlier_years_load_and_draw_only_true_warnings() {
    let d = real("igf2006-2019.json");
    let n = real("nris-2005-2024.json");
    for (file, d) in [("igf2006-2019.json", &d), ("nris-2005-2024.json", &n)] {
        assert_eq!(d.format_version, FormatVersion::CURRENT, "{file}");
        assert!(
            validate(d)
                .iter()
                .all(|f| f.severity != igf_model::validate::Severity::Error),
            "{file}"
        );
        assert!(
            d.documents.iter().all(|doc| doc.address().is_some()),
            "{file}"
        );
    }
    let disagree = |path: &str| (Rule::SourcesDisagree, path.to_owned());
    let findings: Vec<(Rule, String)> =
        validate(&d).into_iter().map(|f| (f.rule, f.path)).collect();
    let expected = vec![
        // 2006: two ICANNWiki copies print "October 24-26, 2006", a blog
        // "Between Oct. 29, 2006 and November 3, 2006", against 30 October to
        // 2 November in the other three pages.
        disagree("/meetings/0/statements/6/value"),
        disagree("/meetings/0/statements/7/value"),
        disagree("/meetings/0/statements/8/value"),
        disagree("/meetings/0/statements/9/value"),
        disagree("/meetings/0/statements/10/value"),
        disagree("/meetings/0/statements/11/value"),
        // 2008: pages of November 2007 place the meeting in (New) Delhi on
        // 8-11 December 2008; it was held in Hyderabad on 3-6 December.
        disagree("/meetings/2/statements/5/value"),
        disagree("/meetings/2/statements/6/value"),
        disagree("/meetings/2/hosts/0/statements/0/value"),
        disagree("/meetings/2/hosts/0/statements/1/value"),
        // 2009: Elon University words a workshop's title otherwise; the main
        // sessions' programme lists as a main-session item what the Internet
        // Society lists as its workshop.
        disagree("/meetings/3/sessions/3/statements/1/value"),
        disagree("/meetings/3/sessions/4/statements/1/value"),
        // 2010: the transcript spells "Henrikas Juškevicius", the name the
        // speaker says has five spellings.
        disagree("/meetings/4/sessions/2/people/0/statements/1/value"),
        // 2012: the session archive lists the Arab IGF session as "Other" and
        // its description calls it a workshop.
        disagree("/meetings/6/sessions/0/statements/1/value"),
        // 2016: the venue announced in April (Instituto Cabanas) was changed
        // to PALCCO in September; a session's description ends it at 3 pm
        // where the schedule ends it at 13:00.
        disagree("/meetings/10/hosts/0/statements/1/value"),
        disagree("/meetings/10/sessions/6/time_slot/statements/0/value"),
        // 2017: the transcript words a Day 0 title more briefly.
        disagree("/meetings/11/sessions/9/statements/1/value"),
        // 2018: the session page spells "Joerg Schweiger" and, in its
        // agenda, "Jörg, Schweiger".
        disagree("/meetings/12/sessions/4/people/2/statements/3/value"),
        // 2018: the transcript's "DC Youth" is a label the crate does not know.
        (
            Rule::UnknownCodeLabel,
            "/meetings/12/sessions/8/code".into(),
        ),
        // 2019: the Day 0 list gives GIGANET's event a long title too; a
        // session the schedule types "Other Session" calls itself a workshop.
        disagree("/meetings/13/sessions/17/statements/1/value"),
        disagree("/meetings/13/sessions/21/statements/1/value"),
        // 2019: the transcript's "DC" is a label the crate does not know.
        (
            Rule::UnknownCodeLabel,
            "/meetings/13/sessions/26/code".into(),
        ),
    ];
    assert_eq!(findings, expected);
    let findings: Vec<(Rule, String)> =
        validate(&n).into_iter().map(|f| (f.rule, f.path)).collect();
    assert_eq!(
        findings,
        vec![
            // The announcement of the first Arab IGF prints "AIGF".
            disagree("/nris/9/statements/1/value"),
            // Nominet writes "UK-IGF", Hansard "UK IGF".
            disagree("/nris/10/statements/1/value"),
        ]
    );

    // At least 60 sessions over at least 5 meetings, with at least 6 forms
    // of code as printed (digits set aside).
    let sessions: Vec<&Session> = d.meetings.iter().flat_map(|m| &m.sessions).collect();
    assert!(sessions.len() >= 60, "{}", sessions.len());
    assert!(d.meetings.iter().filter(|m| !m.sessions.is_empty()).count() >= 5);
    let shapes: std::collections::HashSet<String> = sessions
        .iter()
        .filter_map(|s| s.code.as_ref())
        .map(|c| {
            // Each run of digits as one "9".
            let mut shape = String::new();
            for ch in c.as_str().chars() {
                if !ch.is_ascii_digit() {
                    shape.push(ch);
                } else if !shape.ends_with('9') {
                    shape.push('9');
                }
            }
            shape
        })
        .collect();
    assert!(shapes.len() >= 6, "{shapes:?}");
    // At least 8 NRIs, with meetings.
    assert!(n.nris.len() >= 8);
    assert!(n.nris.iter().filter(|nri| !nri.meetings.is_empty()).count() >= 8);

    // The codes of the earlier years are read.
    let ws = coded(&d, "WS173");
    assert_eq!(ws.code.as_ref().unwrap().label(), "WS");
    assert_eq!(ws.code.as_ref().unwrap().number(), Some(173));
    assert_eq!(ws.session_type, SessionType::Workshop);
    let bracketed = coded(&d, "(WS186)").code.as_ref().unwrap();
    assert_eq!((bracketed.label(), bracketed.number()), ("WS", Some(186)));
    let prefixed = coded(&d, "IGF 2019 WS #341").code.as_ref().unwrap();
    assert_eq!(
        (prefixed.year(), prefixed.number()),
        (Some(2019), Some(341))
    );
    assert_eq!(coded(&d, "36").code.as_ref().unwrap().number(), Some(36));
}

/// Each code form of the earlier years is read with its label, so a
/// workshop's code on an open forum is reported (`consistency.code_type`),
/// and the code prints back exactly as the IGF printed it.
#[test]
fn the_earlier_code_forms_are_checked_against_the_session_type() {
    let mut d = common_session_dataset();
    for (code, right, wrong) in [
        ("WS173", SessionType::Workshop, SessionType::OpenForum),
        ("(WS180)", SessionType::Workshop, SessionType::OpenForum),
        ("OF16", SessionType::OpenForum, SessionType::Workshop),
        (
            "IGF 2019 WS #341",
            SessionType::Workshop,
            SessionType::OpenForum,
        ),
        (
            "IGF 2018 OF #14",
            SessionType::OpenForum,
            SessionType::Workshop,
        ),
        ("WS 27", SessionType::Workshop, SessionType::OpenForum),
        ("workshop 12", SessionType::Workshop, SessionType::OpenForum),
        (
            "IGF 2018 LIGHTNING SESSION #12",
            SessionType::LightningTalk,
            SessionType::Workshop,
        ),
    ] {
        let session = &mut d.meetings[0].sessions[0];
        session.code = Some(code.into());
        session.session_type = right;
        let findings = validate(&d);
        assert!(findings.is_empty(), "{code}: {findings:#?}");
        d.meetings[0].sessions[0].session_type = wrong;
        let findings = validate(&d);
        assert_eq!(findings.len(), 1, "{code}: {findings:#?}");
        assert_eq!(findings[0].rule, Rule::CodeType, "{code}");
        assert_eq!(findings[0].path, "/meetings/0/sessions/0/code");
        let text = serde_json::to_string(&d.meetings[0].sessions[0].code).unwrap();
        assert_eq!(text, serde_json::to_string(code).unwrap());
    }
}

/// One meeting of 2018 with one session and its bibliography.
fn common_session_dataset() -> Dataset {
    let mut d = Dataset::new();
    d.documents
        .push(Document::new("schedule", "IGF 2018 schedule"));
    let mut m = Meeting::new(Year::new(2018).unwrap(), Source::new("schedule"));
    m.sessions.push(Session::new(
        "Women Empowerment through ICTs",
        SessionType::Workshop,
        Source::new("schedule"),
    ));
    d.meetings.push(m);
    d
}
