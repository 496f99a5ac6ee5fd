//! The tabular data package: the committed `data/tables/` matches the code,
//! the tables give back the dataset they were made from, and the findings
//! join the rows they are about.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use igf_model::export::{self, FieldType, Format, Package};
use igf_model::{load, reference, validate, Dataset};
use serde_json::{json, Map, Value};

fn tables_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/tables")
}

#[test]
fn committed_tables_match_the_code() {
    let package = export::reference_tables().unwrap();
    let drifted = export::drifted(&package, &tables_dir(), Format::Csv).unwrap();
    assert!(
        drifted.is_empty(),
        "data/tables/ is out of date for {drifted:?}: regenerate with `cargo run --example regenerate` and commit the result"
    );
}

/// Reads CSV as RFC 4180 writes it: quoted fields with doubled quotes and
/// line breaks inside, records ending in a line feed (or CR LF).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut started = false;
    while let Some(c) = chars.next() {
        started = true;
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                other => field.push(other),
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => record.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                started = false;
            }
            other => field.push(other),
        }
    }
    assert!(!quoted, "an unclosed quote");
    if started {
        record.push(field);
        records.push(record);
    }
    records
}

#[test]
fn the_csv_reader_of_these_tests_reads_rfc_4180() {
    let rows = parse_csv("a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\n,\n");
    assert_eq!(
        rows,
        [vec!["a", "b"], vec!["x, \"y\"", "two\nlines"], vec!["", ""]]
    );
}

/// The value of a CSV cell of type `field_type` (`None` for an empty cell).
fn typed(cell: &str, field_type: &str) -> Option<Value> {
    if cell.is_empty() {
        return None;
    }
    Some(match field_type {
        "integer" | "number" | "boolean" | "object" | "array" | "any" => serde_json::from_str(cell)
            .unwrap_or_else(|e| panic!("{cell:?} is no {field_type}: {e}")),
        _ => Value::String(cell.to_owned()),
    })
}

/// Sets `value` at the dotted member path `name` in `object`.
fn set(object: &mut Map<String, Value>, path: &[&str], value: Value) {
    match path {
        [] => {}
        [last] => {
            object.insert((*last).to_owned(), value);
        }
        [first, more @ ..] => {
            let inner = object
                .entry((*first).to_owned())
                .or_insert_with(|| json!({}));
            if let Value::Object(inner) = inner {
                set(inner, more, value);
            }
        }
    }
}

/// Merges the `x-members` object into `object`, nested as it is.
fn merge(object: &mut Map<String, Value>, rest: Map<String, Value>) {
    for (name, value) in rest {
        match (object.get_mut(&name), value) {
            (Some(Value::Object(inner)), Value::Object(more)) => merge(inner, more),
            (_, value) => {
                object.insert(name, value);
            }
        }
    }
}

/// A package read back from CSV files: each table's rows as records by
/// pointer, with child tables folded back into their parents.
struct ReadBack {
    descriptor: Value,
    /// Table name -> (parent pointer or "", position, pointer, value).
    rows: BTreeMap<String, Vec<(String, u64, String, Value)>>,
}

