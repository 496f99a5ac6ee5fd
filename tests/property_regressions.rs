//! The minimal failing cases the properties of `tests/properties.rs` found,
//! kept so that they stay fixed. Each states the property it broke, the
//! minimal value proptest printed (or the same case for a sibling field),
//! what went wrong, and now asserts the fix: the value draws a `shape.*`
//! finding, or it reads back and the schema accepts it.

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

/// Property (b) for a value the schema rejects: the validator must report
/// it under `expected`, a `shape.*` rule.
fn assert_shape_finding(file: &str, json: Value, findings: &[Finding], expected: &str) {
    let codes: Vec<&str> = findings.iter().map(Finding::code).collect();
    assert!(
        !schema(file).is_valid(&json),
        "{file} accepts {json}: this case no longer needs a shape finding"
    );
    assert!(
        codes.contains(&expected),
        "the schema rejects {json} but the validator reports no {expected}: {codes:?}"
    );
}

fn meeting_has_shape_finding(m: &Meeting, expected: &str) {
    assert_shape_finding(
        "meeting.schema.json",
        serde_json::to_value(m).unwrap(),
        &m.validate(),
        expected,
    );
}

fn source() -> Source {
    Source::new("The IGF 2020 Report")
}

fn meeting() -> Meeting {
    Meeting::new(Year::new(2006).unwrap(), source())
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2006, 1, 1).unwrap()
}

// ---- number 0 where the schema says `minimum: 1` ----------------------------
//
// FIXED (shape.number_range): the schema gives phase numbers and editions `minimum: 1`, but
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
    meeting_has_shape_finding(&m, "shape.number_range");
}

/// The same rule for a session's phase: findings `reference.unknown_phase`.
#[test]
fn session_phase_0_has_no_shape_finding_but_fails_the_schema() {
    let mut m = meeting();
    let mut s = Session::new("Internet", SessionType::Workshop, source());
    s.phase = Some(0);
    m.sessions.push(s);
    meeting_has_shape_finding(&m, "shape.number_range");
}

/// The same rule for a phase's own number: findings
/// `consistency.phase_order`.
#[test]
fn phase_number_0_has_no_shape_finding_but_fails_the_schema() {
    let mut m = meeting();
    m.phases.push(Phase::new(0, day(), day()));
    meeting_has_shape_finding(&m, "shape.number_range");
}

/// The same rule for a meeting's edition: findings
/// `consistency.edition_year`.
#[test]
fn edition_0_has_no_shape_finding_but_fails_the_schema() {
    let mut m = meeting();
    m.edition = Some(0);
    meeting_has_shape_finding(&m, "shape.number_range");
}

// ---- leap seconds not at 23:59 UTC ------------------------------------------
//
// FIXED (shape.date_range, and loading reads RFC 3339 exactly): chrono holds a leap second at the end of any minute and
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
    meeting_has_shape_finding(&m, "shape.date_range");
}

/// The same for a session's time slot.
#[test]
fn time_slot_at_a_leap_second_not_at_23_59_fails_the_schema() {
    let mut m = meeting();
    let mut s = Session::new("Internet", SessionType::Workshop, source());
    s.time_slot = Some(TimeSlot::new(leap_second(), leap_second()));
    m.sessions.push(s);
    meeting_has_shape_finding(&m, "shape.date_range");
}

/// And `load` no longer reads the text back: it is not RFC 3339.
#[test]
fn a_leap_second_not_at_23_59_does_not_load() {
    let text = r#"{"meetings": [{"year": 2006, "source": {"document": "d"}, "sessions": [{"title": "t", "session_type": "workshop", "source": {"document": "d"}, "reports": [{"submitted_at": "2006-01-01T00:00:60Z"}]}]}]}"#;
    let err = load::from_str(text).unwrap_err();
    assert_eq!(
        err.pointer(),
        Some("/meetings/0/sessions/0/reports/0/submitted_at")
    );
}

/// Years beyond four digits (found beside the properties): `NaiveDate::MAX`
/// used to pass validation and then be written as `"+262142-12-31"`.
#[test]
fn dates_beyond_four_digit_years_have_a_shape_finding() {
    let mut m = meeting();
    m.start_date = Some(NaiveDate::MAX);
    meeting_has_shape_finding(&m, "shape.date_range");
}

// ---- format versions with a part of 10 digits ---------------------------------
//
// FIXED: a version's parts are `u16` (0 to 65535), and the schema's pattern
// accepts exactly those numbers, so every version the crate can hold is
// written, read back and accepted by the schema, and no other is.

/// Found by `dataset::json_round_trip` (`"1000000000.0"` was written and
/// could not be read back) and `dataset::schema_accepts_...`
/// (`"0.1000000000"` had no finding but failed the schema).
#[test]
fn every_format_version_at_the_bounds_reads_back_and_passes_the_schema() {
    for (major, minor) in [
        (0, 0),
        (0, 2),
        (9, 99),
        (65535, 0),
        (0, 65535),
        (65535, 65535),
        (10000, 59999),
    ] {
        let mut d = Dataset::new();
        d.format_version = FormatVersion::new(major, minor);
        let text = serde_json::to_string(&d).unwrap();
        let back: Dataset = serde_json::from_str(&text).unwrap();
        // Read back as written, an older version upgraded to the current
        // one (serde reads as `load` does).
        assert_eq!(
            back.format_version,
            d.format_version.max(FormatVersion::CURRENT),
            "{text}"
        );
        // Loading reads it too (and upgrades an older version to the current).
        assert!(load::from_str(&text).is_ok(), "{text}");
        assert!(
            schema("igf.schema.json").is_valid(&serde_json::to_value(&d).unwrap()),
            "{text}"
        );
    }
    for text in [
        "65536.0",
        "0.65536",
        "01.0",
        "1.00",
        "1000000000.0",
        "-1.0",
        "1",
        "1.2.3",
    ] {
        let json = serde_json::json!({"format_version": text});
        assert!(
            !schema("igf.schema.json").is_valid(&json),
            "the schema accepts {text}"
        );
        assert!(
            load::from_str(&json.to_string()).is_err(),
            "load reads {text}"
        );
    }
}
