//! Statements, other names, coverage and figure scopes (format 0.4): what
//! each document printed, where they disagree, and what a list leaves out.

mod common;

use igf_model::chrono::NaiveDate;
use igf_model::serde_json::{self, json, Value};
use igf_model::validate::{validate, Rule};
use igf_model::*;

fn documents(d: &mut Dataset) {
    d.documents
        .push(Document::new("undesa", "UN DESA: IGF 2019 in Berlin"));
    d.documents
        .push(Document::new("press", "Media Rights Agenda: IGF 2019"));
}

fn berlin() -> Dataset {
    let mut d = Dataset::new();
    documents(&mut d);
    let mut m = Meeting::new(Year::new(2019).unwrap(), Source::new("undesa"));
    m.start_date = NaiveDate::from_ymd_opt(2019, 11, 25);
    m.end_date = NaiveDate::from_ymd_opt(2019, 11, 29);
    d.meetings.push(m);
    d
}

#[test]
fn dates_two_documents_state_differently_draw_one_warning_naming_both() {
    let mut d = berlin();
    d.meetings[0].statements.push(
        Statement::new("start_date", "2019-11-26", Source::new("press"))
            .printed("November 26 to 29"),
    );
    let findings = validate(&d);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    let f = &findings[0];
    assert_eq!(f.rule, Rule::SourcesDisagree);
    assert_eq!(f.path, "/meetings/0/statements/0/value");
    assert!(
        f.message.contains("Media Rights Agenda: IGF 2019"),
        "{}",
        f.message
    );
    assert!(
        f.message.contains("UN DESA: IGF 2019 in Berlin"),
        "{}",
        f.message
    );
}

#[test]
fn the_same_dates_stated_twice_draw_none() {
    let mut d = berlin();
    d.meetings[0].statements.push(
        Statement::new("start_date", "2019-11-25", Source::new("press"))
            .printed("25 to 29 November"),
    );
    d.meetings[0]
        .statements
        .push(Statement::new("end_date", "2019-11-29", Source::new("press")).ranked(Rank::Adopted));
    assert_eq!(validate(&d), vec![]);
}

#[test]
fn two_statements_of_a_member_the_record_leaves_out_are_compared_with_each_other() {
    let mut d = berlin();
    d.meetings[0].day_zero = None;
    d.meetings[0].statements.push(Statement::new(
        "day_zero",
        "2019-11-25",
        Source::new("undesa"),
    ));
    d.meetings[0].statements.push(Statement::new(
        "day_zero",
        "2019-11-24",
        Source::new("press"),
    ));
    let findings = validate(&d);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].path, "/meetings/0/statements/1/value");
}

#[test]
fn a_misprint_is_kept_and_never_compared() {
    let mut d = berlin();
    d.meetings[0].statements.push(
        Statement::new("start_date", "2019-11-52", Source::new("press")).ranked(Rank::Misprint),
    );
    // A misprint's value must still read as the member: a date that does
    // not exist is an error, a misprinted but real date is kept quietly.
    let findings = validate(&d);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].rule, Rule::StatementValueType);
    d.meetings[0].statements[0].value = json!("2019-11-15");
    assert_eq!(validate(&d), vec![]);
}

#[test]
fn a_statement_of_an_unknown_member_is_an_error() {
    let mut d = berlin();
    d.meetings[0]
        .statements
        .push(Statement::new("start", "2019-11-25", Source::new("press")));
    d.meetings[0]
        .statements
        .push(Statement::new("sessions", json!([]), Source::new("press")));
    let findings = validate(&d);
    let paths: Vec<(&Rule, &str)> = findings
        .iter()
        .map(|f| (&f.rule, f.path.as_str()))
        .collect();
    assert_eq!(
        paths,
        [
            (
                &Rule::StatementUnknownMember,
                "/meetings/0/statements/0/member"
            ),
            (
                &Rule::StatementUnknownMember,
                "/meetings/0/statements/1/member"
            ),
        ]
    );
    assert!(findings.iter().all(|f| f.is_error()));
}

fn wrongly_typed() -> Value {
    json!({
        "format_version": "0.4",
        "documents": [{"id": "press", "title": "Media Rights Agenda: IGF 2019"}],
        "meetings": [{
            "year": 2019,
            "source": {"document": "press"},
            "statements": [{"member": "start_date", "value": "late November", "source": {"document": "press"}}]
        }]
    })
}

