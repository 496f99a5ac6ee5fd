//! Every rule of the catalogue, with a failing and a passing case that
//! assert the exact rule code and JSON Pointer.

mod common;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use igf_model::validate::{catalogue_markdown, validate, Finding, Rule, Severity};
use igf_model::*;

type Mutation = fn(&mut Dataset);

struct Case {
    rule: Rule,
    fail: Mutation,
    path: &'static str,
    pass: Mutation,
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
fn meeting(ds: &mut Dataset) -> &mut Meeting {
    &mut ds.meetings[0]
}
fn session(ds: &mut Dataset) -> &mut Session {
    &mut ds.meetings[0].sessions[0]
}
fn figure(ds: &mut Dataset) -> &mut Figure {
    &mut ds.meetings[0].figures[0]
}
fn late(ds: &mut Dataset, kind: ReportKind, after: Duration) {
    let s = session(ds);
    let end = s.time_slot.as_ref().unwrap().end_utc().unwrap();
    s.reports[0].kind = Some(kind);
    s.reports[0].submitted_at = Some(end + after);
}
fn identity(_: &mut Dataset) {}

fn cases() -> Vec<Case> {
    vec![
        Case {
            rule: Rule::InexactNumber,
            path: "/meetings/0/figures/0/value",
            fail: |ds| {
                figure(ds).value = serde_json::Number::from_f64(2.2222222222222222e23);
            },
            pass: |ds| figure(ds).value = Some(u64::MAX.into()),
        },
        Case {
            rule: Rule::UnknownMember,
            path: "/meetings/0/sessions/0/titel",
            fail: |ds| {
                session(ds)
                    .extensions
                    .insert("titel", "Tech for the Planet".into());
            },
            pass: |ds| {
                session(ds)
                    .extensions
                    .insert("x-titel", "Tech for the Planet".into());
            },
        },
        Case {
            rule: Rule::NewerFormatMember,
            path: "/meetings/0/participants_onsite",
            fail: |ds| {
                ds.format_version = FormatVersion::new(0, 9);
                meeting(ds)
                    .extensions
                    .insert("participants_onsite", 3435.into());
            },
            pass: |ds| {
                meeting(ds)
                    .extensions
                    .insert("participants_onsite", 3435.into());
            },
        },
        Case {
            rule: Rule::BlankText,
            path: "/meetings/0/sessions/0/title",
            fail: |ds| session(ds).title = "  ".into(),
            pass: |ds| session(ds).title = "T".into(),
        },
        Case {
            rule: Rule::BlankText,
            path: "/commitments/2/pledger/organisation",
            fail: |ds| {
                ds.commitments[2].pledger = Pledger::person_of_organisation("Paola Gemma", "")
            },
            pass: identity,
        },
        Case {
            rule: Rule::YearOutOfRange,
            path: "/dynamic_coalitions/0/active_in/0",
            fail: |ds| ds.dynamic_coalitions[0].active_in = vec![common::year(2005)],
            pass: |ds| ds.dynamic_coalitions[0].active_in = vec![common::year(2006)],
        },
        Case {
            rule: Rule::YearOutOfRange,
            path: "/meetings/0/figures/0/as_of_year",
            fail: |ds| figure(ds).as_of_year = Some(common::year(1999)),
            pass: |ds| figure(ds).as_of_year = Some(common::year(2015)),
        },
        Case {
            rule: Rule::YearOutOfRange,
            path: "/mags/0/year",
            fail: |ds| ds.mags[0].year = common::year(2101),
            pass: |ds| ds.mags[0].year = common::year(2100),
        },
        Case {
            rule: Rule::DateOrder,
            path: "/meetings/0/phases/1/end_date",
            fail: |ds| meeting(ds).phases[1].end_date = d(2020, 11, 8),
            pass: |ds| meeting(ds).phases[1].end_date = d(2020, 11, 9),
        },
        Case {
            rule: Rule::DateOrder,
            path: "/meetings/0/sessions/0/time_slot/end",
            fail: |ds| {
                let s = session(ds).time_slot.as_mut().unwrap();
                s.end = s.start.map(|t| t - Duration::minutes(1));
            },
            pass: |ds| {
                let s = session(ds).time_slot.as_mut().unwrap();
                s.end = s.start;
            },
        },
        Case {
            rule: Rule::NegativeCount,
            path: "/meetings/0/figures/0/value",
            fail: |ds| figure(ds).value = Some((-5).into()),
            pass: identity,
        },
        Case {
            rule: Rule::NegativeCount,
            path: "/meetings/0/figures/0/breakdown/1/count",
            fail: |ds| figure(ds).breakdown[1].count = Some(-1),
            pass: |ds| {
                figure(ds).breakdown[1].count = Some(0);
                figure(ds).partial_breakdown = true;
                figure(ds).breakdown[1].percent = None;
            },
        },
        Case {
            rule: Rule::PercentRange,
            path: "/meetings/0/figures/0/breakdown/0/percent",
            fail: |ds| figure(ds).breakdown[0].percent = Some(140.0),
            pass: |ds| {
                figure(ds).breakdown[0].percent = Some(100.0);
                figure(ds).breakdown[0].count = None;
            },
        },
        Case {
            rule: Rule::LinkFormat,
            path: "/meetings/0/source/link",
            fail: |ds| meeting(ds).source.link = Some("intgovforum.org".into()),
            pass: |ds| meeting(ds).source.link = Some("http://intgovforum.org".into()),
        },
        Case {
            rule: Rule::UnknownValue,
            path: "/meetings/0/sessions/0/session_type",
            fail: |ds| {
                session(ds).session_type = SessionType::Other("fireside_chat".into());
                meeting(ds).phases[1].session_types.clear();
            },
            pass: |ds| meeting(ds).phases[1].session_types.clear(),
        },
        Case {
            rule: Rule::UnknownValue,
            path: "/meetings/0/figures/0/measure",
            fail: |ds| figure(ds).measure = Measure::Other("tweets".into()),
            pass: |ds| figure(ds).measure = Measure::Participants,
        },
        Case {
            rule: Rule::UnknownValue,
            path: "/meetings/0/figures/0/breakdown/1/category",
            fail: |ds| figure(ds).breakdown[1].category = "Civil Society".into(),
            pass: |ds| figure(ds).breakdown[1].category = "technical_community".into(),
        },
        Case {
            rule: Rule::EditionYear,
            path: "/meetings/0/edition",
            fail: |ds| meeting(ds).edition = Some(14),
            pass: |ds| meeting(ds).edition = None,
        },
        Case {
            rule: Rule::PhaseOrder,
            path: "/meetings/0/phases/1",
            fail: |ds| meeting(ds).phases[1].start_date = d(2020, 11, 6),
            pass: |ds| meeting(ds).phases[1].start_date = d(2020, 11, 7),
        },
        Case {
            rule: Rule::NumberRange,
            path: "/meetings/0/phases/0/number",
            fail: |ds| meeting(ds).phases[0].number = 0,
            pass: |ds| meeting(ds).phases[0].number = 1,
        },
        Case {
            rule: Rule::DateRange,
            path: "/meetings/0/sessions/0/reports/0/submitted_at",
            fail: |ds| session(ds).reports[0].submitted_at = Some(chrono::DateTime::<Utc>::MAX_UTC),
            pass: identity,
        },
        Case {
            rule: Rule::PhaseOrder,
            path: "/meetings/0/phases/0",
            fail: |ds| meeting(ds).start_date = Some(d(2020, 11, 3)),
            pass: |ds| meeting(ds).start_date = None,
        },
        Case {
            rule: Rule::LocalTimeWithoutOffset,
            path: "/meetings/0/sessions/0/time_slot/local_start",
            fail: |ds| {
                session(ds).time_slot.as_mut().unwrap().local_start =
                    Some(d(2020, 11, 10).and_hms_opt(10, 0, 0).unwrap());
            },
            pass: |ds| {
                meeting(ds).utc_offset = Some("+01:00".parse().unwrap());
                session(ds).time_slot.as_mut().unwrap().local_start =
                    Some(d(2020, 11, 10).and_hms_opt(10, 0, 0).unwrap());
            },
        },
        Case {
            rule: Rule::LocalTimeMismatch,
            path: "/meetings/0/sessions/0/time_slot/local_end",
            fail: |ds| {
                meeting(ds).utc_offset = Some("+01:00".parse().unwrap());
                // The slot ends at 10:30 UTC: 11:30 in Paris, not 10:30.
                session(ds).time_slot.as_mut().unwrap().local_end =
                    Some(d(2020, 11, 10).and_hms_opt(10, 30, 0).unwrap());
            },
            pass: |ds| {
                meeting(ds).utc_offset = Some("+01:00".parse().unwrap());
                session(ds).time_slot.as_mut().unwrap().local_end =
                    Some(d(2020, 11, 10).and_hms_opt(11, 30, 0).unwrap());
            },
        },
        Case {
            rule: Rule::SessionOutsidePhase,
            path: "/meetings/0/sessions/0/time_slot",
            fail: |ds| {
                let s = session(ds).time_slot.as_mut().unwrap();
                s.start = Some(
                    Utc.with_ymd_and_hms(2020, 11, 5, 9, 0, 0)
                        .unwrap()
                        .fixed_offset(),
                );
            },
            pass: |ds| {
                let s = session(ds).time_slot.as_mut().unwrap();
                s.start = Some(
                    Utc.with_ymd_and_hms(2020, 11, 9, 0, 0, 0)
                        .unwrap()
                        .fixed_offset(),
                );
            },
        },
        Case {
            rule: Rule::SessionTypeInPhase,
            path: "/meetings/0/sessions/0/session_type",
            fail: |ds| {
                session(ds).phase = Some(1);
                session(ds).time_slot = None;
            },
            pass: |ds| {
                session(ds).phase = Some(1);
                session(ds).time_slot = None;
                session(ds).session_type = SessionType::OpenForum;
                session(ds).code = Some("OF #72".into());
            },
        },
        Case {
            rule: Rule::CodeType,
            path: "/meetings/0/sessions/0/code",
            fail: |ds| session(ds).code = Some("OF #72".into()),
            pass: |ds| session(ds).code = Some("WS #73".into()),
        },
        Case {
            rule: Rule::UnknownTrack,
            path: "/meetings/0/sessions/0/tracks/0",
            fail: |ds| session(ds).tracks = vec!["Security".into()],
            pass: |ds| session(ds).tracks = vec!["digital cooperation".into()],
        },
        Case {
            rule: Rule::UnknownCodeLabel,
            path: "/meetings/0/sessions/0/code",
            fail: |ds| session(ds).code = Some("Fireside Chat #72".into()),
            pass: |ds| session(ds).code = Some("Workshop #72".into()),
        },
        Case {
            rule: Rule::UnknownBasis,
            path: "/builds_on/0/reference",
            fail: |ds| ds.builds_on = vec![Basis::reference("igf2030.json")],
            pass: |ds| ds.builds_on = vec![Basis::reference("intersessional.json")],
        },
        Case {
            rule: Rule::UnknownDocument,
            path: "/meetings/0/sessions/0/source/document",
            fail: |ds| session(ds).source = Source::new("igf-2020-summary"),
            pass: |ds| session(ds).source = Source::new("igf-2020-report"),
        },
        Case {
            rule: Rule::UnknownTrack,
            path: "/commitments/0/track",
            fail: |ds| ds.commitments[0].track = Some("Security".into()),
            pass: |ds| ds.commitments[0].track = None,
        },
        Case {
            rule: Rule::UnknownTrack,
            path: "/meetings/0/messages/0/track",
            fail: |ds| meeting(ds).messages[0].track = Some("environment".into()),
            pass: identity,
        },
        Case {
            rule: Rule::UnknownPhase,
            path: "/meetings/0/sessions/0/phase",
            fail: |ds| session(ds).phase = Some(3),
            pass: |ds| session(ds).phase = None,
        },
        Case {
            rule: Rule::UnknownSession,
            path: "/commitments/0/session",
            fail: |ds| ds.commitments[0].session = Some(SessionRef::code("WS #999".into())),
            pass: |ds| {
                ds.commitments[0].session =
                    Some(SessionRef::titled(Some("WS #72".into()), "another title"))
            },
        },
        Case {
            rule: Rule::UnknownSession,
            path: "/commitments/1/meeting",
            fail: |ds| ds.commitments[1].meeting = common::year(2021),
            pass: |ds| {
                ds.commitments[1].meeting = common::year(2021);
                ds.commitments[1].session = None;
                ds.commitments[1].track = None;
            },
        },
        Case {
            rule: Rule::UnresolvedActivity,
            path: "/roadmap_mappings/0/igf_activities/0/name",
            fail: |ds| {
                ds.roadmap_mappings[0].igf_activities[0].name =
                    "Dynamic Coalition on Quantum Ethics".into()
            },
            pass: |ds| {
                ds.roadmap_mappings[0].igf_activities[0].name =
                    "DC on Children’s Rights in the Digital Environment (DC-Children)".into()
            },
        },
        Case {
            rule: Rule::UnresolvedActivity,
            path: "/roadmap_mappings/0/igf_activities/2/name",
            fail: |ds| ds.roadmap_mappings[0].igf_activities[2].name = "WG-Language".into(),
            pass: |ds| {
                ds.roadmap_mappings[0].igf_activities[2].name =
                    "Working Group on IGF Strengthening and Strategy".into()
            },
        },
        Case {
            rule: Rule::DuplicateSessionCode,
            path: "/meetings/0/sessions/1/code",
            fail: |ds| {
                let s = session(ds).clone();
                meeting(ds).sessions.push(s);
            },
            pass: |ds| {
                let mut s = session(ds).clone();
                s.code = Some("WS #73".into());
                meeting(ds).sessions.push(s);
            },
        },
        Case {
            rule: Rule::DuplicateRecord,
            path: "/dynamic_coalitions/1",
            fail: |ds| {
                let mut dc = ds.dynamic_coalitions[0].clone();
                dc.name = "Children’s rights in the digital environment".into();
                ds.dynamic_coalitions.push(dc);
            },
            pass: |ds| {
                let mut dc = ds.dynamic_coalitions[0].clone();
                dc.name = "Core Internet Values".into();
                dc.acronym = None;
                ds.dynamic_coalitions.push(dc);
            },
        },
        Case {
            rule: Rule::DuplicateRecord,
            path: "/meetings/1",
            fail: |ds| {
                let m = ds.meetings[0].clone();
                ds.meetings.push(m);
            },
            pass: |ds| {
                let mut m = Meeting::new(common::year(2019), common::src());
                m.edition = Some(14);
                ds.meetings.push(m);
            },
        },
        Case {
            rule: Rule::ShortReportLate,
            path: "/meetings/0/sessions/0/reports/0/submitted_at",
            fail: |ds| late(ds, ReportKind::Short, Duration::hours(20)),
            pass: |ds| late(ds, ReportKind::Short, Duration::hours(12)),
        },
        Case {
            rule: Rule::DetailedReportLate,
            path: "/meetings/0/sessions/0/reports/0/submitted_at",
            fail: |ds| late(ds, ReportKind::Detailed, Duration::days(20)),
            pass: |ds| late(ds, ReportKind::Detailed, Duration::days(14)),
        },
        Case {
            rule: Rule::BreakdownSum,
            path: "/meetings/0/figures/0/breakdown",
            fail: |ds| {
                figure(ds).value = Some(201.into());
                figure(ds)
                    .breakdown
                    .iter_mut()
                    .for_each(|s| s.percent = None);
            },
            pass: |ds| {
                figure(ds).value = Some(201.into());
                figure(ds)
                    .breakdown
                    .iter_mut()
                    .for_each(|s| s.percent = None);
                figure(ds).partial_breakdown = true;
            },
        },
        Case {
            rule: Rule::PercentMismatch,
            path: "/meetings/0/figures/0/breakdown/0/percent",
            fail: |ds| figure(ds).breakdown[0].percent = Some(23.9),
            pass: |ds| figure(ds).breakdown[0].percent = Some(24.9),
        },
        Case {
            rule: Rule::CountVersusItems,
            path: "/meetings/0/figures/1/value",
            fail: |ds| {
                ds.coverage
                    .push(Coverage::new("dynamic_coalitions", Extent::Complete));
                let mut f = Figure::new(Measure::DynamicCoalitions, common::src());
                f.value = Some(2.into());
                f.counts = Some(Counted::DynamicCoalitions);
                meeting(ds).figures.push(f);
            },
            pass: |ds| {
                ds.coverage
                    .push(Coverage::new("dynamic_coalitions", Extent::Complete));
                let mut f = Figure::new(Measure::DynamicCoalitions, common::src());
                f.value = Some(1.into());
                f.counts = Some(Counted::DynamicCoalitions);
                meeting(ds).figures.push(f);
            },
        },
        Case {
            rule: Rule::StatementUnknownMember,
            path: "/meetings/0/statements/1/member",
            fail: |ds| {
                let s = Statement::new("start", "2020-11-02", common::src());
                meeting(ds).statements.push(s);
            },
            pass: |ds| {
                let s = Statement::new("start_date", "2020-11-02", common::src());
                meeting(ds).statements.push(s);
            },
        },
        Case {
            rule: Rule::StatementValueType,
            path: "/meetings/0/statements/1/value",
            fail: |ds| {
                let s = Statement::new("start_date", "early November", common::src());
                meeting(ds).statements.push(s);
            },
            pass: |ds| {
                let s = Statement::new("start_date", "2020-11-02", common::src());
                meeting(ds).statements.push(s);
            },
        },
        Case {
            rule: Rule::UnknownList,
            path: "/meetings/0/coverage/0/list",
            fail: |ds| {
                let c = Coverage::new("workshops", Extent::Sample);
                meeting(ds).coverage.push(c);
            },
            pass: |ds| {
                let c = Coverage::new("sessions", Extent::Sample);
                meeting(ds).coverage.push(c);
            },
        },
        Case {
            rule: Rule::SourcesDisagree,
            path: "/meetings/0/statements/1/value",
            fail: |ds| {
                let s = Statement::new("end_date", "2020-11-18", common::src());
                meeting(ds).statements.push(s);
            },
            pass: |ds| {
                let s = Statement::new("end_date", "2020-11-17", common::src());
                meeting(ds).statements.push(s.printed("17 November 2020"));
            },
        },
        Case {
            rule: Rule::SourcesDisagree,
            path: "/meetings/0/figures/1/value",
            fail: |ds| {
                let mut f = figure(ds).clone();
                f.value = Some(199.into());
                f.breakdown.clear();
                meeting(ds).figures.push(f);
            },
            pass: |ds| {
                let mut f = figure(ds).clone();
                f.breakdown.clear();
                f.source = Source::new("IGF 2020 Phase 1 summary (IGF 2020 Phase 1 Summary)");
                meeting(ds).figures.push(f);
            },
        },
        Case {
            rule: Rule::SourcesDisagree,
            path: "/meetings/0/figures/1/breakdown/0/count",
            fail: |ds| {
                let mut f = figure(ds).clone();
                f.value = None;
                f.breakdown[0].count = Some(51);
                f.breakdown[0].percent = None;
                meeting(ds).figures.push(f);
            },
            pass: |ds| {
                let mut f = figure(ds).clone();
                f.value = None;
                meeting(ds).figures.push(f);
            },
        },
        Case {
            rule: Rule::PartExceedsWhole,
            path: "/meetings/0/figures/1/value",
            fail: |ds| {
                let mut f = figure(ds).clone();
                f.phase = Some(1);
                f.value = Some(201.into());
                f.breakdown.clear();
                meeting(ds).figures.push(f);
            },
            pass: |ds| {
                let mut f = figure(ds).clone();
                f.phase = Some(1);
                f.value = Some(200.into());
                f.breakdown.clear();
                meeting(ds).figures.push(f);
            },
        },
        Case {
            rule: Rule::PartExceedsWhole,
            path: "/meetings/0/figures/1/breakdown/1/count",
            fail: |ds| {
                let mut f = figure(ds).clone();
                f.phase = Some(1);
                f.value = None;
                f.breakdown[1].count = Some(151);
                meeting(ds).figures.push(f);
            },
            pass: |ds| {
                let mut f = figure(ds).clone();
                f.phase = Some(1);
                f.value = None;
                f.breakdown[1].count = Some(10);
                meeting(ds).figures.push(f);
            },
        },
    ]
}

fn with_code(findings: &[Finding], rule: Rule) -> Vec<&Finding> {
    findings.iter().filter(|f| f.rule == rule).collect()
}

#[test]
fn the_base_dataset_has_no_finding() {
    assert_eq!(validate(&common::dataset()), vec![]);
}

#[test]
fn every_rule_fails_and_passes_where_it_should() {
    for (i, case) in cases().into_iter().enumerate() {
        let mut failing = common::dataset();
        (case.fail)(&mut failing);
        let findings = validate(&failing);
        let hits = with_code(&findings, case.rule);
        assert_eq!(
            hits.len(),
            1,
            "case {i} ({}): expected one finding, got {findings:#?}",
            case.rule
        );
        assert_eq!(hits[0].path, case.path, "case {i} ({})", case.rule);
        assert_eq!(hits[0].severity, case.rule.severity());
        assert!(!hits[0].message.trim().is_empty());

        let mut passing = common::dataset();
        (case.pass)(&mut passing);
        let findings = validate(&passing);
        assert!(
            with_code(&findings, case.rule).is_empty(),
            "case {i} ({}) should pass: {findings:#?}",
            case.rule
        );
    }
}

#[test]
fn every_validator_rule_has_a_case() {
    let cases = cases();
    for rule in Rule::ALL.iter().filter(|r| !r.code().starts_with("load.")) {
        assert!(
            cases.iter().any(|c| c.rule == *rule),
            "no test case for {rule}"
        );
    }
}

#[test]
fn loading_rules_report_code_and_pointer() {
    let syntax = load::from_str(r#"{"meetings": [{"year": 2020,"#).unwrap_err();
    let [finding] = &syntax.to_findings()[..] else {
        panic!("one finding")
    };
    assert_eq!(finding.rule, Rule::LoadSyntax);
    assert_eq!(finding.path, "/meetings/0");
    assert_eq!(finding.severity, Severity::Error);

    let shape = load::from_str(r#"{"meetings": [{"year": 2020, "source": {"document": "x"}, "sessions": [{"code": 1, "title": "t", "session_type": "workshop", "source": {"document": "x"}}]}]}"#).unwrap_err();
    let [finding] = &shape.to_findings()[..] else {
        panic!("one finding")
    };
    assert_eq!(finding.rule, Rule::LoadShape);
    assert_eq!(finding.path, "/meetings/0/sessions/0/code");
    assert!(
        finding.message.contains("expected a session code"),
        "{}",
        finding.message
    );

    assert!(
        load::from_str(r#"{"meetings": [{"year": 2020, "source": {"document": "x"}}]}"#).is_ok()
    );
}

#[test]
fn entities_validate_on_their_own_with_relative_paths() {
    let mut m = common::meeting();
    m.sessions[0].title = String::new();
    let findings = m.validate();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].path, "/sessions/0/title");
    let mut c = common::commitment(Pledger::unattributed());
    c.text = " ".into();
    // A commitment alone cannot know its session: only its own rules run.
    c.session = Some(SessionRef::code("WS #999".into()));
    let findings = c.validate();
    assert_eq!(
        findings
            .iter()
            .map(|f| (f.rule, f.path.as_str()))
            .collect::<Vec<_>>(),
        vec![(Rule::BlankText, "/text")]
    );
}

#[test]
fn all_findings_are_collected_not_only_the_first() {
    let mut ds = common::dataset();
    session(&mut ds).title = String::new();
    meeting(&mut ds).edition = Some(1);
    ds.commitments[0].track = Some("Nowhere".into());
    let codes: Vec<Rule> = validate(&ds).iter().map(|f| f.rule).collect();
    assert_eq!(
        codes,
        vec![Rule::EditionYear, Rule::BlankText, Rule::UnknownTrack]
    );
}

#[test]
fn unknown_members_are_read_and_reported_with_escaped_pointers() {
    let ds = load::from_str(
        r#"{"meetings": [{"year": 2020, "a/b~c": 1, "source": {"document": "x"}}]}"#,
    )
    .unwrap();
    let findings = validate(&ds);
    let unknown = with_code(&findings, Rule::UnknownMember);
    assert_eq!(unknown.len(), 1, "{findings:?}");
    assert_eq!(unknown[0].path, "/meetings/0/a~1b~0c");
    assert!(
        unknown[0].message.contains("\"a/b~c\""),
        "{}",
        unknown[0].message
    );
}

#[test]
fn the_catalogue_in_the_docs_is_generated_from_the_code() {
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md")).unwrap();
    assert!(
        committed == catalogue_markdown(),
        "docs/rules.md is out of date with the rules in src/validate/rules.rs; regenerate it with `cargo run --example regenerate`"
    );
}

#[test]
fn reading_from_a_failing_reader_is_an_io_error() {
    struct Broken;
    impl std::io::Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk on fire"))
        }
    }
    let err = load::from_reader(Broken).unwrap_err();
    assert!(matches!(err, load::LoadError::Io(_)));
    assert_eq!((err.pointer(), err.to_findings()), (None, vec![]));
    assert!(err.to_string().contains("disk on fire"));
    let ok = load::from_reader(&br#"{"nris": []}"#[..]).unwrap();
    assert!(ok.nris.is_empty());
}

/// Findings come in document order of the records: within each meeting its
/// own rules and its records' own rules first, then the references among
/// them; then the rules across the dataset, the activities that held
/// sessions last. The validator finds them in one walk of the sessions;
/// this pins the order it reports them in.
#[test]
fn findings_come_in_the_order_of_the_records_own_rules_first() {
    let mut ds = common::dataset();
    let mut second = ds.meetings[0].sessions[0].clone();
    second.title = "A second session".into();
    second.room = Some(" ".into());
    second.held_by = vec![ActivityRef::new(
        ActivityKind::DynamicCoalition,
        "No such coalition",
    )];
    ds.meetings[0].sessions.push(second);
    let first = session(&mut ds);
    first.title = String::new();
    first.tracks = vec!["Nowhere".into()];
    let mut next_year = ds.meetings[0].clone();
    next_year.year = Year::new(2021).unwrap();
    next_year.edition = Some(16);
    next_year.sessions[1].phase = Some(9);
    ds.meetings.push(next_year);
    ds.roadmap_mappings[0].igf_activities.push(ActivityRef::new(
        ActivityKind::BestPracticeForum,
        "No such forum",
    ));
    ds.commitments[0].track = Some("Nowhere".into());
    let findings = validate(&ds);
    let found: Vec<(&str, &str)> = findings
        .iter()
        .map(|f| (f.code(), f.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("shape.blank_text", "/meetings/0/sessions/0/title"),
            ("shape.blank_text", "/meetings/0/sessions/1/room"),
            ("reference.unknown_track", "/meetings/0/sessions/0/tracks/0"),
            (
                "reference.duplicate_session_code",
                "/meetings/0/sessions/1/code"
            ),
            ("shape.blank_text", "/meetings/1/sessions/0/title"),
            ("shape.blank_text", "/meetings/1/sessions/1/room"),
            ("reference.unknown_track", "/meetings/1/sessions/0/tracks/0"),
            ("reference.unknown_phase", "/meetings/1/sessions/1/phase"),
            (
                "reference.duplicate_session_code",
                "/meetings/1/sessions/1/code"
            ),
            ("reference.unknown_track", "/commitments/0/track"),
            (
                "reference.unresolved_activity",
                "/roadmap_mappings/0/igf_activities/4/name"
            ),
            (
                "reference.unresolved_activity",
                "/meetings/0/sessions/1/held_by/0/name"
            ),
            (
                "reference.unresolved_activity",
                "/meetings/1/sessions/1/held_by/0/name"
            ),
        ]
    );
}

/// Every type with rules of its own implements `Validate`: the records
/// that were once checked only inside their parents included.
#[test]
fn every_type_with_rules_validates_on_its_own() {
    use igf_model::{
        Dimension, Organiser, Pledger, SessionRef, SessionReport, Share, Validate, WorkingGroup,
    };
    fn paths(findings: Vec<igf_model::validate::Finding>) -> Vec<(String, String)> {
        findings
            .into_iter()
            .map(|f| (f.code().to_owned(), f.path))
            .collect()
    }
    let pair = |code: &str, path: &str| vec![(code.to_owned(), path.to_owned())];
    assert_eq!(
        paths(WorkingGroup::new(" ").validate()),
        pair("shape.blank_text", "/name")
    );
    assert_eq!(
        paths(Organiser::new("").validate()),
        pair("shape.blank_text", "/name")
    );
    let mut share = Share::new(Dimension::StakeholderGroup, "civil_society");
    share.percent = Some(120.0);
    assert_eq!(
        paths(share.validate()),
        pair("shape.percent_range", "/percent")
    );
    let mut report = SessionReport::new();
    report.key_takeaways.push(" ".into());
    assert_eq!(
        paths(report.validate()),
        pair("shape.blank_text", "/key_takeaways/0")
    );
    assert_eq!(
        paths(Year::new(1999).unwrap().validate()),
        pair("shape.year_out_of_range", "")
    );
    assert_eq!(
        paths(Pledger::person(" ").validate()),
        pair("shape.blank_text", "/name")
    );
    assert_eq!(
        paths(SessionRef::titled(None, " ").validate()),
        pair("shape.blank_text", "/title")
    );
}
