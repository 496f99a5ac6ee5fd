//! The `igf` command, run as a user runs it, on good and hostile input.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn igf(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_igf"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn data(name: &str) -> String {
    format!("{}/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn validate_reports_warnings_with_status_0() {
    let file = data("igf2020.json");
    let o = igf(&["validate", &file], b"");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 11);
    assert!(
        lines[..10]
            .iter()
            .all(|l| l.starts_with(&format!("{file}:/meetings/0/figures/"))),
        "{text}"
    );
    assert!(
        lines.iter().any(|l| l
            .contains("/breakdown: warning[figure.breakdown_sum]: sessions is published as 295")),
        "{text}"
    );
    assert_eq!(lines[10], "0 error(s), 10 warning(s) in 1 file(s)");
}

#[test]
fn validate_json_output_follows_its_schema() {
    let o = igf(
        &["validate", "--format", "json", &data("igf2020.json"), "-"],
        b"{\"meetings\": [{\"year\": 2020}]}",
    );
    assert_eq!(o.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let schema = igf_model::schema::validation_report();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    assert!(validator.is_valid(&report));
    assert_eq!(report["files"][0]["findings"].as_array().unwrap().len(), 10);
    assert_eq!(report["files"][1]["file"], "-");
    assert_eq!(report["files"][1]["findings"][0]["code"], "load.shape");
    assert_eq!(report["files"][1]["findings"][0]["path"], "/meetings/0");
    assert!(report["files"][1]["findings"][0]["message"]
        .as_str()
        .unwrap()
        .contains("missing field `source`"));
}

#[test]
fn validation_errors_give_status_1() {
    let doc = br#"{"meetings": [{"year": 2020, "edition": 3, "source": {"document": "x"}}]}"#;
    let o = igf(&["validate", "-"], doc);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).starts_with("-:/meetings/0/edition: error[consistency.edition_year]: "),
        "{}",
        stdout(&o)
    );
}