#[test]
fn a_wrongly_typed_statement_is_an_error_in_rust_and_for_the_schema() {
    let d = load::from_str(&wrongly_typed().to_string()).unwrap();
    let findings = validate(&d);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].rule, Rule::StatementValueType);
    assert_eq!(findings[0].path, "/meetings/0/statements/0/value");
    assert!(findings[0].is_error());

    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string("schemas/igf.schema.json").unwrap()).unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    assert!(!validator.is_valid(&wrongly_typed()));
    let mut right = wrongly_typed();
    right["meetings"][0]["statements"][0]["value"] = json!("2019-11-26");
    assert!(
        validator.is_valid(&right),
        "{:?}",
        validator
            .iter_errors(&right)
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
    );
    let mut unknown = right.clone();
    unknown["meetings"][0]["statements"][0]["member"] = json!("start");
    assert!(!validator.is_valid(&unknown));
}

#[test]
fn the_committed_invalid_fixtures_of_statements_are_errors() {
    for file in ["statement-value-type.json", "statement-unknown-member.json"] {
        let text = std::fs::read_to_string(format!("tests/fixtures/invalid/{file}")).unwrap();
        let d = load::from_str(&text).unwrap();
        assert!(validate(&d).iter().any(|f| f.is_error()), "{file}");
    }
}

fn counted(extent: Option<Extent>) -> Dataset {
    let mut d = Dataset::new();
    d.documents
        .push(Document::new("report", "The IGF 2020 Report"));
    let year = Year::new(2020).unwrap();
    let mut m = Meeting::new(year, Source::new("report"));
    let mut f = Figure::new(Measure::DynamicCoalitions, Source::new("report"));
    f.value = Some(23.into());
    f.counts = Some(Counted::DynamicCoalitions);
    m.figures.push(f);
    d.meetings.push(m);
    let mut dc = DynamicCoalition::new(
        "Dynamic Coalition on Blockchain Technologies",
        Source::new("report"),
    );
    dc.active_in = vec![year];
    d.dynamic_coalitions.push(dc);
    if let Some(extent) = extent {
        let mut c = Coverage::new("dynamic_coalitions", extent);
        c.year = Some(year);
        d.coverage.push(c);
    }
    d
}

#[test]
fn a_count_is_compared_only_with_a_list_that_claims_to_be_complete() {
    assert_eq!(validate(&counted(None)), vec![]);
    assert_eq!(validate(&counted(Some(Extent::Sample))), vec![]);
    let findings = validate(&counted(Some(Extent::Complete)));
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].rule, Rule::CountVersusItems);
}

fn sessions(value: u32, scope: Option<&str>, qualifier: Option<Qualifier>) -> Figure {
    let mut f = Figure::new(Measure::Sessions, Source::new("report"));
    f.value = Some(value.into());
    f.scope = scope.map(Into::into);
    f.qualifier = qualifier;
    f
}

fn with_figures(figures: Vec<Figure>) -> Dataset {
    let mut d = Dataset::new();
    d.documents
        .push(Document::new("report", "IGF 2018 statistics"));
    let mut m = Meeting::new(Year::new(2018).unwrap(), Source::new("report"));
    m.figures = figures;
    d.meetings.push(m);
    d
}

#[test]
fn figures_of_two_scopes_are_not_compared() {
    let d = with_figures(vec![
        sessions(229, None, None),
        sessions(205, Some("without Day 0 events"), None),
    ]);
    assert_eq!(validate(&d), vec![]);
    let d = with_figures(vec![sessions(229, None, None), sessions(205, None, None)]);
    assert_eq!(validate(&d)[0].rule, Rule::SourcesDisagree);
}

#[test]
fn inexact_figures_are_compared_by_the_range_they_allow() {
    let mut more = sessions(3000, None, Some(Qualifier::MoreThan));
    more.measure = Measure::Participants;
    let mut about = sessions(2000, None, Some(Qualifier::Approximately));
    about.measure = Measure::Participants;
    let findings = validate(&with_figures(vec![more.clone(), about]));
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].rule, Rule::SourcesDisagree);
    assert_eq!(findings[0].path, "/meetings/0/figures/1/value");

    // "about 3100" lies within "more than 3000"; "between 50 and 55" holds 52.
    let mut close = sessions(3100, None, Some(Qualifier::Approximately));
    close.measure = Measure::Participants;
    assert_eq!(validate(&with_figures(vec![more.clone(), close])), vec![]);
    let mut exactly = sessions(3000, None, None);
    exactly.measure = Measure::Participants;
    assert_eq!(validate(&with_figures(vec![more, exactly])).len(), 1);
    let mut between = sessions(50, None, Some(Qualifier::Between));
    between.value_to = Some(55.into());
    assert_eq!(
        validate(&with_figures(vec![
            between.clone(),
            sessions(52, None, None)
        ])),
        vec![]
    );
    assert_eq!(
        validate(&with_figures(vec![between, sessions(56, None, None)])).len(),
        1
    );
}

