//! The wire format as a contract: a format version, `x-` extension members,
//! members of a newer format kept, older files upgraded, and every load
//! problem reported at once.

mod common;

use std::path::Path;

use igf_model::validate::{validate, Rule};
use igf_model::{load, schema, Dataset, FormatVersion};
use serde_json::{json, Value};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every JSON object of `value` with its pointer.
fn objects(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(members) => {
            out.push(at.clone());
            for (k, v) in members {
                let token = k.replace('~', "~0").replace('/', "~1");
                objects(v, format!("{at}/{token}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                objects(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// The sample dataset (one of every entity) and the IGF 2020 data, as JSON,
/// with `name: value` added to every object.
fn with_member_everywhere(name: &str, value: &Value) -> (Value, Vec<String>) {
    let mut doc = serde_json::to_value(common::dataset()).unwrap();
    let igf2020 = serde_json::to_value(igf_model::reference::igf2020()).unwrap();
    for key in [
        "meetings",
        "dynamic_coalitions",
        "nris",
        "best_practice_forums",
        "mags",
    ] {
        let extra = igf2020[key].as_array().cloned().unwrap_or_default();
        doc[key].as_array_mut().unwrap().extend(extra);
    }
    // Years must not clash between the sample and IGF 2020.
    doc["meetings"].as_array_mut().unwrap().remove(0);
    let mut pointers = Vec::new();
    objects(&doc, String::new(), &mut pointers);
    for p in &pointers {
        doc.pointer_mut(p)
            .unwrap()
            .as_object_mut()
            .unwrap()
            .insert(name.into(), value.clone());
    }
    (doc, pointers)
}

#[test]
fn every_record_keeps_extension_members_and_writes_them_back() {
    let (doc, pointers) = with_member_everywhere(
        "x-reviewed-by",
        &json!({"name": "A. Reader", "on": [2026, 11]}),
    );
    assert!(pointers.len() > 500, "{} objects", pointers.len());
    let dataset = load::from_str(&doc.to_string()).unwrap();
    let findings = validate(&dataset);
    assert!(
        findings.iter().all(|f| f.rule != Rule::UnknownMember),
        "{findings:?}"
    );
    let back = serde_json::to_value(&dataset).unwrap();
    assert_eq!(back, doc);
    // And the schema accepts them on every record.
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema::bundle())
        .unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn unknown_members_of_the_current_format_are_errors_on_every_record() {
    let (doc, pointers) = with_member_everywhere("participants_onsite", &json!(3435));
    let dataset = load::from_str(&doc.to_string()).unwrap();
    let findings = validate(&dataset);
    let unknown: Vec<&str> = findings
        .iter()
        .filter(|f| f.rule == Rule::UnknownMember)
        .map(|f| f.path.as_str())
        .collect();
    let expected: Vec<String> = pointers
        .iter()
        .map(|p| format!("{p}/participants_onsite"))
        .collect();
    let missing: Vec<&String> = expected
        .iter()
        .filter(|p| !unknown.contains(&p.as_str()))
        .collect();
    assert!(missing.is_empty(), "not reported: {missing:?}");
    assert_eq!(unknown.len(), expected.len());
    let f = findings
        .iter()
        .find(|f| f.rule == Rule::UnknownMember)
        .unwrap();
    assert!(f.is_error());
    assert!(f.message.contains("x-participants_onsite"), "{}", f.message);
    // The schema rejects them too.
    assert!(!jsonschema::validator_for(&schema::bundle())
        .unwrap()
        .is_valid(&doc));
}

#[test]
fn a_newer_format_is_read_kept_warned_and_written_back() {
    let text = r#"{
      "format_version": "0.9",
      "new_top_level": {"a": 1},
      "documents": [{"id": "IGF 2025 statistics", "title": "IGF 2025 statistics"}],
      "meetings": [{
        "year": 2025,
        "participants_onsite": 3435,
        "source": {"document": "IGF 2025 statistics", "page_rank": 2},
        "x-note": "kept too"
      }]
    }"#;
    let dataset = load::from_str(text).unwrap();
    assert_eq!(dataset.format_version, FormatVersion::new(0, 9));
    let findings = validate(&dataset);
    let newer: Vec<(&str, &str)> = findings
        .iter()
        .filter(|f| f.rule == Rule::NewerFormatMember)
        .map(|f| (f.path.as_str(), f.message.as_str()))
        .collect();
    let paths: Vec<&str> = newer.iter().map(|(p, _)| *p).collect();
    assert_eq!(
        paths,
        [
            "/new_top_level",
            "/meetings/0/participants_onsite",
            "/meetings/0/source/page_rank"
        ]
    );
    for (_, message) in &newer {
        assert!(
            message.contains("0.9") && message.contains(&FormatVersion::CURRENT.to_string()),
            "{message}"
        );
    }
    assert!(findings.iter().all(|f| !f.is_error()), "{findings:?}");
    // Written back with the same meaning, version included.
    let written = serde_json::to_value(&dataset).unwrap();
    let original: Value = serde_json::from_str(text).unwrap();
    assert_eq!(written, original);
    assert_eq!(load::from_str(&written.to_string()).unwrap(), dataset);
}

#[test]
fn schema_member_and_version_round_trip() {
    let text = json!({
        "$schema": schema::bundle_id(),
        "format_version": FormatVersion::CURRENT.to_string(),
        "x-generator": "a script of ours",
        "documents": [{"id": "d", "title": "A document"}],
        "nris": [{"name": "Haiti IGF", "source": {"document": "d", "x-page": 4}}]
    });
    let dataset = load::from_str(&text.to_string()).unwrap();
    assert_eq!(
        dataset.schema.as_deref(),
        Some(schema::bundle_id().as_str())
    );
    assert_eq!(serde_json::to_value(&dataset).unwrap(), text);
    assert!(validate(&dataset).is_empty());
    assert!(jsonschema::validator_for(&schema::bundle())
        .unwrap()
        .is_valid(&text));
}

#[test]
fn an_unreadable_format_version_is_a_load_error() {
    let err = load::from_str(r#"{"format_version": "two"}"#).unwrap_err();
    assert_eq!(err.pointer(), Some("/format_version"));
    assert!(err.to_string().contains("MAJOR.MINOR"), "{err}");
}

/// The files of format 0.1 (the reference data and the sample dataset as
/// igf-model 0.1 wrote them) load into the current model with the meaning of
/// the same files in format 0.2, and of the sample as shipped today.
#[test]
fn format_0_1_files_load_and_migrate() {
    let pairs = [
        ("igf2019.json", "tests/fixtures/format-0.2/igf2019.json"),
        ("igf2020.json", "tests/fixtures/format-0.2/igf2020.json"),
        ("igf2021.json", "tests/fixtures/format-0.2/igf2021.json"),
        ("meetings.json", "tests/fixtures/format-0.2/meetings.json"),
        ("small.json", "examples/datasets/small.json"),
    ];
    for (old, current) in pairs {
        let old_text =
            std::fs::read_to_string(root().join("tests/fixtures/format-0.1").join(old)).unwrap();
        let old_value: Value = serde_json::from_str(&old_text).unwrap();
        assert!(
            old_value.get("format_version").is_none(),
            "{old} is a 0.1 file"
        );
        let upgraded = load::from_str(&old_text).unwrap();
        assert_eq!(upgraded.format_version, FormatVersion::CURRENT);
        let mut today: Dataset =
            load::from_str(&std::fs::read_to_string(root().join(current)).unwrap()).unwrap();
        today.schema = None; // the one member the shipped files add for editors
        assert_eq!(upgraded, today, "{old} means what {current} means");
        let migrated = serde_json::to_value(&upgraded).unwrap();
        assert_eq!(
            migrated["format_version"],
            FormatVersion::CURRENT.to_string()
        );
        let findings = validate(&upgraded);
        assert!(
            findings.iter().all(|f| !f.is_error()),
            "{old}: {findings:?}"
        );
    }
}

/// Twelve separate problems in one file: twelve findings, in document order,
/// each pointer resolving in the input.
#[test]
fn every_shape_problem_is_reported_at_once() {
    let text = r#"{
  "description": 7,
  "meetings": [
    {"year": "2020", "source": {"document": "a"}},
    {"year": 2021, "edition": -1, "start_date": "2021-02-30", "source": {"document": "b"},
     "sessions": [
       {"title": "ok", "session_type": "workshop", "source": {"document": "c"}},
       {"title": 5, "session_type": "workshop", "source": {"document": "c"}},
       {"title": "t", "session_type": "workshop", "code": 1, "source": {"document": "c"}}
     ],
     "tracks": [{"name": ["Data"], "source": {"document": "d"}}]}
  ],
  "dynamic_coalitions": [{"name": "DC one", "acronym": ["dc"], "source": {"document": "e"}}],
  "nris": [{"name": "Haiti IGF", "kinds": "national", "source": {"document": "f"}}],
  "commitments": [{"meeting": 2020, "pledger": {"kind": "person"}, "text": "t", "source": {"document": "g"}}],
  "roadmap_mappings": [{"area": "global_connectivity", "igf_activities": [{"kind": "dynamic_coalition", "name": false}], "source": {"document": "h"}}],
  "mags": [{"year": 2020, "working_groups": [{"acronym": "WG-OE", "name": "Outreach", "link": 3}], "source": {"document": "i"}}],
  "format_version": "0.3"
}"#;
    let err = load::from_str(text).unwrap_err();
    let problems = err.problems();
    let pointers: Vec<&str> = problems.iter().map(|p| p.pointer.as_str()).collect();
    assert_eq!(
        pointers,
        [
            "/description",
            "/meetings/0/year",
            "/meetings/1/edition",
            "/meetings/1/start_date",
            "/meetings/1/sessions/1/title",
            "/meetings/1/sessions/2/code",
            "/meetings/1/tracks/0/name",
            "/dynamic_coalitions/0/acronym",
            "/nris/0/kinds",
            "/commitments/0/pledger",
            "/roadmap_mappings/0/igf_activities/0/name",
            "/mags/0/working_groups/0/link",
        ],
        "{problems:#?}"
    );
    let input: Value = serde_json::from_str(text).unwrap();
    let mut last_line = 0;
    for p in problems {
        assert!(
            input.pointer(&p.pointer).is_some(),
            "{} does not resolve",
            p.pointer
        );
        assert!(p.line >= last_line, "document order: {p:?}");
        last_line = p.line;
        assert!(!p.reason.is_empty());
    }
    // The first keeps serde_json's own position, as before.
    assert_eq!((problems[0].line, problems[0].column), (2, 18));
    let findings = err.to_findings();
    assert_eq!(findings.len(), 12);
    assert!(findings.iter().all(|f| f.rule == Rule::LoadShape));
}

/// The reference files as format 0.2 wrote them upgrade to 0.3 with the
/// same meaning: a meeting's `host` is its only host, a session's `track`
/// its only track, an NRI's `kind` its only kind, and every document a
/// source named is a document of the bibliography, titled as named.
#[test]
fn format_0_2_files_upgrade_with_the_same_meaning() {
    for file in [
        "igf2019.json",
        "igf2020.json",
        "igf2021.json",
        "meetings.json",
    ] {
        let text =
            std::fs::read_to_string(root().join("tests/fixtures/format-0.2").join(file)).unwrap();
        let old: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(old["format_version"], "0.2");
        let new = load::from_str(&text).unwrap();
        assert_eq!(new.format_version, FormatVersion::CURRENT);
        let new_value = serde_json::to_value(&new).unwrap();
        for (i, m) in old["meetings"].as_array().unwrap().iter().enumerate() {
            if let Some(host) = m.get("host") {
                assert_eq!(new_value["meetings"][i]["hosts"], json!([host]), "{file}");
            }
            for (j, s) in m
                .get("sessions")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                let tracks = &new_value["meetings"][i]["sessions"][j]["tracks"];
                match s.get("track") {
                    Some(track) => assert_eq!(tracks, &json!([track]), "{file}"),
                    None => assert!(tracks.is_null(), "{file}"),
                }
            }
        }
        for (i, n) in old
            .get("nris")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            if let Some(kind) = n.get("kind") {
                assert_eq!(new_value["nris"][i]["kinds"], json!([kind]), "{file}");
            }
        }
        let mut named: Vec<String> = Vec::new();
        let mut sources = Vec::new();
        objects(&old, String::new(), &mut sources);
        for at in sources {
            if let Some(Value::String(doc)) = old.pointer(&at).and_then(|o| o.get("document")) {
                if !named.contains(doc) {
                    named.push(doc.clone());
                }
            }
        }
        let ids: Vec<&str> = new.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, named, "{file}: one document per text named, in order");
        assert!(new.documents.iter().all(|d| d.title == d.id));
        let findings = validate(&new);
        assert!(
            findings
                .iter()
                .all(|f| f.rule != Rule::UnknownDocument && f.rule != Rule::UnknownMember),
            "{file}: {findings:?}"
        );
        // Apart from the members renamed, the upgraded file holds what the
        // old one held, value for value.
        let mut back = new_value.clone();
        back.as_object_mut().unwrap().remove("documents");
        back["format_version"] = json!("0.2");
        let mut old = old.clone();
        for m in old["meetings"].as_array_mut().unwrap() {
            if let Some(host) = m.as_object_mut().unwrap().remove("host") {
                m["hosts"] = json!([host]);
            }
            for s in m
                .get_mut("sessions")
                .and_then(Value::as_array_mut)
                .into_iter()
                .flatten()
            {
                if let Some(track) = s.as_object_mut().unwrap().remove("track") {
                    s["tracks"] = json!([track]);
                }
            }
        }
        for n in old
            .get_mut("nris")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            if let Some(kind) = n.as_object_mut().unwrap().remove("kind") {
                n["kinds"] = json!([kind]);
            }
        }
        // 0.3 -> 0.4: other names.
        common::other_names_upgraded(&mut old);
        assert_eq!(back, old, "{file}");
    }
}

