//! The JSON Schema: committed files match the code, and schema and serde
//! agree both ways (with the validator taking the rules serde reads
//! leniently).

mod common;

use igf_model::{load, schema, validate};
use serde_json::{json, Value};

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("the schema compiles")
}

fn bundle() -> jsonschema::Validator {
    validator(&schema::bundle())
}

#[test]
fn committed_schema_files_match_the_code() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    let drifted = schema::drifted(&dir);
    assert!(
        drifted.is_empty(),
        "schemas/ is out of date for {drifted:?}: regenerate with `cargo run --example regenerate` and commit the result"
    );
}

#[test]
fn the_members_table_is_the_schemas() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/provenance/members.rs");
    assert_eq!(
        std::fs::read_to_string(path).unwrap(),
        schema::members_table(),
        "src/provenance/members.rs is out of date: regenerate with `cargo run --example regenerate`"
    );
}

#[test]
fn the_bundle_has_an_id_a_root_and_every_type_under_defs() {
    let b = schema::bundle();
    assert_eq!(b["$schema"], schema::DRAFT);
    assert_eq!(b["$id"], schema::bundle_id());
    assert_eq!(b["type"], "object");
    assert_eq!(b["additionalProperties"], false);
    for def in [
        "Meeting",
        "Session",
        "SessionCode",
        "DynamicCoalition",
        "Nri",
        "BestPracticeForum",
        "PolicyNetwork",
        "Mag",
        "Commitment",
        "RoadmapMapping",
        "Figure",
        "Year",
        "Source",
    ] {
        assert!(b["$defs"][def].is_object(), "{def} missing from $defs");
    }
    let description = b["description"].as_str().unwrap();
    for rule in validate::Rule::ALL
        .iter()
        .filter(|r| !r.code().starts_with("load."))
    {
        assert!(
            description.contains(rule.code()),
            "{rule} not listed as beyond the schema"
        );
    }
}

/// Walks a schema and checks what strict consumers need: plain `enum` arrays,
/// anchored patterns without `\d`, standard formats only, and no custom keywords.
fn check_portable(value: &Value, at: &str) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(p)) = map.get("pattern") {
                assert!(
                    p.starts_with('^') && p.ends_with('$'),
                    "{at}: unanchored pattern {p}"
                );
                assert!(
                    !p.contains("\\d") && !p.contains("\\w"),
                    "{at}: non-ASCII class in {p}"
                );
            }
            if let Some(Value::String(f)) = map.get("format") {
                assert!(
                    ["date", "date-time"].contains(&f.as_str()),
                    "{at}: format {f}"
                );
            }
            if let Some(Value::Array(variants)) = map.get("oneOf") {
                assert!(
                    !variants.iter().all(|v| v.get("const").is_some()),
                    "{at}: oneOf of consts"
                );
            }
            for (k, v) in map {
                if at.ends_with("/properties") || at.ends_with("/$defs") {
                    check_portable(v, &format!("{at}/{k}"));
                    continue;
                }
                assert!(!k.starts_with("x-"), "{at}: custom keyword {k}");
                check_portable(v, &format!("{at}/{k}"));
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                check_portable(v, &format!("{at}/{i}"));
            }
        }
        _ => {}
    }
}

#[test]
fn every_schema_file_is_portable_and_compiles() {
    for (name, s) in schema::files() {
        check_portable(&s, name);
        validator(&s);
    }
}