/// A participants figure of 2018 with one further publication of its
/// value, stated by another document.
fn published_twice(record: Figure, statement: Statement) -> Dataset {
    let mut d = with_figures(vec![]);
    d.documents
        .push(Document::new("press", "IGF 2018 in Paris (a press page)"));
    let mut f = record;
    f.measure = Measure::Participants;
    f.statements.push(statement);
    d.meetings[0].figures.push(f);
    d
}

#[test]
fn a_figures_further_publications_are_statements_of_its_value() {
    // "more than 3000" (the report) against "about 2000" (a press page).
    let stated = |value: u32, q: Qualifier| {
        Statement::new("value", value, Source::new("press")).qualified(q, None)
    };
    let d = published_twice(
        sessions(3000, None, Some(Qualifier::MoreThan)),
        stated(2000, Qualifier::Approximately).printed("about 2000"),
    );
    let findings = validate(&d);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].rule, Rule::SourcesDisagree);
    assert_eq!(findings[0].path, "/meetings/0/figures/0/statements/0/value");
    assert!(
        findings[0]
            .message
            .contains("\"about 2000\" (IGF 2018 in Paris (a press page))")
            && findings[0].message.contains("(IGF 2018 statistics)"),
        "{}",
        findings[0].message
    );

    // Ranges that share a value agree: "about 3100" and "more than 3000";
    // "between 50 and 55" and an exact 52; an exact 3000 is not "more than".
    let agree = [
        (
            sessions(3000, None, Some(Qualifier::MoreThan)),
            stated(3100, Qualifier::Approximately),
        ),
        (
            sessions(52, None, None),
            stated(50, Qualifier::Between).qualified(Qualifier::Between, Some(55.into())),
        ),
    ];
    for (record, statement) in agree {
        assert_eq!(validate(&published_twice(record, statement)), vec![]);
    }
    let exact = Statement::new("value", 3000, Source::new("press"));
    let d = published_twice(sessions(3000, None, Some(Qualifier::MoreThan)), exact);
    assert_eq!(validate(&d).len(), 1);
    // Exact values are compared exactly.
    let d = published_twice(
        sessions(6149, None, None),
        Statement::new("value", 6150, Source::new("press")),
    );
    assert_eq!(validate(&d)[0].rule, Rule::SourcesDisagree);
    let d = published_twice(
        sessions(6150, None, None),
        Statement::new("value", 6150, Source::new("press")),
    );
    assert_eq!(validate(&d), vec![]);

    // A qualifier qualifies a number only.
    let d = published_twice(
        sessions(3000, None, None),
        Statement::new("as_published", "3000", Source::new("press"))
            .qualified(Qualifier::MoreThan, None),
    );
    let findings = validate(&d);
    assert!(
        findings.iter().any(|f| f.rule == Rule::StatementValueType
            && f.path == "/meetings/0/figures/0/statements/0/qualifier"),
        "{findings:#?}"
    );

    // Round trip, and the schema types the qualifier.
    let d = published_twice(
        sessions(50, None, Some(Qualifier::Between)),
        stated(50, Qualifier::Between).qualified(Qualifier::Between, Some(55.into())),
    );
    let text = d.to_json_pretty().unwrap();
    assert!(text.contains("\"value_to\": 55"), "{text}");
    assert_eq!(load::from_str(&text).unwrap(), d);
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string("schemas/igf.schema.json").unwrap()).unwrap();
    let statement = &schema["$defs"]["FigureStatement"]["oneOf"][0]["properties"];
    assert!(statement.get("qualifier").is_some() && statement.get("value_to").is_some());
}

