//! The committed schema and the validator agree on every year member:
//! each member has its own plausible range (`shape.year_out_of_range`),
//! and for any four-digit year the schema accepts the member exactly when
//! the validator finds no fault with its year. A founding year of 2005
//! (the Caribbean IGF) is accepted by both; an annual meeting's year of
//! 2005 is rejected by both.

use std::collections::BTreeSet;

use igf_model::validate::Rule;
use igf_model::{load, Validate};
use proptest::prelude::*;
use serde_json::{json, Value};

/// Every year member of the model, as (record's schema name, member),
/// with the JSON Pointer of such a record in the sample dataset.
const MEMBERS: &[(&str, &str, &str)] = &[
    ("Meeting", "year", "/meetings/0"),
    ("Figure", "as_of_year", "/meetings/0/figures/0"),
    ("Coverage", "year", "/meetings/0/coverage/0"),
    ("DynamicCoalition", "active_in", "/dynamic_coalitions/0"),
    ("DynamicCoalition", "launched", "/dynamic_coalitions/0"),
    ("Nri", "founded", "/nris/0"),
    ("NriMeeting", "year", "/nris/0/meetings/0"),
    ("OtherName", "from", "/nris/0/other_names/0"),
    ("OtherName", "until", "/nris/0/other_names/0"),
    ("Cycle", "year", "/best_practice_forums/0/cycles/0"),
    ("PolicyNetwork", "since", "/policy_networks/0"),
    ("Mag", "year", "/mags/0"),
    ("Commitment", "meeting", "/commitments/0"),
    ("PanelMember", "from", "/leadership_panels/0/members/0"),
    ("PanelMember", "to", "/leadership_panels/0/members/0"),
    ("ParliamentaryEvent", "year", "/parliamentary_track/0"),
    ("Document", "year", "/documents/0"),
];

fn schema() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/igf.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// True when `s` is, or wraps (`anyOf`, `items`), a reference to `Year`.
fn refers_to_year(s: &Value) -> bool {
    // A year member with its own range is written as a ranged integer.
    let ranged_year = s.get("maximum") == Some(&json!(igf_model::LAST_PLAUSIBLE_YEAR))
        && [igf_model::FIRST_IGF_YEAR, igf_model::FIRST_RECORD_YEAR]
            .iter()
            .any(|first| s.get("minimum") == Some(&json!(first)));
    ranged_year
        || s.get("$ref").and_then(Value::as_str) == Some("#/$defs/Year")
        || s.get("items").is_some_and(refers_to_year)
        || s.get("anyOf")
            .and_then(Value::as_array)
            .is_some_and(|all| all.iter().any(refers_to_year))
}

/// A small dataset holding a record of each kind with a year member.
fn sample() -> Value {
    let src = json!({"document": "d"});
    json!({
        "format_version": "0.4",
        "documents": [{"id": "d", "title": "A page", "year": 2020}],
        "meetings": [{
            "year": 2020, "source": src,
            "figures": [{"measure": "participants", "value": 1, "as_of_year": 2020, "source": src}],
            "coverage": [{"list": "sessions", "extent": "sample", "year": 2020}]
        }],
        "dynamic_coalitions": [{"name": "DC", "active_in": [2020], "launched": 2005, "source": src}],
        "nris": [{
            "name": "Caribbean IGF", "founded": 2005, "source": src,
            "meetings": [{"year": 2020}],
            "other_names": [{"name": "CIGF", "from": 2005, "until": 2020}]
        }],
        "best_practice_forums": [{"name": "BPF", "source": src, "cycles": [{"year": 2020}]}],
        "policy_networks": [{"name": "PN", "since": 2020, "source": src}],
        "mags": [{"year": 2020, "source": src}],
        "commitments": [{"meeting": 2020, "pledger": {"kind": "organisation", "name": "O"}, "text": "T", "source": src}],
        "leadership_panels": [{"members": [{"name": "P", "from": 2022, "to": 2023}], "source": src}],
        "parliamentary_track": [{"year": 2020, "title": "PT", "source": src}]
    })
}

fn set(v: &mut Value, parent: &str, member: &str, year: u16) {
    let record = v.pointer_mut(parent).unwrap_or_else(|| panic!("{parent}"));
    record[member] = if member == "active_in" {
        json!([year])
    } else {
        json!(year)
    };
}

/// The validator's verdict on the member's year: no `shape.year_out_of_range` there.
fn rust_accepts(v: &Value, at: &str) -> bool {
    let dataset = load::from_str(&v.to_string()).expect("loads");
    !dataset
        .validate()
        .iter()
        .any(|f| f.rule == Rule::YearOutOfRange && f.path.starts_with(at))
}

#[test]
fn the_table_names_every_year_member_of_the_schema() {
    let schema = schema();
    let mut found = BTreeSet::new();
    for (name, def) in schema["$defs"].as_object().unwrap() {
        for (member, s) in def
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if refers_to_year(s) {
                found.insert((name.as_str(), member.as_str()));
            }
        }
    }
    let listed: BTreeSet<_> = MEMBERS.iter().map(|(n, m, _)| (*n, *m)).collect();
    assert_eq!(found, listed);
    let v = sample();
    let findings = load::from_str(&v.to_string()).unwrap().validate();
    assert!(
        findings.iter().all(|f| f.rule != Rule::YearOutOfRange),
        "{findings:?}"
    );
}

#[test]
fn a_founding_year_of_2005_is_accepted_and_a_meeting_year_of_2005_is_not() {
    let validator = jsonschema::draft202012::new(&schema()).unwrap();
    let founded = sample();
    assert_eq!(founded["nris"][0]["founded"], 2005);
    assert!(rust_accepts(&founded, "/nris/0/founded"));
    assert!(validator.is_valid(&founded));
    let mut meeting = sample();
    set(&mut meeting, "/meetings/0", "year", 2005);
    assert!(!rust_accepts(&meeting, "/meetings/0/year"));
    assert!(!validator.is_valid(&meeting));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    /// For any four-digit year, on every member: the schema accepts the
    /// dataset exactly when the validator finds the year in range.
    #[test]
    fn schema_and_validator_agree_on_every_year_member(
        year in prop_oneof![1000u16..=9999, 1985u16..=2010, 2095u16..=2105],
    ) {
        let validator = jsonschema::draft202012::new(&schema()).unwrap();
        for (name, member, parent) in MEMBERS {
            let mut v = sample();
            set(&mut v, parent, member, year);
            let at = format!("{parent}/{member}");
            prop_assert_eq!(
                rust_accepts(&v, &at),
                validator.is_valid(&v),
                "{}.{} = {}", name, member, year
            );
        }
    }
}