#[test]
fn serialised_samples_of_every_entity_pass_their_schemas() {
    let ds = common::dataset();
    let files: std::collections::HashMap<&str, Value> = schema::files().into_iter().collect();
    let check = |file: &str, value: Value| {
        let v = validator(&files[file]);
        let errors: Vec<String> = v
            .iter_errors(&value)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{file}: {errors:#?}");
    };
    check("igf.schema.json", serde_json::to_value(&ds).unwrap());
    check(
        "meeting.schema.json",
        serde_json::to_value(&ds.meetings[0]).unwrap(),
    );
    check(
        "dynamic-coalition.schema.json",
        serde_json::to_value(&ds.dynamic_coalitions[0]).unwrap(),
    );
    check(
        "nri.schema.json",
        serde_json::to_value(&ds.nris[0]).unwrap(),
    );
    check(
        "best-practice-forum.schema.json",
        serde_json::to_value(&ds.best_practice_forums[0]).unwrap(),
    );
    check(
        "policy-network.schema.json",
        serde_json::to_value(&ds.policy_networks[0]).unwrap(),
    );
    check(
        "mag.schema.json",
        serde_json::to_value(&ds.mags[0]).unwrap(),
    );
    for c in &ds.commitments {
        check("commitment.schema.json", serde_json::to_value(c).unwrap());
    }
    check(
        "roadmap-mapping.schema.json",
        serde_json::to_value(&ds.roadmap_mappings[0]).unwrap(),
    );
    for (name, text) in igf_model::reference::FILES {
        let value: Value = serde_json::from_str(text).unwrap();
        assert!(bundle().is_valid(&value), "data/{name} fails the schema");
    }
    let mut report = validate::ValidationReport::default();
    report.files.push(validate::FileReport::new(
        "x.json",
        validate::validate(igf_model::reference::igf2020()),
    ));
    check(
        "validation-report.schema.json",
        serde_json::to_value(&report).unwrap(),
    );
}

/// Sets the value at `pointer` (creating the last member) or removes it.
fn mutate(doc: &Value, pointer: &str, new: Option<Value>) -> Value {
    let mut doc = doc.clone();
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let target = doc
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent}"));
    match (target, new) {
        (Value::Object(map), Some(v)) => {
            map.insert(key.to_owned(), v);
        }
        (Value::Object(map), None) => {
            map.remove(key).unwrap_or_else(|| panic!("no {pointer}"));
        }
        (Value::Array(items), Some(v)) => {
            let i: usize = key.parse().unwrap();
            if i == items.len() {
                items.push(v)
            } else {
                items[i] = v
            }
        }
        (Value::Array(items), None) => {
            items.remove(key.parse::<usize>().unwrap());
        }
        _ => panic!("{parent} is not a container"),
    }
    doc
}

