//! The gate of `igf_model::gate`: files in, allowed rules, deny-warnings, a
//! report and an outcome.

use std::path::{Path, PathBuf};

use igf_model::gate::{Config, Gate, Input, Outcome};
use igf_model::validate::Rule;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(name)
}

/// A fresh folder under the system's temporary folder.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("igf-gate-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_gate_over_a_folder_denies_warnings_unless_their_rule_is_allowed() {
    let dir = folder("allow");
    std::fs::copy(data("igf2020.json"), dir.join("igf2020.json")).unwrap();
    std::fs::copy(data("igf2019.json"), dir.join("igf2019.json")).unwrap();
    std::fs::write(dir.join("notes.txt"), "not a dataset").unwrap();
    let inputs = || Input::folder(&dir).unwrap();
    assert_eq!(inputs().len(), 2);

    // Warnings pass by default, fail when denied.
    let plain = Gate::new().check(inputs());
    assert_eq!(plain.outcome(), Outcome::Pass);
    let (errors, warnings) = plain.counts();
    assert_eq!(errors, 0);
    assert!(warnings > 0);
    let denied = Gate::new().deny_warnings(true).check(inputs());
    assert_eq!(denied.outcome(), Outcome::Fail);
    assert_eq!(denied.outcome().exit_code(), 1);

    // Allowing every rule that warned: the gate passes, and says how many
    // findings it left out.
    let rules: std::collections::BTreeSet<Rule> = plain
        .report
        .files
        .iter()
        .flat_map(|f| f.findings.iter().map(|f| f.rule))
        .collect();
    let mut gate = Gate::new().deny_warnings(true);
    for rule in &rules {
        gate = gate.allow(*rule);
    }
    let allowed = gate.check(inputs());
    assert_eq!(allowed.outcome(), Outcome::Pass, "{:?}", allowed.report);
    assert_eq!(allowed.allowed(), warnings);
    assert!(allowed
        .summary()
        .ends_with(&format!(", {warnings} allowed")));

    // The same from a committed config.
    let codes: Vec<String> = rules.iter().map(|r| format!("\"{}\"", r.code())).collect();
    std::fs::write(
        dir.join(Config::FILE_NAME),
        format!(
            "{{\"allow\": [{}], \"deny_warnings\": true}}",
            codes.join(", ")
        ),
    )
    .unwrap();
    let config = Config::from_file(dir.join(Config::FILE_NAME)).unwrap();
    assert!(config.deny_warnings);
    let from_config = Gate::from_config(&config).check(inputs());
    assert_eq!(from_config.outcome(), Outcome::Pass);
    // Allowing one rule only leaves the others failing.
    if rules.len() > 1 {
        let one = *rules.iter().next().unwrap();
        let partial = Gate::new().deny_warnings(true).allow(one).check(inputs());
        assert_eq!(partial.outcome(), Outcome::Fail);
        assert!(partial
            .report
            .files
            .iter()
            .all(|f| f.findings.iter().all(|x| x.rule != one)));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn errors_fail_and_unreadable_inputs_cannot_run() {
    let broken = Input::bytes("broken", br#"{"meetings": [{"year": "x"}]}"#.to_vec());
    let verdict = Gate::new().check(vec![broken]);
    assert_eq!(verdict.outcome(), Outcome::Fail);
    assert_eq!(verdict.report.files[0].findings[0].code(), "load.shape");
    let missing = Input::file("/no/such/file.json");
    let verdict = Gate::new().check(vec![Input::file(data("igf2019.json")), missing]);
    assert_eq!(verdict.outcome(), Outcome::CouldNotRun);
    assert_eq!(verdict.outcome().exit_code(), 2);
    assert_eq!(verdict.report.files.len(), 1);
    assert_eq!(verdict.unreadable[0].0, "/no/such/file.json");
}

#[test]
fn a_config_names_known_rules_and_members_only() {
    let ok = Config::from_json(r#"{"allow": ["sources.disagree"]}"#).unwrap();
    assert_eq!(ok.allow, [Rule::SourcesDisagree]);
    assert!(!ok.deny_warnings);
    for bad in [
        r#"{"allow": ["figure.no_such_rule"]}"#,
        r#"{"allows": []}"#,
        r#"{"allow": "sources.disagree"}"#,
        "not json",
    ] {
        let err = Config::from_json(bad).unwrap_err();
        assert!(
            err.to_string().starts_with("invalid config"),
            "{bad}: {err}"
        );
    }
}

/// Every file of the crate's data validates alone, without an error: each
/// says what it builds on (`builds_on`), and the gate validates it with that.
#[test]
fn every_data_file_validates_alone_with_no_error() {
    let files = Input::folder(Path::new(env!("CARGO_MANIFEST_DIR")).join("data")).unwrap();
    assert_eq!(files.len(), igf_model::reference::FILES.len());
    let verdict = Gate::new().check(files);
    for file in &verdict.report.files {
        let errors: Vec<String> = file
            .findings
            .iter()
            .filter(|f| f.is_error())
            .map(|f| f.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", file.file);
    }
    assert_eq!(verdict.outcome(), Outcome::Pass);
    // Without what it builds on, a file's references do not resolve: the
    // basis is what makes the difference.
    let mut alone = igf_model::reference::igf2021().clone();
    alone.builds_on.clear();
    let verdict = Gate::new().check([Input::dataset("igf2021 alone", alone)]);
    assert!(verdict.counts().0 > 0);
}

/// A basis the crate does not embed is an error at its pointer.
#[test]
fn an_unknown_basis_is_reported() {
    let text =
        r#"{"builds_on": [{"reference": "intersessional.json"}, {"reference": "igf2030.json"}]}"#;
    let verdict = Gate::new().check([Input::bytes("mine.json", text.as_bytes().to_vec())]);
    let found: Vec<(&str, &str)> = verdict.report.files[0]
        .findings
        .iter()
        .map(|f| (f.code(), f.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [("reference.unknown_basis", "/builds_on/1/reference")]
    );
    let plain = igf_model::validate::validate(&igf_model::load::from_str(text).unwrap());
    assert_eq!(plain.len(), 1);
    assert_eq!(plain[0].path, "/builds_on/1/reference");
}

/// A user's dataset in two files that name each other's records: alone
/// each has errors, together none, and an error of the second file is
/// reported under that file at its own pointer.
#[test]
fn several_files_validate_as_one_at_their_own_pointers() {
    let dir = folder("together");
    let coalitions = r#"{"documents": [{"id": "d", "title": "Our list"}],
      "dynamic_coalitions": [{"name": "Dynamic Coalition on Our Topic", "source": {"document": "d"}}]}"#;
    let mappings = r#"{"documents": [{"id": "d", "title": "Our list"}],
      "roadmap_mappings": [
        {"area": "digital_inclusion", "source": {"document": "d"},
         "igf_activities": [{"kind": "dynamic_coalition", "name": "Dynamic Coalition on Our Topic"}]},
        {"area": "digital_inclusion", "source": {"document": "d"},
         "igf_activities": [{"kind": "dynamic_coalition", "name": "Dynamic Coalition on Nothing"}]}]}"#;
    std::fs::write(dir.join("a.json"), coalitions).unwrap();
    std::fs::write(dir.join("b.json"), mappings).unwrap();
    let alone = Gate::new().check(Input::folder(&dir).unwrap());
    assert_eq!(alone.counts().0, 2);
    let together = Gate::new().check_together(Input::folder(&dir).unwrap());
    assert_eq!(together.report.files.len(), 2);
    assert!(together.report.files[0].findings.is_empty());
    let found: Vec<(&str, &str)> = together.report.files[1]
        .findings
        .iter()
        .map(|f| (f.code(), f.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [(
            "reference.unresolved_activity",
            "/roadmap_mappings/1/igf_activities/0/name"
        )]
    );
    // The crate's own files, together: no error.
    let data = Input::folder(Path::new(env!("CARGO_MANIFEST_DIR")).join("data")).unwrap();
    assert_eq!(Gate::new().check_together(data).counts().0, 0);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A file against the embedded history: its references resolve in the
/// history, and its findings are its own, at its pointers.
#[test]
fn a_file_validates_against_the_embedded_history() {
    let mine = r#"{"documents": [{"id": "d", "title": "Our notes"}],
      "roadmap_mappings": [
        {"area": "digital_inclusion", "source": {"document": "d"},
         "igf_activities": [{"kind": "dynamic_coalition", "name": "Dynamic Coalition on Community Connectivity"}]},
        {"area": "digital_inclusion", "source": {"document": " "},
         "igf_activities": [{"kind": "policy_network", "name": "Policy Network on Meaningful Access"}]}]}"#;
    let input = || Input::bytes("mine.json", mine.as_bytes().to_vec());
    let alone = Gate::new().check([input()]);
    assert_eq!(alone.counts().0, 4, "{:#?}", alone.report);
    let against = Gate::new().check_against_reference([input()]);
    let found: Vec<(&str, &str)> = against.report.files[0]
        .findings
        .iter()
        .map(|f| (f.code(), f.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("shape.blank_text", "/roadmap_mappings/1/source/document"),
            (
                "reference.unknown_document",
                "/roadmap_mappings/1/source/document"
            ),
        ],
        "{:#?}",
        against.report
    );
}
