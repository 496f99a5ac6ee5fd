//! The minimal failing cases the properties of `tests/properties.rs` found.
//!
//! Each test here FAILS until the library is fixed: it is a library bug,
//! not a test to silence. Each states the property it breaks, the minimal
//! value proptest printed (or the same case for a sibling field the same
//! rule misses), and what goes wrong.

use igf_model::chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use igf_model::validate::Finding;
use igf_model::{
    load, Dataset, Figure, FormatVersion, Measure, Meeting, Phase, Session, SessionReport,
    SessionType, Source, TimeSlot, Validate, Year,
};
use serde_json::Value;

/// A validator of the committed schema file `file`, read from disk.
fn schema(file: &str) -> jsonschema::Validator {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(file);
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

/// Property (b): a value without `shape.*` findings is valid against its
/// committed schema.
fn assert_schema_accepts(file: &str, json: Value, findings: &[Finding]) {
    let codes: Vec<&str> = findings.iter().map(Finding::code).collect();
    assert!(
        !codes.iter().any(|c| c.starts_with("shape.")),
        "the validator now reports a shape finding: {codes:?}"
    );
    let errors: Vec<String> = schema(file)
        .iter_errors(&json)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{file} rejects {json}, which has no shape finding (findings: {codes:?}): {errors:#?}"
    );
}

fn meeting_schema_accepts(m: &Meeting) {
    assert_schema_accepts(
        "meeting.schema.json",
        serde_json::to_value(m).unwrap(),
        &m.validate(),
    );
}

fn source() -> Source {
    Source::new("IGF 2020 final report (seed 001)")
}

fn meeting() -> Meeting {
    Meeting::new(Year::new(2006).unwrap(), source())
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2006, 1, 1).unwrap()
}

// ---- number 0 where the schema says `minimum: 1` ----------------------------
//
// LIBRARY BUG: the schema gives phase numbers and editions `minimum: 1`, but
// the validator reports 0 only under `reference.*` or `consistency.*` (or
// not at all), never under a `shape.*` rule. So a value that passes every
// shape rule fails its schema. Fix: a shape finding for 0 (or the schema
// allows 0).

/// Found by `meeting::schema_accepts_what_the_validator_accepts` (and
/// `dataset::...`), as proptest's minimal value. Findings:
/// `reference.unknown_phase` only; the schema rejects `/figures/0/phase`.
#[test]
fn figure_phase_0_has_no_shape_finding_but_fails_the_schema() {
    let mut m = meeting();
    let mut f = Figure::new(Measure::Registrations, source());
    f.phase = Some(0);
    m.figures.push(f);
    meeting_schema_accepts(&m);
}

/// The same rule for a session's phase: findings `reference.unknown_phase`.
#[test]
fn session_phase_0_has_no_shape_finding_but_fails_the_schema() {
    let mut m = meeting();
    let mut s = Session::new("Internet", SessionType::Workshop, source());
    s.phase = Some(0);
    m.sessions.push(s);
    meeting_schema_accepts(&m);
}

/// The same rule for a phase's own number: findings
/// `consistency.phase_order`.
#[test]
fn phase_number_0_has_no_shape_finding_but_fails_the_schema() {
    let mut m = meeting();
    m.phases.push(Phase::new(0, day(), day()));
    meeting_schema_accepts(&m);
}

/// The same rule for a meeting's edition: findings
/// `consistency.edition_year`.
#[test]
fn edition_0_has_no_shape_finding_but_fails_the_schema() {
    let mut m = meeting();
    m.edition = Some(0);
    meeting_schema_accepts(&m);
}

// ---- leap seconds not at 23:59 UTC ------------------------------------------
//
// LIBRARY BUG: chrono holds a leap second at the end of any minute and
// writes it as `HH:MM:60`; `load` reads such text back (so the JSON round
// trip holds), the validator says nothing, but the schema's `date-time`
// format (RFC 3339, as the `jsonschema` crate checks it) admits second 60
// only at 23:59 UTC. Fix: report such instants (or reject them on loading,
// as `wire::parse_instant` promises RFC 3339 exactly).

/// A leap second at 00:00 UTC, e.g. `"2006-01-01T00:00:60Z"`.
fn leap_second() -> igf_model::chrono::DateTime<igf_model::chrono::Utc> {
    NaiveDateTime::new(
        day(),
        NaiveTime::from_num_seconds_from_midnight_opt(59, 1_000_000_000).unwrap(),
    )
    .and_utc()
}

/// Found by `meeting::schema_accepts_what_the_validator_accepts`, as
/// proptest's minimal value: no finding at all; the schema rejects
/// `/sessions/0/reports/0/submitted_at: "2006-01-01T00:00:60Z"`.
#[test]
fn report_submitted_at_a_leap_second_not_at_23_59_fails_the_schema() {
    let mut m = meeting();
    let mut s = Session::new("Internet", SessionType::Workshop, source());
    let mut r = SessionReport::new();
    r.submitted_at = Some(leap_second());
    s.reports.push(r);
    m.sessions.push(s);
    meeting_schema_accepts(&m);
}

/// The same for a session's time slot.
#[test]
fn time_slot_at_a_leap_second_not_at_23_59_fails_the_schema() {
    let mut m = meeting();
    let mut s = Session::new("Internet", SessionType::Workshop, source());
    s.time_slot = Some(TimeSlot::new(leap_second(), leap_second()));
    m.sessions.push(s);
    meeting_schema_accepts(&m);
}

// ---- format versions with a part of 10 digits ---------------------------------
//
// LIBRARY BUG: `FormatVersion::new` takes any `u32`, and `Display` writes
// it, but `FromStr` (and so serde and `load`) and the schema's pattern take
// at most 9 digits per part. A dataset with such a version is written but
// cannot be read back, and the validator says nothing. Fix: bound the parts
// where a version is made (or read and pattern up to `u32::MAX`).

fn dataset_of_version(major: u32, minor: u32) -> Dataset {
    let mut d = Dataset::new();
    d.format_version = FormatVersion::new(major, minor);
    d
}

/// Found by `dataset::json_round_trip`, as proptest's minimal value:
/// `{"format_version":"1000000000.0"}` is written, then
/// `invalid format version "1000000000.0"` on reading it back.
#[test]
fn format_version_1000000000_0_does_not_read_back() {
    let d = dataset_of_version(1_000_000_000, 0);
    let text = serde_json::to_string(&d).unwrap();
    let back: Result<Dataset, _> = serde_json::from_str(&text);
    assert_eq!(back.ok().as_ref(), Some(&d), "serde_json reads back {text}");
    assert_eq!(
        load::from_str(&text).ok(),
        Some(d),
        "load reads back {text}"
    );
}

/// Found by `dataset::schema_accepts_what_the_validator_accepts`, as
/// proptest's minimal value: no finding at all; the schema rejects
/// `/format_version: "0.1000000000"`.
#[test]
fn format_version_0_1000000000_has_no_finding_but_fails_the_schema() {
    let d = dataset_of_version(0, 1_000_000_000);
    assert_schema_accepts(
        "igf.schema.json",
        serde_json::to_value(&d).unwrap(),
        &igf_model::validate::validate(&d),
    );
}
