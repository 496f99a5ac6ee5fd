//! Inputs that once broke the crate, and the agreements that keep them from
//! coming back: no panic, no silent wrap or rounding, numbers and dates read
//! as JSON Schema means them, findings that grow linearly.

mod common;

use chrono::{DateTime, Utc};
use igf_model::validate::{validate, Rule};
use igf_model::*;
use serde_json::{json, Value};

fn meeting_with(extra: Value) -> String {
    let mut m = json!({"year": 2020, "source": {"document": "d"}});
    for (k, v) in extra.as_object().unwrap() {
        m[k] = v.clone();
    }
    json!({"meetings": [m]}).to_string()
}

#[test]
fn a_session_at_the_end_of_time_is_a_load_error_not_a_panic() {
    let text = meeting_with(json!({"sessions": [{
        "title": "t", "session_type": "workshop", "source": {"document": "d"},
        "time_slot": {"start": "+262142-12-31T23:59:58Z", "end": "+262142-12-31T23:59:59Z"},
        "reports": [{"kind": "short", "submitted_at": "+262142-12-31T23:59:59Z"}]
    }]}));
    let err = load::from_str(&text).unwrap_err();
    let pointers: Vec<&str> = err.problems().iter().map(|p| p.pointer.as_str()).collect();
    assert!(
        pointers.contains(&"/meetings/0/sessions/0/time_slot/start"),
        "{pointers:?}"
    );
    assert!(
        pointers.contains(&"/meetings/0/sessions/0/reports/0/submitted_at"),
        "{pointers:?}"
    );
}

#[test]
fn deadlines_at_the_last_instant_do_not_overflow() {
    let mut ds = common::dataset();
    let session = &mut ds.meetings[0].sessions[0];
    let end = DateTime::<Utc>::MAX_UTC;
    session.time_slot = Some(TimeSlot::new(end, end));
    session.reports[0].kind = Some(ReportKind::Detailed);
    session.reports[0].submitted_at = Some(end);
    let findings = validate(&ds);
    assert!(findings
        .iter()
        .all(|f| f.rule != Rule::DetailedReportLate && f.rule != Rule::ShortReportLate));
}

#[test]
fn breakdown_sums_never_wrap() {
    let mut ds = common::dataset();
    let figure = &mut ds.meetings[0].figures[0];
    figure.value = Some(1.into());
    figure.breakdown[0].count = Some(i64::MAX);
    figure.breakdown[0].percent = None;
    figure.breakdown[1].count = Some(1);
    figure.breakdown[1].percent = None;
    let findings = validate(&ds);
    let sum = findings
        .iter()
        .find(|f| f.rule == Rule::BreakdownSum)
        .expect("the sum is reported");
    assert!(
        sum.message.contains("9223372036854775808"),
        "{}",
        sum.message
    );
}