#[test]
fn every_kind_of_statement_round_trips() {
    let src = || Source::new("press").with_section("§1");
    let mut d = berlin();
    let m = &mut d.meetings[0];
    m.statements.push(
        Statement::new("start_date", "2019-11-25", src())
            .ranked(Rank::Adopted)
            .printed("25 to 29 November"),
    );
    m.statements.push(
        Statement::new("edition", 14, src())
            .ranked(Rank::Adopted)
            .printed("14th"),
    );
    m.statements.push(Statement::new(
        "theme",
        "One World. One Net. One Vision.",
        src(),
    ));
    m.statements
        .push(Statement::new("format", "in_person", src()).ranked(Rank::Misprint));
    m.statements.push(Statement::new(
        "wsis_action_lines",
        json!(["C1", "C11"]),
        src(),
    ));
    let mut host = Host::government("Germany", Some("Berlin".into()));
    if let Host::Government { statements, .. } = &mut host {
        statements.push(Statement::new("city", "Berlin", src()).printed("Berlin, Germany"));
    }
    m.hosts.push(host);
    m.note = Some("Day 0 was 25 November.".into());
    m.coverage.push(Coverage::new("sessions", Extent::Sample));
    let mut dc = DynamicCoalition::new(
        "Dynamic Coalition on Children's Rights in the Digital Environment",
        Source::new("undesa"),
    );
    let mut former = OtherName::former("Dynamic Coalition on Child Online Safety");
    former.until = Some(Year::new(2020).unwrap());
    former.source = Some(src());
    dc.other_names.push(former);
    dc.other_names.push(OtherName::new("DC-CRIDE"));
    d.dynamic_coalitions.push(dc);
    let text = d.to_json_pretty().unwrap();
    let back = load::from_str(&text).unwrap();
    assert_eq!(back, d);
    let again = back.to_json_pretty().unwrap();
    assert_eq!(again, text);
    assert!(
        validate(&back).iter().all(|f| !f.is_error()),
        "{:#?}",
        validate(&back)
    );
}

#[test]
fn other_names_read_from_plain_strings_and_resolve() {
    let d = load::from_str(
        r#"{"format_version": "0.4", "documents": [{"id": "d", "title": "T"}],
            "best_practice_forums": [{"name": "Cybersecurity", "other_names": ["BPF Cybersecurity", {"name": "BPF on Cybersecurity", "former": true, "until": 2019}], "source": {"document": "d"}}]}"#,
    )
    .unwrap();
    let names = &d.best_practice_forums[0].other_names;
    assert_eq!(names[0], OtherName::new("BPF Cybersecurity"));
    assert!(names[1].former);
    let index = Index::build(&d);
    assert!(index
        .resolve(&ActivityKind::BestPracticeForum, "BPF on Cybersecurity")
        .is_found());
}

/// Applies what the upgrade to 0.4 does to a file's JSON as written.
fn upgraded_by_hand(mut old: Value) -> Value {
    old["format_version"] = json!("0.4");
    for m in old
        .get_mut("meetings")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        let theme = m.get("theme").cloned();
        if let Some(Value::Array(wordings)) = m.as_object_mut().unwrap().remove("theme_wordings") {
            let statements: Vec<Value> = wordings
                .into_iter()
                .map(|mut w| {
                    let text = w.as_object_mut().unwrap().remove("text").unwrap();
                    let mut s =
                        json!({"member": "theme", "value": theme.clone().unwrap_or(text.clone())});
                    if theme.is_some() && Some(&text) != theme.as_ref() {
                        s["as_printed"] = text;
                    } else if theme.is_none() {
                        s["value"] = text;
                    }
                    for (k, v) in w.as_object().unwrap() {
                        s[k] = v.clone();
                    }
                    if theme.is_some() {
                        s["rank"] = json!("adopted");
                    }
                    s
                })
                .collect();
            m["statements"] = Value::Array(statements);
        }
    }
    common::other_names_upgraded(&mut old);
    old
}

/// The first pointer at which two documents differ, with both values.
fn first_difference(a: &Value, b: &Value, at: String) -> Option<(String, Value, Value)> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().find_map(|k| {
                first_difference(
                    x.get(k).unwrap_or(&Value::Null),
                    y.get(k).unwrap_or(&Value::Null),
                    format!("{at}/{k}"),
                )
            })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (p, q))| first_difference(p, q, format!("{at}/{i}"))),
        (Value::Number(x), Value::Number(y)) if x.as_f64() == y.as_f64() => None,
        _ if a == b => None,
        _ => Some((at, a.clone(), b.clone())),
    }
}

#[test]
fn format_0_3_files_upgrade_with_the_same_meaning() {
    let mut seen = 0;
    for dir in ["tests/fixtures/format-0.3", "examples/datasets"] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let old: Value = serde_json::from_str(&text).unwrap();
            if old["format_version"] != "0.3" {
                continue;
            }
            seen += 1;
            let new = load::from_str(&text).unwrap();
            assert_eq!(new.format_version, FormatVersion::CURRENT);
            let written = serde_json::to_value(&new).unwrap();
            let expected = upgraded_by_hand(old);
            assert_eq!(
                first_difference(&written, &expected, String::new()),
                None,
                "{}",
                path.display()
            );
        }
    }
    assert!(seen >= 2, "no format 0.3 file was upgraded");
}