/// Each hostile input gives a finding with a code and a pointer, and status 1.
#[test]
fn hostile_input_gives_a_finding_never_a_panic() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let deep_in_field = format!(
        "{{\"description\": {}{}}}",
        "[".repeat(300),
        "]".repeat(300)
    );
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        ("empty file", b"".to_vec(), "load.syntax", ""),
        ("white space", b"  \n ".to_vec(), "load.syntax", ""),
        ("truncated", br#"{"meetings": [{"year": 2020, "sourc"#.to_vec(), "load.syntax", "/meetings/0"),
        ("wrong type", br#"{"meetings": {"year": 2020}}"#.to_vec(), "load.shape", "/meetings"),
        ("not an object", b"[]".to_vec(), "load.shape", ""),
        ("a number", b"42".to_vec(), "load.shape", ""),
        ("deep nesting", deep.into_bytes(), "load.shape", ""),
        ("deep nesting in a field", deep_in_field.into_bytes(), "load.shape", "/description"),
        ("invalid UTF-8", b"{\"description\": \"\xff\xfe\"}".to_vec(), "load.syntax", "/description"),
        ("UTF-16 byte-order mark", b"\xff\xfe{}".to_vec(), "load.syntax", ""),
        ("duplicate keys", br#"{"description": "a", "description": "b"}"#.to_vec(), "load.shape", ""),
        ("trailing garbage", b"{} {}".to_vec(), "load.syntax", ""),
        ("session without a title", br#"{"meetings": [{"year": 2020, "source": {"document": "x"}, "sessions": [{"code": "WS#1"}]}]}"#.to_vec(), "load.shape", "/meetings/0/sessions/0"),
        ("blank session code", br#"{"documents": [{"id": "x", "title": "X"}], "meetings": [{"year": 2020, "source": {"document": "x"}, "sessions": [{"code": " ", "title": "t", "session_type": "workshop", "source": {"document": "x"}}]}]}"#.to_vec(), "shape.blank_text", "/meetings/0/sessions/0/code"),
    ];
    for (what, input, code, path) in cases {
        let o = igf(&["validate", "--format", "json", "-"], &input);
        assert_eq!(
            o.status.code(),
            Some(1),
            "{what}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let report: serde_json::Value =
            serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{what}: {e}"));
        let findings = report["files"][0]["findings"].as_array().unwrap();
        assert!(
            findings
                .iter()
                .any(|f| f["code"] == code && f["path"] == path),
            "{what}: no {code} at {path:?} in {findings:?}"
        );
    }
}

#[test]
fn harmless_oddities_are_read() {
    let huge = format!("{{\"description\": \"{}\"}}", "x".repeat(20_000_000));
    let o = igf(&["validate", "-"], huge.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    let o = igf(
        &["validate", "-"],
        b"\xEF\xBB\xBF{\"description\": \"with a UTF-8 byte-order mark\"}",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn usage_errors_and_unreadable_files_give_status_2() {
    assert_eq!(igf(&["validate"], b"").status.code(), Some(2));
    assert_eq!(
        igf(&["validate", "--format", "xml", "x.json"], b"")
            .status
            .code(),
        Some(2)
    );
    assert_eq!(igf(&["frobnicate"], b"").status.code(), Some(2));
    let o = igf(
        &["validate", "/no/such/file.json", &data("igf2019.json")],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot read /no/such/file.json"));
    assert!(stdout(&o).ends_with("0 error(s), 0 warning(s) in 1 file(s)\n"));
    let dir = std::env::temp_dir();
    let o = igf(&["validate", dir.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn schema_prints_the_bundle_or_writes_every_file() {
    let o = igf(&["schema"], b"");
    assert_eq!(o.status.code(), Some(0));
    let printed: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(printed, igf_model::schema::bundle());
    let out = std::env::temp_dir().join(format!("igf-schema-test-{}", std::process::id()));
    let o = igf(&["schema", "--out", out.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(0));
    assert!(igf_model::schema::drifted(&out).is_empty());
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn summary_and_rules() {
    // With no file, the summary reads standard input.
    let igf2019 = std::fs::read(data("igf2019.json")).unwrap();
    let o = igf(&["summary"], &igf2019);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).starts_with("IGF 2019, the 14th annual meeting"),
        "{}",
        stdout(&o)
    );
    let o = igf(&["summary", "--reference", "igf2020.json"], b"");
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("IGF 2020, the 15th annual meeting"));
    let o = igf(&["summary", "--reference", "igf1999.json"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("igf2020.json"));
    let o = igf(&["summary", &data("igf2021.json")], b"");
    assert!(stdout(&o).contains("Roadmap for Digital Cooperation mapping: 9 areas"));
    let o = igf(&["summary", "-"], b"{");
    assert_eq!(o.status.code(), Some(1));
    let o = igf(&["rules"], b"");
    assert_eq!(stdout(&o), igf_model::validate::catalogue_markdown());
}

#[test]
fn every_load_problem_is_reported_with_status_1() {
    let doc = br#"{"description": 1, "meetings": [{"year": "2020", "source": {"document": "a"}},
      {"year": 2021, "edition": -1, "source": {"document": "b"}}],
      "nris": [{"name": "n", "kind": "galactic", "source": {"document": "c"}}]}"#;
    let o = igf(&["validate", "--format", "json", "-"], doc);
    assert_eq!(o.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let paths: Vec<&str> = report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        ["/description", "/meetings/0/year", "/meetings/1/edition",]
    );
    // An NRI kind the crate does not know is data, not a load problem: kept
    // as written and reported as a warning once the other problems are fixed.
    let fixed = br#"{"documents": [{"id": "c", "title": "C"}],
      "nris": [{"name": "n", "kind": "galactic", "source": {"document": "c"}}]}"#;
    let o = igf(&["validate", "--format", "json", "-"], fixed);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let findings = report["files"][0]["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["code"], "shape.unknown_value");
    assert_eq!(findings[0]["path"], "/nris/0/kinds/0");
}

#[test]
fn deny_warnings_turns_warnings_into_status_1() {
    let file = data("igf2020.json");
    assert_eq!(igf(&["validate", &file], b"").status.code(), Some(0));
    let o = igf(&["validate", "--deny-warnings", &file], b"");
    assert_eq!(o.status.code(), Some(1));
    let clean = data("igf2019.json");
    let o = igf(&["validate", "--deny-warnings", &clean], b"");
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn migrate_writes_the_current_format() {
    let old = format!(
        "{}/tests/fixtures/format-0.1/igf2019.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let o = igf(&["migrate", &old], b"");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let migrated: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    // The 0.1 file and its 0.2 form migrate to the same 0.3 document.
    let from_0_2 = igf(
        &[
            "migrate",
            &format!(
                "{}/tests/fixtures/format-0.2/igf2019.json",
                env!("CARGO_MANIFEST_DIR")
            ),
        ],
        b"",
    );
    let mut current: serde_json::Value = serde_json::from_slice(&from_0_2.stdout).unwrap();
    current.as_object_mut().unwrap().remove("$schema");
    assert_eq!(migrated, current);
    assert_eq!(migrated["format_version"], "0.4");
    assert_eq!(migrated["meetings"][0]["hosts"][0]["country"], "Germany");
    let cited = migrated["meetings"][0]["source"]["document"]
        .as_str()
        .unwrap();
    assert_eq!(migrated["documents"][0]["id"], cited);
    assert_eq!(migrated["documents"][0]["title"], cited);

    let out = std::env::temp_dir().join(format!("igf-migrate-{}.json", std::process::id()));
    let o = igf(
        &["migrate", "-", "--out", out.to_str().unwrap()],
        &std::fs::read(&old).unwrap(),
    );
    assert_eq!(o.status.code(), Some(0));
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(written, migrated);
    std::fs::remove_file(&out).unwrap();

    let o = igf(&["migrate", "-"], b"{\"meetings\": 3}");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/meetings"));
}

/// The inputs that once broke the crate, through the command: a finding or
/// none, exit 0 or 1, never a panic (101).
#[test]
fn inputs_that_once_broke_the_crate_exit_0_or_1() {
    let meeting = |extra: &str| {
        format!(r#"{{"meetings": [{{"year": 2020, "source": {{"document": "d"}}, {extra}}}]}}"#)
    };
    let cases = [
        meeting(
            r#""sessions": [{"title": "t", "session_type": "workshop", "source": {"document": "d"}, "time_slot": {"start": "+262142-12-31T23:59:58Z", "end": "+262142-12-31T23:59:59Z"}, "reports": [{"kind": "short", "submitted_at": "+262142-12-31T23:59:59Z"}]}]"#,
        ),
        meeting(
            r#""figures": [{"measure": "registrations", "value": 1, "breakdown": [{"dimension": "stakeholder_group", "category": "government", "count": 9223372036854775807}, {"dimension": "stakeholder_group", "category": "civil_society", "count": 1}], "source": {"document": "d"}}]"#,
        ),
        meeting(
            r#""figures": [{"measure": "registrations", "value": 8.361819512870104e-10, "source": {"document": "d"}}]"#,
        ),
        meeting(
            r#""figures": [{"measure": "registrations", "value": 222222222222222222222431, "source": {"document": "d"}}]"#,
        ),
        meeting(r#""edition": 15.0, "start_date": " 2020-11-06""#),
        meeting(
            r#""sessions": [{"title": "t", "session_type": "workshop", "source": {"document": "d"}, "reports": [{"submitted_at": "2020-11-1Χ20:00:00Z"}]}]"#,
        ),
    ];
    for input in cases {
        let o = igf(&["validate", "--format", "json", "-"], input.as_bytes());
        assert!(
            matches!(o.status.code(), Some(0 | 1)),
            "{input}: {:?} {}",
            o.status.code(),
            String::from_utf8_lossy(&o.stderr)
        );
        let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert!(report["files"][0]["findings"].is_array());
        if o.status.code() == Some(1) {
            assert!(!report["files"][0]["findings"]
                .as_array()
                .unwrap()
                .is_empty());
        }
    }
}

#[test]
fn export_merges_files_and_writes_a_package() {
    let out = std::env::temp_dir().join(format!("igf-cli-export-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let dir = out.to_str().unwrap();
    let (a, b) = (data("igf2020.json"), data("intersessional.json"));
    let o = igf(&["export", &a, &b, "--out", dir], b"");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(stdout(&o).contains("datapackage.json"));
    let descriptor: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("datapackage.json")).unwrap())
            .unwrap();
    let resources = descriptor["resources"].as_array().unwrap();
    assert!(resources
        .iter()
        .any(|r| r["path"] == "meetings.sessions.csv"));
    // Both files are in the one package: IGF 2020's sessions and the NRIs.
    let lines = |name: &str| {
        std::fs::read_to_string(out.join(name))
            .unwrap()
            .lines()
            .count()
    };
    assert!(lines("meetings.sessions.csv") > 10);
    assert!(lines("nris.csv") > 10);

    let o = igf(
        &[
            "export",
            "--reference",
            "igf2019.json",
            "--format",
            "jsonl",
            "--out",
            dir,
        ],
        b"",
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let meetings = std::fs::read_to_string(out.join("meetings.jsonl")).unwrap();
    let first: serde_json::Value = serde_json::from_str(meetings.lines().next().unwrap()).unwrap();
    assert_eq!(first["year"], 2019);
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn export_of_a_bad_file_says_where_and_writes_nothing() {
    let out = std::env::temp_dir().join(format!("igf-cli-export-bad-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let o = igf(
        &["export", "-", "--out", out.to_str().unwrap()],
        br#"{"meetings": [{"year": "2020"}]}"#,
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("/meetings/0/year"), "{err}");
    assert!(!out.exists());
    let o = igf(
        &[
            "export",
            "--reference",
            "nope.json",
            "--out",
            out.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(!out.exists());
}

/// `igf schema | head -1`: a reader that stops early is no failure (the
/// bundle is larger than a pipe's buffer, so the write meets a closed pipe).
#[test]
fn schema_into_a_closed_pipe_exits_0() {
    use std::io::{BufRead, BufReader};
    for args in [
        &["schema"][..],
        &["summary", "--reference", "all"][..],
        &["rules"][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_igf"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        // The reader is dropped here, as `head -1` exits.
        assert!(!first.is_empty(), "{args:?}");
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// `igf validate --allow RULE` (repeatable) leaves out that rule's findings;
/// `--config PATH` reads the same from a project's file.
#[test]
fn validate_allows_rules_by_flag_or_config() {
    let file = data("igf2020.json");
    let denied = igf(&["validate", "--deny-warnings", &file], b"");
    assert_eq!(denied.status.code(), Some(1));
    let text = stdout(&denied);
    let mut codes: Vec<String> = text
        .lines()
        .filter_map(|l| l.split("warning[").nth(1))
        .filter_map(|rest| rest.split(']').next())
        .map(str::to_owned)
        .collect();
    codes.sort();
    codes.dedup();
    assert!(!codes.is_empty());
    let mut args = vec!["validate", "--deny-warnings"];
    for code in &codes {
        args.extend(["--allow", code.as_str()]);
    }
    args.push(&file);
    let allowed = igf(&args, b"");
    assert_eq!(
        allowed.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&allowed.stderr)
    );
    assert!(stdout(&allowed).contains("0 error(s), 0 warning(s) in 1 file(s), 10 allowed"));

    let config = std::env::temp_dir().join(format!("igf-cli-config-{}.json", std::process::id()));
    let list: Vec<String> = codes.iter().map(|c| format!("\"{c}\"")).collect();
    std::fs::write(
        &config,
        format!(
            "{{\"allow\": [{}], \"deny_warnings\": true}}",
            list.join(",")
        ),
    )
    .unwrap();
    let by_config = igf(
        &["validate", "--config", config.to_str().unwrap(), &file],
        b"",
    );
    assert_eq!(by_config.status.code(), Some(0));
    std::fs::write(&config, r#"{"allow": ["no.such_rule"]}"#).unwrap();
    let bad = igf(
        &["validate", "--config", config.to_str().unwrap(), &file],
        b"",
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("invalid config"));
    std::fs::remove_file(&config).unwrap();

    let unknown = igf(&["validate", "--allow", "no.such_rule", &file], b"");
    assert_eq!(unknown.status.code(), Some(2));
}

/// Every file of the crate's data validates alone with no error; several
/// files as one (`--together`); a file against the embedded history
/// (`--against-reference`), its findings at its own pointers.
#[test]
fn validate_alone_together_and_against_the_history() {
    let files: Vec<String> = igf_model::reference::FILES
        .iter()
        .map(|(name, _)| data(name))
        .collect();
    for file in &files {
        let o = igf(&["validate", file], b"");
        assert_eq!(o.status.code(), Some(0), "{file}: {}", stdout(&o));
        assert!(stdout(&o).contains("0 error(s)"), "{file}: {}", stdout(&o));
    }
    let mut args = vec!["validate", "--together"];
    args.extend(files.iter().map(String::as_str));
    let o = igf(&args, b"");
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains(&format!(
        "0 error(s), 25 warning(s) in {} file(s)",
        files.len()
    )));

    let mine = br#"{"documents": [{"id": "d", "title": "Our notes"}],
      "roadmap_mappings": [{"area": "digital_inclusion", "source": {"document": "d"},
        "igf_activities": [{"kind": "dynamic_coalition", "name": "Dynamic Coalition on Community Connectivity"},
                           {"kind": "dynamic_coalition", "name": "Dynamic Coalition on Nothing"}]}]}"#;
    let alone = igf(&["validate", "-"], mine);
    assert_eq!(alone.status.code(), Some(1));
    assert!(stdout(&alone).contains("2 error(s)"), "{}", stdout(&alone));
    let against = igf(&["validate", "--against-reference", "-"], mine);
    assert_eq!(against.status.code(), Some(1));
    let text = stdout(&against);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(
        lines[0].starts_with(
            "-:/roadmap_mappings/0/igf_activities/1/name: error[reference.unresolved_activity]"
        ),
        "{text}"
    );
}

/// A rule's finding in a file read from text says its line and column.
#[test]
fn rule_findings_have_their_line_and_column() {
    let text = b"{\n  \"documents\": [{\"id\": \"d\", \"title\": \"T\"}],\n  \"meetings\": [\n    {\"year\": 2020, \"edition\": 14, \"source\": {\"document\": \"d\"}}\n  ]\n}\n";
    let o = igf(&["validate", "--format", "json", "-"], text);
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let finding = &report["files"][0]["findings"][0];
    assert_eq!(finding["code"], "consistency.edition_year");
    assert_eq!(finding["path"], "/meetings/0/edition");
    assert_eq!(
        (finding["line"].as_u64(), finding["column"].as_u64()),
        (Some(4), Some(31))
    );
    let schema = igf_model::schema::validation_report();
    assert!(jsonschema::draft202012::new(&schema)
        .unwrap()
        .is_valid(&report));
}