fn figure_value_after_round_trips(value: &str, times: usize) -> Vec<String> {
    let mut text = meeting_with(
        json!({"figures": [{"measure": "registrations", "source": {"document": "d"}}]}),
    )
    .replace(
        r#""measure":"registrations""#,
        &format!(r#""measure":"registrations","value":{value}"#),
    );
    let mut seen = Vec::new();
    for _ in 0..times {
        let ds = load::from_str(&text).unwrap();
        seen.push(
            ds.meetings[0].figures[0]
                .value
                .as_ref()
                .unwrap()
                .to_string(),
        );
        text = serde_json::to_string(&ds).unwrap();
    }
    seen
}

#[test]
fn small_floats_read_back_exactly() {
    let seen = figure_value_after_round_trips("8.361819512870104e-10", 4);
    assert!(
        seen.iter()
            .all(|v| v.parse::<f64>().unwrap() == 8.361819512870104e-10),
        "{seen:?}"
    );
    assert!(seen.windows(2).all(|w| w[0] == w[1]), "{seen:?}");
}

#[test]
fn numbers_beyond_64_bits_are_reported_not_silently_changed() {
    let text = meeting_with(
        json!({"figures": [{"measure": "registrations", "source": {"document": "d"}}]}),
    )
    .replace(
        r#""measure":"registrations""#,
        r#""measure":"registrations","value":222222222222222222222431"#,
    );
    let ds = load::from_str(&text).unwrap();
    let findings = validate(&ds);
    assert!(
        findings
            .iter()
            .any(|f| f.rule == Rule::InexactNumber && f.path == "/meetings/0/figures/0/value"),
        "{findings:?}"
    );
    // Once read, the value it holds is stable.
    let seen = figure_value_after_round_trips("222222222222222222222431", 3);
    assert!(seen.windows(2).all(|w| w[0] == w[1]), "{seen:?}");
    // 64-bit integers are held exactly and draw no finding.
    let ds =
        load::from_str(&text.replace("222222222222222222222431", "18446744073709551615")).unwrap();
    assert!(validate(&ds).iter().all(|f| f.rule != Rule::InexactNumber));
}

#[test]
fn integral_floats_are_integers_as_json_schema_says() {
    let text = meeting_with(json!({
        "year": 2020.0, "edition": 15.0,
        "phases": [{"number": 1.0, "start_date": "2020-11-02", "end_date": "2020-11-06"}],
        "figures": [{"measure": "registrations", "phase": 1e0, "breakdown": [{"dimension": "stakeholder_group", "category": "government", "count": -0.0}], "source": {"document": "d"}}]
    }));
    let ds = load::from_str(&text).unwrap();
    let m = &ds.meetings[0];
    assert_eq!(
        (m.year.get(), m.edition, m.phases[0].number),
        (2020, Some(15), 1)
    );
    assert_eq!(m.figures[0].breakdown[0].count, Some(0));
    // A fraction is not an integer.
    let err = load::from_str(&meeting_with(json!({"edition": 15.5}))).unwrap_err();
    assert_eq!(err.pointer(), Some("/meetings/0/edition"));
    let err = load::from_str(&meeting_with(json!({"year": 2020.5}))).unwrap_err();
    assert_eq!(err.pointer(), Some("/meetings/0/year"));
}

#[test]
fn dates_are_read_as_strictly_as_the_schema_reads_them() {
    for bad in [
        "2021-12-10 ",
        " 2020-11-06",
        "2020-11-2",
        "-0001-01-01",
        "+2020-11-12",
        "2021-02-29",
    ] {
        let err = load::from_str(&meeting_with(json!({"start_date": bad}))).unwrap_err();
        assert_eq!(err.pointer(), Some("/meetings/0/start_date"), "{bad:?}");
    }
    for good in ["2020-11-02", "2024-02-29"] {
        assert!(
            load::from_str(&meeting_with(json!({"start_date": good}))).is_ok(),
            "{good}"
        );
    }
}

#[test]
fn zero_editions_and_phase_numbers_are_errors_as_the_schema_minimum_says() {
    let ds = load::from_str(&meeting_with(json!({
        "edition": 0,
        "phases": [{"number": 0, "start_date": "2020-11-02", "end_date": "2020-11-06"}],
        "sessions": [{"title": "t", "session_type": "workshop", "phase": 0, "source": {"document": "d"}}]
    })))
    .unwrap();
    let findings = validate(&ds);
    let errors: Vec<(Rule, &str)> = findings
        .iter()
        .filter(|f| f.is_error())
        .map(|f| (f.rule, f.path.as_str()))
        .collect();
    // A shape error for each 0 (the schema's minimum is 1), beside what
    // the 0 means for the edition.
    for expected in [
        (Rule::NumberRange, "/meetings/0/edition"),
        (Rule::EditionYear, "/meetings/0/edition"),
        (Rule::NumberRange, "/meetings/0/phases/0/number"),
        (Rule::NumberRange, "/meetings/0/sessions/0/phase"),
    ] {
        assert!(errors.contains(&expected), "{expected:?} in {errors:?}");
    }
}

/// Thousands of conflicting figures: each is compared once, so the findings
/// and the report grow linearly with the input.
#[test]
fn findings_grow_linearly_with_conflicting_figures() {
    fn findings_for(n: usize) -> (usize, usize) {
        let mut figures = Vec::new();
        for i in 0..n {
            figures.push(json!({"measure": "registrations", "value": 100 + i, "source": {"document": "whole"}}));
            figures.push(json!({"measure": "registrations", "phase": 1, "value": 1_000_000 + i, "source": {"document": "part"}}));
        }
        let text = meeting_with(json!({
            "phases": [{"number": 1, "start_date": "2020-11-02", "end_date": "2020-11-06"}],
            "figures": figures
        }));
        let ds = load::from_str(&text).unwrap();
        let findings = validate(&ds);
        let report = serde_json::to_string(&findings).unwrap();
        (findings.len(), report.len())
    }
    let (small, small_bytes) = findings_for(200);
    let (large, large_bytes) = findings_for(2_000);
    // Each figure draws at most two findings: one against the first
    // publication of its observation, one against the whole.
    assert!(large <= 2 * 2 * 2_000, "{large} findings for 4,000 figures");
    assert!(large >= 2_000, "the conflicts are still reported: {large}");
    // Ten times the input, about ten times the output (not a hundred).
    assert!(large <= 11 * small, "{small} -> {large}");
    assert!(
        large_bytes <= 12 * small_bytes,
        "{small_bytes} -> {large_bytes}"
    );
}

#[test]
fn a_record_with_a_huge_list_of_bad_values_is_answered_quickly() {
    let bad: Vec<Value> = (0..5_000).map(|_| json!(0.5)).collect();
    let text = json!({"dynamic_coalitions": [{"name": "n", "active_in": bad, "source": {"document": "d"}}]}).to_string();
    let started = std::time::Instant::now();
    let err = load::from_str(&text).unwrap_err();
    let problems = err.problems();
    // One at the record that says there are more (the record comes first in
    // document order), then the first 200 problems of the record.
    assert_eq!(problems.len(), 201, "{}", problems.len());
    assert_eq!(problems[0].pointer, "/dynamic_coalitions/0");
    assert!(problems[0].reason.contains("more than 200 problems"));
    assert_eq!(problems[1].pointer, "/dynamic_coalitions/0/active_in/0");
    assert_eq!(problems[200].pointer, "/dynamic_coalitions/0/active_in/199");
    // Generous: a quadratic search would take minutes here.
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
}

/// Inputs a fuzzer found, kept as files: each loads or fails with findings,
/// never a panic.
#[test]
fn fuzzer_findings_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        match load::from_slice(&bytes) {
            Ok(ds) => drop(validate(&ds)),
            Err(err) => assert!(!err.to_findings().is_empty() || err.problems().is_empty()),
        }
        n += 1;
    }
    assert!(n >= 1);
}