impl ReadBack {
    fn read(dir: &Path) -> ReadBack {
        let descriptor: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("datapackage.json")).unwrap())
                .unwrap();
        let mut rows = BTreeMap::new();
        for resource in descriptor["resources"].as_array().unwrap() {
            let name = resource["name"].as_str().unwrap().to_owned();
            let fields = resource["schema"]["fields"].as_array().unwrap();
            let text =
                std::fs::read_to_string(dir.join(resource["path"].as_str().unwrap())).unwrap();
            let records = parse_csv(&text);
            let header: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
            assert_eq!(records[0], header, "{name}: the header names the fields");
            // A long table (a list of scalars): pointer, parent, position, value.
            let long = header == ["pointer", "parent", "position", "value"];
            let mut table = Vec::new();
            for record in &records[1..] {
                assert_eq!(record.len(), header.len(), "{name}: a row of {record:?}");
                let mut pointer = String::new();
                let mut parent = String::new();
                let mut position = 0;
                let mut object = Map::new();
                let mut rest = Map::new();
                let mut value = Value::Null;
                for (field, cell) in fields.iter().zip(record) {
                    let field_name = field["name"].as_str().unwrap();
                    let cell = typed(cell, field["type"].as_str().unwrap());
                    match (field_name, cell) {
                        ("pointer", Some(Value::String(p))) => pointer = p,
                        ("parent", Some(Value::String(p))) => parent = p,
                        ("position", Some(p)) => position = p.as_u64().unwrap(),
                        ("x-members", Some(Value::Object(r))) => rest = r,
                        ("value", Some(v)) if long => value = v,
                        (_, None) => {}
                        (dotted, Some(v)) => {
                            let path: Vec<&str> = dotted.split('.').collect();
                            set(&mut object, &path, v);
                        }
                    }
                }
                merge(&mut object, rest);
                if value.is_null() {
                    value = Value::Object(object);
                }
                table.push((parent, position, pointer, value));
            }
            rows.insert(name, table);
        }
        ReadBack { descriptor, rows }
    }

    /// The records of `table` under `parent` (`""` at the root), in order,
    /// each with its child tables folded back in.
    fn records(&self, table: &str, parent: &str) -> Vec<Value> {
        let mut rows: Vec<&(String, u64, String, Value)> = self.rows[table]
            .iter()
            .filter(|(p, ..)| p == parent)
            .collect();
        rows.sort_by_key(|(_, position, ..)| *position);
        rows.iter()
            .map(|(_, _, pointer, value)| {
                let mut value = value.clone();
                if let Value::Object(object) = &mut value {
                    for child in self.rows.keys() {
                        let Some(member) =
                            child.strip_prefix(table).and_then(|m| m.strip_prefix('.'))
                        else {
                            continue;
                        };
                        // Only direct children: the child's records have this row as parent.
                        if !self.rows[child].iter().any(|(p, ..)| p == pointer) {
                            continue;
                        }
                        let path: Vec<&str> = member.split('.').collect();
                        set(object, &path, Value::Array(self.records(child, pointer)));
                    }
                }
                value
            })
            .collect()
    }

    /// The whole dataset back: the descriptor's `dataset` members and each
    /// root table.
    fn dataset(&self) -> Value {
        let mut object = self.descriptor["dataset"].as_object().cloned().unwrap();
        for name in self.rows.keys() {
            if !name.contains('.') && name != export::FINDINGS {
                let records = self.records(name, "");
                if !records.is_empty() {
                    object.insert(name.clone(), Value::Array(records));
                }
            }
        }
        Value::Object(object)
    }
}

/// The first place where two JSON values differ, as a pointer and both values.
fn difference(a: &Value, b: &Value, at: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => x.keys().chain(y.keys()).find_map(|k| {
            difference(
                x.get(k).unwrap_or(&Value::Null),
                y.get(k).unwrap_or(&Value::Null),
                &format!("{at}/{k}"),
            )
        }),
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (x, y))| difference(x, y, &format!("{at}/{i}"))),
        _ if a == b => None,
        _ => Some(format!("{at}: {a} != {b}")),
    }
}

/// Asserts that two models are equal as JSON data (where the members of an
/// object have no order: the `x-members` cell lists a record's extension
/// members by name, not in the order of the file), naming the first
/// difference.
fn assert_same<T: serde::Serialize>(back: &T, original: &T, what: &str) {
    let (x, y) = (
        serde_json::to_value(back).unwrap(),
        serde_json::to_value(original).unwrap(),
    );
    if let Some(difference) = difference(&x, &y, "") {
        panic!("{what} differs at {difference}");
    }
    assert_eq!(x, y, "{what}");
}

#[test]
fn the_sessions_of_the_reference_history_come_back_from_the_tables() {
    let back = ReadBack::read(&tables_dir());
    let history = reference::all();
    let mut compared = 0;
    for (i, meeting) in history.meetings.iter().enumerate() {
        let sessions = back.records("meetings.sessions", &format!("/meetings/{i}"));
        let sessions: Vec<igf_model::Session> = serde_json::from_value(Value::Array(sessions))
            .unwrap_or_else(|e| panic!("the sessions of /meetings/{i} do not read: {e}"));
        assert_same(
            &sessions,
            &meeting.sessions,
            &format!("the sessions of /meetings/{i}"),
        );
        compared += sessions.len();
    }
    assert!(compared > 100, "only {compared} sessions compared");
}