/// Documents a step away from a valid one: what the schema, serde and the
/// validator each make of them.
fn mutations() -> Vec<(&'static str, Option<Value>)> {
    vec![
        // shape: serde and schema both reject
        ("/meetings/0/year", Some(json!(20))),
        ("/meetings/0/year", Some(json!("2020"))),
        ("/meetings/0/edition", Some(json!(-1))),
        ("/meetings/0/bogus", Some(json!(1))),
        ("/meetings/0/source", None),
        ("/meetings/0/start_date", Some(json!("2020-13-45"))),
        ("/meetings/0/start_date", Some(json!("2 November 2020"))),
        (
            "/meetings/0/sessions/0/time_slot/start",
            Some(json!("2020-11-10 09:00")),
        ),
        ("/meetings/0/sessions/0/code", Some(json!("WS#72"))),
        ("/meetings/0/sessions/0/code", Some(json!("WS #072"))),
        ("/meetings/0/sessions/0/phase", Some(json!(0))),
        ("/meetings/0/sessions/0/phase", Some(json!(256))),
        ("/meetings/0/sessions/0/format", Some(json!("zoom"))),
        ("/meetings/0/hosts/0/kind", Some(json!("mars"))),
        ("/meetings/0/hosts/0/country", Some(json!("Germany"))),
        (
            "/meetings/0/hosts",
            Some(json!({"kind": "united_nations", "entity": "UN DESA"})),
        ),
        ("/meetings/0/day_zero", Some(json!("2020-13-01"))),
        ("/meetings/0/sessions/0/tracks", Some(json!("Environment"))),
        ("/meetings/0/sessions/0/people/0/name", None),
        ("/meetings/0/sessions/0/people/0/role", Some(json!(3))),
        ("/meetings/0/sessions/0/held_by/0/kind", None),
        ("/meetings/0/sessions/0/time_slot/day", Some(json!(-1))),
        (
            "/meetings/0/sessions/0/source/document",
            Some(json!("igf-2021-report")),
        ),
        ("/documents/0/id", None),
        ("/documents/0/title", Some(json!(""))),
        ("/documents/0/date", Some(json!("2021-02-30"))),
        ("/documents/0/web_page", Some(json!("intgovforum.org"))),
        ("/leadership_panels/0/members/0/from", Some(json!(20))),
        (
            "/leadership_panels/0/members/0",
            Some(json!({"role": "chair"})),
        ),
        ("/parliamentary_track/0/year", Some(json!("2020"))),
        ("/parliamentary_track/0/outputs/0/kind", None),
        ("/gdc_mappings/0/objective", None),
        ("/nris/0/kinds", Some(json!("regional"))),
        ("/policy_networks/0/cycles/0/year", Some(json!(1999))),
        ("/meetings/0/format", Some(json!("In person"))),
        (
            "/meetings/0/figures/0/breakdown/0/dimension",
            Some(json!("colour")),
        ),
        ("/meetings/0/figures/0/value", Some(json!("200"))),
        ("/meetings/0/figures/0/breakdown/0/count", Some(json!(1.5))),
        (
            "/meetings/0/figures/0/breakdown/0/count",
            Some(json!(10_000_000_000_000_000_000_u64)),
        ),
        ("/meetings/0/wsis_action_lines/0", Some(json!("C12"))),
        ("/dynamic_coalitions/0/acronym", Some(json!("dc children"))),
        ("/dynamic_coalitions/0/acronym", Some(json!("D"))),
        ("/mags/0/working_groups/0/acronym", Some(json!("WG-"))),
        (
            "/meetings/0/sessions/0/code",
            Some(json!(format!("WS #{}", "1".repeat(70)))),
        ),
        ("/meetings/0/phases/0/number", Some(json!(0))),
        (
            "/dynamic_coalitions/0/standards",
            Some(json!({"open_archives": true})),
        ),
        ("/mags/0/working_groups/0/acronym", Some(json!("Strategy"))),
        ("/commitments/0/pledger", Some(json!({"kind": "person"}))),
        (
            "/commitments/0/pledger",
            Some(json!({"kind": "robot", "name": "R2"})),
        ),
        ("/commitments/4/pledger/name", Some(json!("nobody"))),
        ("/commitments/0/kind", Some(json!("maybe"))),
        ("/roadmap_mappings/0/area", Some(json!("space"))),
        (
            "/roadmap_mappings/0/igf_activities/0/kind",
            Some(json!("workshop")),
        ),
        ("/nris/0/kinds/0", Some(json!("global"))),
        ("/description", Some(json!(7))),
        // records as arrays: serde's derive reads them, JSON Schema does not
        (
            "/meetings/0/source",
            Some(json!(["IGF 2020 final report (The IGF 2020 Report)"])),
        ),
        (
            "/meetings/0/hosts/0",
            Some(json!(["government", "Germany"])),
        ),
        ("/meetings/0/tracks/0", Some(json!(["Data"]))),
        (
            "/meetings/0/sessions/0/time_slot",
            Some(json!(["2020-11-10T09:00:00Z", "2020-11-10T10:30:00Z"])),
        ),
        (
            "/commitments/0/pledger",
            Some(json!(["person", "Larry Press"])),
        ),
        (
            "/dynamic_coalitions/0/standards",
            Some(json!([true, true, true])),
        ),
        // leniently read, judged by the validator
        ("/meetings/0/sessions/0/title", Some(json!(""))),
        ("/meetings/0/figures/0/value", Some(json!(-5))),
        (
            "/meetings/0/figures/0/breakdown/0/percent",
            Some(json!(140)),
        ),
        ("/meetings/0/figures/0/breakdown/0/count", Some(json!(-1))),
        ("/meetings/0/source/link", Some(json!("intgovforum.org"))),
        (
            "/dynamic_coalitions/0/web_page",
            Some(json!("www.intgovforum.org")),
        ),
        ("/meetings/0/tracks/0/name", Some(json!(""))),
        ("/commitments/0/text", Some(json!(""))),
        ("/commitments/0/source/document", None),
        // accepted by all three (a warning at most)
        (
            "/meetings/0/sessions/0/session_type",
            Some(json!("town_hall")),
        ),
        (
            "/meetings/0/figures/0/measure",
            Some(json!("tweets_per_contributor")),
        ),
        ("/meetings/0/theme", Some(Value::Null)),
    ]
}

