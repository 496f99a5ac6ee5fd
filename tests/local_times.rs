//! Local clock times with no zone ("Tuesday, 13 November, 2018 16:30 to
//! 17:50"), read in the meeting's offset from UTC and compared in UTC.

use igf_model::validate::Rule;
use igf_model::*;
use serde_json::{json, Value};

fn paris(slot: Value, offset: Option<&str>) -> Value {
    let mut meeting = json!({
        "year": 2018, "start_date": "2018-11-12", "end_date": "2018-11-14",
        "source": {"document": "p"},
        "sessions": [{"title": "T", "session_type": "workshop", "source": {"document": "p"}, "time_slot": slot}]
    });
    if let Some(offset) = offset {
        meeting["utc_offset"] = json!(offset);
    }
    json!({"format_version": "0.4", "documents": [{"id": "p", "title": "A page"}], "meetings": [meeting]})
}

fn load(v: &Value) -> Dataset {
    load::from_str(&v.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn findings(d: &Dataset) -> Vec<(Rule, String)> {
    d.validate().into_iter().map(|f| (f.rule, f.path)).collect()
}

#[test]
fn a_local_time_read_in_the_meetings_offset_is_the_instant_written_with_it() {
    let local = load(&paris(
        json!({"local_start": "2018-11-13T16:30", "local_end": "2018-11-13T17:50", "as_published": "Tuesday, 13 November, 2018 16:30 to 17:50"}),
        Some("+01:00"),
    ));
    let written = load(&paris(
        json!({"start": "2018-11-13T16:30:00+01:00", "end": "2018-11-13T16:50:00Z"}),
        None,
    ));
    let offset = local.meetings[0].utc_offset;
    assert_eq!(offset.map(|o| o.to_string()).as_deref(), Some("+01:00"));
    let (a, b) = (
        local.meetings[0].sessions[0].time_slot.as_ref().unwrap(),
        written.meetings[0].sessions[0].time_slot.as_ref().unwrap(),
    );
    assert_eq!(a.start_in(offset), b.start_in(None));
    assert_eq!(a.end_in(offset), b.end_in(None));
    assert_eq!(
        a.start_in(offset).unwrap().to_rfc3339(),
        "2018-11-13T16:30:00+01:00"
    );
    assert_eq!(a.local_date(), b.local_date());
    assert!(findings(&local).is_empty(), "{:?}", findings(&local));
    // Both forms together agree, compared in UTC.
    let both = load(&paris(
        json!({"start": "2018-11-13T15:30:00Z", "local_start": "2018-11-13T16:30"}),
        Some("+01:00"),
    ));
    assert!(findings(&both).is_empty(), "{:?}", findings(&both));
}

#[test]
fn local_times_round_trip_as_written() {
    for v in [
        paris(
            json!({"local_start": "2018-11-13T16:30", "local_end": "2018-11-13T17:50:30"}),
            Some("+01:00"),
        ),
        paris(json!({"local_start": "2018-11-13T09:00"}), Some("-03:00")),
    ] {
        let d = load(&v);
        assert_eq!(serde_json::to_value(&d).unwrap(), v);
    }
}

#[test]
fn a_local_time_needs_the_meetings_offset_and_must_match_the_instant() {
    let without = load(&paris(json!({"local_start": "2018-11-13T16:30"}), None));
    assert_eq!(
        findings(&without),
        vec![(
            Rule::LocalTimeWithoutOffset,
            "/meetings/0/sessions/0/time_slot/local_start".into()
        )]
    );
    let mismatch = load(&paris(
        json!({"start": "2018-11-13T16:30:00Z", "local_start": "2018-11-13T16:30"}),
        Some("+01:00"),
    ));
    assert_eq!(
        findings(&mismatch),
        vec![(
            Rule::LocalTimeMismatch,
            "/meetings/0/sessions/0/time_slot/local_start".into()
        )]
    );
    let backwards = load(&paris(
        json!({"local_start": "2018-11-13T17:50", "local_end": "2018-11-13T16:30"}),
        Some("+01:00"),
    ));
    assert_eq!(
        findings(&backwards),
        vec![(
            Rule::DateOrder,
            "/meetings/0/sessions/0/time_slot/local_end".into()
        )]
    );
    let outside = load(&paris(
        json!({"local_start": "2018-11-20T16:30"}),
        Some("+01:00"),
    ));
    assert_eq!(
        findings(&outside),
        vec![(
            Rule::SessionOutsidePhase,
            "/meetings/0/sessions/0/time_slot".into()
        )]
    );
}

#[test]
fn malformed_local_times_and_offsets_are_load_errors_at_their_place() {
    for (slot, offset, at) in [
        (
            json!({"local_start": "2018-11-13 16:30"}),
            "+01:00",
            "/meetings/0/sessions/0/time_slot/local_start",
        ),
        (
            json!({"local_start": "2018-02-30T16:30"}),
            "+01:00",
            "/meetings/0/sessions/0/time_slot/local_start",
        ),
        (
            json!({"local_start": "2018-11-13T16:30+01:00"}),
            "+01:00",
            "/meetings/0/sessions/0/time_slot/local_start",
        ),
        (
            json!({"local_start": "2018-11-13T16:30"}),
            "+1:00",
            "/meetings/0/utc_offset",
        ),
        (
            json!({"local_start": "2018-11-13T16:30"}),
            "+15:00",
            "/meetings/0/utc_offset",
        ),
        (
            json!({"local_start": "2018-11-13T16:30"}),
            "Europe/Paris",
            "/meetings/0/utc_offset",
        ),
    ] {
        let err = load::from_str(&paris(slot, Some(offset)).to_string())
            .unwrap_err()
            .to_string();
        assert!(err.contains(at), "{at}: {err}");
    }
}