#[test]
fn the_whole_reference_history_comes_back_from_the_tables() {
    let back = ReadBack::read(&tables_dir());
    let text = serde_json::to_string(&back.dataset()).unwrap();
    let dataset = load::from_str(&text).unwrap_or_else(|e| panic!("the tables do not load: {e}"));
    assert_same(&dataset, reference::all(), "the reference history");
}

#[test]
fn every_example_dataset_comes_back_from_its_tables() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/datasets");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 2);
    for file in files {
        let dataset = load::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let out = std::env::temp_dir().join(format!(
            "igf-tables-{}-{}",
            std::process::id(),
            file.file_stem().unwrap().to_string_lossy()
        ));
        let _ = std::fs::remove_dir_all(&out);
        Package::of(&dataset)
            .unwrap()
            .write(&out, Format::Csv)
            .unwrap();
        let back = ReadBack::read(&out);
        let again = load::from_str(&serde_json::to_string(&back.dataset()).unwrap()).unwrap();
        assert_same(&again, &dataset, &file.display().to_string());
        std::fs::remove_dir_all(&out).unwrap();
    }
}

#[test]
fn the_record_kinds_of_the_issue_each_have_a_table() {
    let package = export::reference_tables().unwrap();
    for name in [
        "meetings",
        "meetings.sessions",
        "meetings.sessions.people",
        "meetings.sessions.tracks",
        "meetings.tracks",
        "meetings.figures",
        "meetings.figures.breakdown",
        "meetings.hosts",
        "commitments",
        "roadmap_mappings",
        "gdc_mappings",
        "dynamic_coalitions",
        "nris",
        "nris.meetings",
        "best_practice_forums.cycles",
        "best_practice_forums.cycles.outputs",
        "policy_networks.cycles.outputs",
        "mags",
        "mags.working_groups",
        "leadership_panels.members",
        "parliamentary_track",
        "documents",
        "findings",
    ] {
        assert!(package.table(name).is_some(), "no table {name}");
    }
    let sessions = package.table("meetings.sessions").unwrap();
    let type_of = |name: &str| sessions.fields[sessions.column(name).unwrap()].field_type;
    assert_eq!(type_of("time_slot.start"), FieldType::DateTime);
    assert_eq!(type_of("time_slot.date"), FieldType::Date);
    assert_eq!(type_of("phase"), FieldType::Integer);
    assert_eq!(type_of("x-members"), FieldType::Object);
    assert_eq!(sessions.primary_key, ["pointer"]);
    let keys: Vec<(&str, &str, &str)> = sessions
        .foreign_keys
        .iter()
        .map(|k| (k.field.as_str(), k.table.as_str(), k.key.as_str()))
        .collect();
    assert_eq!(
        keys,
        [
            ("parent", "meetings", "pointer"),
            ("source.document", "documents", "id")
        ]
    );
    let commitments = package.table("commitments").unwrap();
    assert!(commitments
        .foreign_keys
        .iter()
        .any(|k| k.field == "meeting" && k.table == "meetings" && k.key == "year"));
    let figures = package.table("meetings.figures").unwrap();
    assert_eq!(
        figures.fields[figures.column("value").unwrap()].field_type,
        FieldType::Number
    );
}

#[test]
fn the_rows_hold_every_record_once_by_its_pointer() {
    let package = export::reference_tables().unwrap();
    let history = reference::all();
    let count = |name: &str| package.table(name).unwrap().rows.len();
    assert_eq!(count("meetings"), history.meetings.len());
    assert_eq!(
        count("meetings.sessions"),
        history
            .meetings
            .iter()
            .map(|m| m.sessions.len())
            .sum::<usize>()
    );
    assert_eq!(
        count("meetings.figures"),
        history
            .meetings
            .iter()
            .map(|m| m.figures.len())
            .sum::<usize>()
    );
    assert_eq!(count("documents"), history.documents.len());
    assert_eq!(count("nris"), history.nris.len());
    let mut seen = HashMap::new();
    for table in &package.tables {
        if table.name == export::FINDINGS {
            continue;
        }
        for row in &table.rows {
            let pointer = row[0].as_str().unwrap();
            assert!(pointer.starts_with('/'), "{}: {pointer}", table.name);
            if let Some(other) = seen.insert(pointer.to_owned(), table.name.clone()) {
                panic!("{pointer} in {other} and {}", table.name);
            }
        }
    }
}