#[test]
fn schema_and_serde_agree_both_ways() {
    let valid = serde_json::to_value(common::dataset()).unwrap();
    let bundle = bundle();
    assert!(bundle.is_valid(&valid));
    let mut schema_rejected = 0;
    let mut serde_rejected = 0;
    for (pointer, new) in mutations() {
        let doc = mutate(&valid, pointer, new.clone());
        let schema_ok = bundle.is_valid(&doc);
        let loaded = load::from_str(&doc.to_string());
        let serde_ok = loaded.is_ok();
        let validator_error = loaded
            .as_ref()
            .map(|d| validate::validate(d).iter().any(|f| f.is_error()))
            .unwrap_or(false);
        // Documents serde rejects for their shape, the schema rejects.
        if !serde_ok {
            serde_rejected += 1;
            assert!(
                !schema_ok,
                "{pointer} = {new:?}: serde rejects ({}) but the schema accepts",
                loaded.unwrap_err()
            );
        }
        // Documents the schema rejects are rejected by serde, or reported as
        // an error by the validator.
        if !schema_ok {
            schema_rejected += 1;
            assert!(
                !serde_ok || validator_error,
                "{pointer} = {new:?}: the schema rejects but serde and the validator accept"
            );
        }
        if schema_ok {
            assert!(
                serde_ok,
                "{pointer} = {new:?}: the schema accepts but serde rejects"
            );
        }
    }
    assert!(serde_rejected >= 25, "{serde_rejected}");
    assert!(
        schema_rejected > serde_rejected,
        "the schema carries rules beyond serde's"
    );
}

fn json_files(dir: &str) -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_invalid_fixtures_are_rejected_by_schema_and_by_the_crate() {
    let bundle = bundle();
    let fixtures = json_files("tests/fixtures/invalid");
    assert!(fixtures.len() >= 10);
    for (name, text) in fixtures {
        let value: Value = serde_json::from_str(&text).unwrap();
        assert!(!bundle.is_valid(&value), "{name}: the schema accepts it");
        let rejected = match load::from_str(&text) {
            Err(_) => true,
            Ok(d) => validate::validate(&d).iter().any(|f| f.is_error()),
        };
        assert!(rejected, "{name}: the crate accepts it");
    }
}

#[test]
fn the_example_datasets_are_valid() {
    for (name, text) in json_files("examples/datasets") {
        let value: Value = serde_json::from_str(&text).unwrap();
        assert!(bundle().is_valid(&value), "{name}");
        let d = load::from_str(&text).unwrap();
        assert_eq!(validate::validate(&d), vec![], "{name}");
    }
}

/// The entity diagram under `docs/` (shown in README and on docs.rs) is the
/// one the schema gives today.
#[test]
fn the_entity_diagram_is_the_schemas() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let committed = std::fs::read_to_string(root.join("docs/entity-diagram.md")).unwrap();
    assert_eq!(
        committed,
        igf_model::schema::model_page(),
        "docs/entity-diagram.md is out of date; regenerate it with `cargo run --example regenerate`"
    );
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    assert!(
        readme.contains(&igf_model::schema::entity_diagram()),
        "README.md shows another diagram than docs/entity-diagram.md"
    );
    // Every record type the dataset holds is drawn, and every reference the
    // validator resolves.
    let diagram = igf_model::schema::entity_diagram();
    for edge in [
        "Dataset ||--o{ Meeting : meetings",
        "Meeting ||--o{ Session : sessions",
        "Meeting ||--o{ Track : tracks",
        "Dataset ||--o{ DynamicCoalition : dynamic_coalitions",
        "Mag ||--o{ WorkingGroup : working_groups",
        "Commitment }o..o| Session : \"session\"",
        "Session }o..o{ DynamicCoalition : \"held_by\"",
        "RoadmapMapping }o..o{ WorkingGroup : \"igf_activities\"",
        "Source }o..|| Document : \"document\"",
    ] {
        assert!(diagram.contains(edge), "{edge}");
    }
}
