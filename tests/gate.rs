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
    let ok = Config::from_json(r#"{"allow": ["figure.publications_disagree"]}"#).unwrap();
    assert_eq!(ok.allow, [Rule::PublicationsDisagree]);
    assert!(!ok.deny_warnings);
    for bad in [
        r#"{"allow": ["figure.no_such_rule"]}"#,
        r#"{"allows": []}"#,
        r#"{"allow": "figure.publications_disagree"}"#,
        "not json",
    ] {
        let err = Config::from_json(bad).unwrap_err();
        assert!(
            err.to_string().starts_with("invalid config"),
            "{bad}: {err}"
        );
    }
}