/// A member given twice in a file of an older format is reported, as the
/// current format reports its own members given twice: never taken once.
#[test]
fn an_old_member_given_twice_is_a_load_error() {
    let host = r#"{"kind":"government","country":"Norway"}"#;
    for version in [r#""format_version":"0.2","#, ""] {
        let text = format!(
            r#"{{{version}"meetings":[{{"year":2020,"host":{host},"host":{host},"source":{{"document":"d"}},
"sessions":[{{"title":"t","session_type":"workshop","track":"A","track":"B","source":{{"document":"d"}}}}]}}],
"nris":[{{"name":"n","kind":"national","kind":"national","source":{{"document":"d"}}}}]}}"#
        );
        let err = igf_model::load::from_str(&text).unwrap_err();
        let problems: Vec<(&str, &str, usize)> = err
            .problems()
            .iter()
            .map(|p| (p.pointer.as_str(), p.reason.as_str(), p.line))
            .collect();
        assert_eq!(
            problems,
            [
                ("/meetings/0", "duplicate field `host`", 1),
                ("/meetings/0/sessions/0", "duplicate field `track`", 2),
                ("/nris/0", "duplicate field `kind`", 3),
            ],
            "{version}"
        );
    }
    // The current format says the same of its own members.
    let current = r#"{"format_version":"0.3","meetings":[{"year":2020,"theme":"a","theme":"b","source":{"document":"d"}}]}"#;
    let err = igf_model::load::from_str(current).unwrap_err();
    assert_eq!(err.problems()[0].pointer, "/meetings/0");
    assert_eq!(err.problems()[0].reason, "duplicate field `theme`");
}