#[test]
fn findings_join_the_rows_they_are_about() {
    let text = r#"{"format_version": "0.3",
        "documents": [{"id": "d", "title": "A report"}],
        "meetings": [{"year": 2020, "source": {"document": "d"},
            "tracks": [{"name": "Trust"}],
            "sessions": [{"title": "A", "session_type": "workshop", "tracks": ["Data"],
                          "source": {"document": "missing", "section": "2"}}]}]}"#;
    let dataset: Dataset = load::from_str(text).unwrap();
    let findings = validate::validate(&dataset);
    assert!(!findings.is_empty());
    let package = Package::of(&dataset).unwrap();
    let table = package.table(export::FINDINGS).unwrap();
    assert_eq!(table.rows.len(), findings.len());
    let column = |name: &str| table.column(name).unwrap();
    let mut joined = Vec::new();
    for row in &table.rows {
        let (rule, path) = (&row[column("rule")], &row[column("path")]);
        let (in_table, pointer) = (&row[column("table")], &row[column("row")]);
        let target = package.table(in_table.as_str().unwrap()).unwrap();
        assert!(
            target.rows.iter().any(|r| &r[0] == pointer),
            "{rule}: no row {pointer} in {in_table}"
        );
        assert!(path
            .as_str()
            .unwrap()
            .starts_with(pointer.as_str().unwrap()));
        joined.push((
            rule.as_str().unwrap().to_owned(),
            in_table.as_str().unwrap().to_owned(),
            row[column("member")].clone(),
        ));
    }
    assert!(joined.contains(&(
        "reference.unknown_document".into(),
        "meetings.sessions".into(),
        json!("source.document")
    )));
    assert!(joined.contains(&(
        "reference.unknown_track".into(),
        "meetings.sessions.tracks".into(),
        Value::Null
    )));
}

#[test]
fn the_findings_of_the_reference_history_all_find_their_row() {
    let package = export::reference_tables().unwrap();
    let findings = package.table(export::FINDINGS).unwrap();
    assert_eq!(
        findings.rows.len(),
        validate::validate(reference::all()).len()
    );
    let row = findings.column("row").unwrap();
    for finding in &findings.rows {
        assert!(!finding[row].is_null(), "{finding:?} joins no row");
    }
}

#[test]
fn members_of_a_newer_format_and_extensions_are_kept_in_x_members() {
    let text = r#"{"format_version": "0.9", "x-maintainer": "me",
        "documents": [{"id": "d", "title": "A report"}],
        "nris": [{"name": "Haiti IGF", "source": {"document": "d", "x-checked": true},
                  "successors": [{"name": "Haiti IGF Youth"}], "x-note": "mine"}]}"#;
    let dataset = load::from_str(text).unwrap();
    let package = Package::of(&dataset).unwrap();
    let nris = package.table("nris").unwrap();
    assert_eq!(
        nris.rows[0][nris.column("x-members").unwrap()],
        json!({"successors": [{"name": "Haiti IGF Youth"}], "x-note": "mine",
               "source": {"x-checked": true}})
    );
    assert_eq!(package.dataset["x-maintainer"], "me");
    let csv = nris.to_csv();
    assert!(
        csv.contains(r#""{""source"":{""x-checked"":true}"#),
        "{csv}"
    );
}

#[test]
fn json_lines_hold_the_same_rows_as_csv() {
    let package = export::reference_tables().unwrap();
    let files = package.files(Format::JsonLines).unwrap();
    let descriptor: Value = serde_json::from_str(&files[0].1).unwrap();
    assert_eq!(descriptor["resources"][0]["format"], "jsonl");
    for (table, (name, text)) in package.tables.iter().zip(&files[1..]) {
        assert_eq!(name, &format!("{}.jsonl", table.name));
        let lines: Vec<Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), table.rows.len(), "{name}");
        for (line, row) in lines.iter().zip(&table.rows) {
            for (field, value) in table.fields.iter().zip(row) {
                assert_eq!(&line[&field.name], value, "{name} {}", field.name);
            }
        }
    }
}