/// A hundred thousand bad records: one problem each, found in linear time
/// (the positions of the problems were once looked up one by one).
#[test]
fn a_hundred_thousand_problems_are_reported_in_linear_time() {
    let text = format!("{{\"nris\": [{}]}}", vec!["1"; 100_000].join(",\n"));
    let started = std::time::Instant::now();
    let err = load::from_str(&text).unwrap_err();
    assert_eq!(err.problems().len(), 100_000);
    let last = err.problems().last().unwrap();
    assert_eq!((last.pointer.as_str(), last.line), ("/nris/99999", 100_000));
    // Generous for a debug build; a quadratic search would take hours.
    assert!(
        started.elapsed() < std::time::Duration::from_secs(60),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn a_problem_in_a_date_or_period_is_reported_at_its_member() {
    // `When` stands flattened on its records: a reading names the record,
    // and the diagnosis finds the member, each problem once, in order.
    let text = r#"{"meetings": [{"year": 2020, "source": {"document": "d"},
        "timeline": [{"what": "x", "date": "2020-02-30", "as_published": 5},
                     {"what": "y", "start_date": 7, "end_date": "2020-03-01"}],
        "co_located_events": [{"title": "z", "end_date": "2020-13-01"}]}],
      "parliamentary_track": [{"year": 2020, "title": "p", "date": "x", "source": {"document": "d"}}]}"#;
    let err = load::from_str(text).unwrap_err();
    let at: Vec<(&str, usize)> = err
        .problems()
        .iter()
        .map(|p| (p.pointer.as_str(), p.line))
        .collect();
    assert_eq!(
        at,
        vec![
            ("/meetings/0/timeline/0/date", 2),
            ("/meetings/0/timeline/0/as_published", 2),
            ("/meetings/0/timeline/1/start_date", 3),
            ("/meetings/0/co_located_events/0/end_date", 4),
            ("/parliamentary_track/0/date", 5),
        ],
        "{err}"
    );
}