/// Plain serde reads an older file as `load` does: upgraded, never misread.
#[test]
fn plain_serde_upgrades_an_older_file_or_refuses_it() {
    for file in ["igf2021.json", "igf2020.json", "meetings.json"] {
        for version in ["format-0.1", "format-0.2"] {
            let text =
                std::fs::read_to_string(root().join("tests/fixtures").join(version).join(file))
                    .unwrap();
            let by_serde: igf_model::Dataset = serde_json::from_str(&text).unwrap();
            let by_load = igf_model::load::from_str(&text).unwrap();
            assert_eq!(by_serde, by_load, "{version}/{file}");
            assert_eq!(by_serde.format_version, igf_model::FormatVersion::CURRENT);
            assert_eq!(
                igf_model::validate::validate(&by_serde),
                igf_model::validate::validate(&by_load)
            );
        }
    }
    // An upgrade that finds a problem: refused, naming the version, the
    // pointer and where to go for every problem.
    let bad = r#"{"format_version": "0.2", "meetings": [{"year": 2019, "host": "Germany", "source": {"document": "d"}}]}"#;
    let err = serde_json::from_str::<igf_model::Dataset>(bad).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("format 0.2"), "{message}");
    assert!(message.contains("/meetings/0/host"), "{message}");
    assert!(message.contains("igf_model::load"), "{message}");
    // load says the same, located.
    let err = igf_model::load::from_str(bad).unwrap_err();
    assert_eq!(err.pointer(), Some("/meetings/0/host"));
}
