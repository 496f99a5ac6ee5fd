//! The model: JSON round trips for every entity, identifier grammars, and
//! serde/strum name agreement for every enumeration.

mod common;

use igf_model::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use strum::IntoEnumIterator;

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T) {
    let json = serde_json::to_string_pretty(value).unwrap();
    let back: T = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, value, "round trip changed the value:\n{json}");
    // Writing it again gives the same text: output is stable.
    assert_eq!(serde_json::to_string_pretty(&back).unwrap(), json);
}

#[test]
fn every_entity_round_trips() {
    round_trip(&common::dataset());
    round_trip(&common::meeting());
    round_trip(&common::session());
    round_trip(&common::figure());
    round_trip(&common::dynamic_coalition());
    round_trip(&common::nri());
    round_trip(&common::bpf());
    round_trip(&common::policy_network());
    round_trip(&common::mag());
    round_trip(&common::mapping());
    for p in common::pledgers() {
        round_trip(&common::commitment(p.clone()));
        round_trip(&p);
    }
    round_trip(&Host::government("Germany", Some("Berlin".into())));
    round_trip(&Host::united_nations("UN DESA"));
    round_trip(&common::src());
    round_trip(&common::year(2020));
}

#[test]
fn the_sample_dataset_is_valid() {
    assert_eq!(validate::validate(&common::dataset()), vec![]);
}

#[test]
fn empty_optionals_are_omitted() {
    let dc = DynamicCoalition::new("Core Internet Values", Source::new("The IGF 2020 Report"));
    assert_eq!(
        serde_json::to_string(&dc).unwrap(),
        r#"{"name":"Core Internet Values","source":{"document":"The IGF 2020 Report"}}"#
    );
    let c = Commitment::new(
        common::year(2020),
        Pledger::unattributed(),
        "x",
        Source::new("the Compilation of IGF 2020 Voluntary Commitments"),
    );
    assert_eq!(
        serde_json::to_string(&c).unwrap(),
        r#"{"meeting":2020,"pledger":{"kind":"unattributed"},"text":"x","source":{"document":"the Compilation of IGF 2020 Voluntary Commitments"}}"#
    );
}

#[test]
fn dates_and_instants_are_iso_8601() {
    let json = serde_json::to_value(common::meeting()).unwrap();
    assert_eq!(json["start_date"], "2020-11-02");
    assert_eq!(
        json["sessions"][0]["time_slot"]["start"],
        "2020-11-10T09:00:00Z"
    );
    assert_eq!(
        json["sessions"][0]["reports"][0]["submitted_at"],
        "2020-11-10T15:00:00Z"
    );
}

#[test]
fn session_codes_parse_and_print_back_identically() {
    for code in [
        "WS #207",
        "WS #72",
        "OF #31",
        "Pre-event #94",
        "DC Session",
        "NRIs Collaborative Session",
        "High-Level Leaders Session",
        "Town Hall #12",
        "Day 0 Event #3",
        "WS #1",
    ] {
        let parsed: SessionCode = code.parse().unwrap();
        assert_eq!(parsed.to_string(), code);
        let json = serde_json::to_string(&parsed).unwrap();
        assert_eq!(serde_json::from_str::<SessionCode>(&json).unwrap(), parsed);
    }
    let ws: SessionCode = "WS #207".parse().unwrap();
    assert_eq!((ws.prefix(), ws.number()), ("WS", Some(207)));
    let dc: SessionCode = "DC Session".parse().unwrap();
    assert_eq!((dc.prefix(), dc.number()), ("DC Session", None));
}

#[test]
fn every_session_code_the_igf_printed_loads_with_label_and_number() {
    // The forms printed from 2020 to 2025, the IGF 2024 schedule's
    // "Launch / Award Event #34" and the Parliamentary Track's "PT Session 7".
    for (code, label, number, ty) in [
        ("WS #72", "WS", Some(72), Some(SessionType::Workshop)),
        ("OF #31", "OF", Some(31), Some(SessionType::OpenForum)),
        (
            "Open Forum #27",
            "Open Forum",
            Some(27),
            Some(SessionType::OpenForum),
        ),
        (
            "Pre-event #94",
            "Pre-event",
            Some(94),
            Some(SessionType::PreEvent),
        ),
        (
            "Day 0 Event #178",
            "Day 0 Event",
            Some(178),
            Some(SessionType::DayZeroEvent),
        ),
        (
            "Town Hall #12",
            "Town Hall",
            Some(12),
            Some(SessionType::TownHall),
        ),
        (
            "Lightning Talk #5",
            "Lightning Talk",
            Some(5),
            Some(SessionType::LightningTalk),
        ),
        (
            "Networking Session #64",
            "Networking Session",
            Some(64),
            Some(SessionType::Networking),
        ),
        (
            "Launch / Award Event #34",
            "Launch / Award Event",
            Some(34),
            Some(SessionType::LaunchAward),
        ),
        (
            "PT Session 7",
            "PT Session",
            Some(7),
            Some(SessionType::ParliamentaryTrack),
        ),
        (
            "DC Session",
            "DC Session",
            None,
            Some(SessionType::DynamicCoalition),
        ),
        ("Fireside Chat #3", "Fireside Chat", Some(3), None),
    ] {
        let json = serde_json::to_string(code).unwrap();
        let read: SessionCode = serde_json::from_str(&json).unwrap();
        assert_eq!((read.label(), read.number()), (label, number), "{code}");
        assert_eq!(read.session_types().map(|t| t[0].clone()), ty, "{code}");
        assert_eq!(
            serde_json::to_string(&read).unwrap(),
            json,
            "printed back as read"
        );
    }
}

#[test]
fn codes_and_acronyms_of_any_form_load_and_the_validator_judges_them() {
    // Loading never rejects a code or an acronym: it keeps the text.
    for odd in ["", " WS #1", "WS # 207", "WS #07", "Ω #1", "#12"] {
        let code: SessionCode = serde_json::from_str(&serde_json::to_string(odd).unwrap()).unwrap();
        assert_eq!(code.as_str(), odd);
    }
    for acronym in [
        "DC-Digital Economy",
        "DC-Connecting the Unconnected",
        "DC-ISSS",
        "IS3C",
    ] {
        let read: DcAcronym =
            serde_json::from_str(&serde_json::to_string(acronym).unwrap()).unwrap();
        assert_eq!(read.to_string(), acronym);
    }
    let wg: WgAcronym = serde_json::from_str("\"WG Strategy\"").unwrap();
    assert_eq!(wg.as_str(), "WG Strategy");

    // The validator: a blank code is an error, an unknown label a warning,
    // a label of another type a warning.
    let mut s = Session::new("A session", SessionType::Workshop, Source::new("doc"));
    for (code, rule) in [
        ("  ", Some("shape.blank_text")),
        ("Fireside Chat #3", Some("shape.unknown_code_label")),
        ("Open Forum #27", Some("consistency.code_type")),
        ("WS #72", None),
        ("Workshop #72", None),
    ] {
        s.code = Some(code.into());
        let codes: Vec<&str> = s
            .validate()
            .iter()
            .map(|f| f.code())
            .collect::<Vec<_>>()
            .into_iter()
            .collect();
        let findings = s.validate();
        assert_eq!(
            findings.first().map(|f| f.code()),
            rule,
            "{code}: {codes:?}"
        );
        if rule.is_some() {
            assert_eq!(findings[0].path, "/code");
        }
    }
    // Open Forum #27 and Day 0 Event #178 fit their types: no finding.
    for (code, ty) in [
        ("Open Forum #27", SessionType::OpenForum),
        ("Day 0 Event #178", SessionType::DayZeroEvent),
    ] {
        let mut s = Session::new("A session", ty, Source::new("doc"));
        s.code = Some(code.into());
        assert!(s.validate().is_empty(), "{code}");
    }
}

/// What the name checks need of an enumeration.
trait Named:
    Serialize
    + DeserializeOwned
    + std::fmt::Display
    + std::str::FromStr<Err: std::fmt::Debug>
    + PartialEq
    + std::fmt::Debug
{
}
impl<E> Named for E where
    E: Serialize
        + DeserializeOwned
        + std::fmt::Display
        + std::str::FromStr<Err: std::fmt::Debug>
        + PartialEq
        + std::fmt::Debug
{
}

/// Every variant's strum name is its serde name, and both parse back;
/// returns how many variants were checked.
fn check_names<E: Named>(variants: impl Iterator<Item = E>) -> usize {
    let mut count = 0;
    for variant in variants {
        let serde_name = serde_json::to_value(&variant).unwrap();
        let strum_name = variant.to_string();
        assert_eq!(
            serde_name,
            serde_json::Value::String(strum_name.clone()),
            "{variant:?}"
        );
        assert_eq!(strum_name.parse::<E>().unwrap(), variant);
        assert_eq!(serde_json::from_value::<E>(serde_name).unwrap(), variant);
        count += 1;
    }
    count
}

/// A closed enumeration: every variant.
fn names_agree<E: Named + IntoEnumIterator>() {
    assert!(check_names(E::iter()) > 0);
}

/// An open enumeration: every known value, and an unknown one kept exactly
/// as written both ways.
fn open_names_agree<E: Named>(known: impl Iterator<Item = E>, other: E) {
    assert!(check_names(known) > 10);
    let json = serde_json::to_string(&other).unwrap();
    assert_eq!(serde_json::from_str::<E>(&json).unwrap(), other);
    assert_eq!(other.to_string().parse::<E>().unwrap(), other);
}

#[test]
fn serde_and_strum_names_agree_for_every_enum() {
    names_agree::<StakeholderGroup>();
    names_agree::<UnRegionalGroup>();
    names_agree::<MeetingFormat>();
    names_agree::<SessionFormat>();
    names_agree::<ReportKind>();
    names_agree::<Dimension>();
    names_agree::<Qualifier>();
    names_agree::<Counted>();
    names_agree::<LeadersTrackTheme>();
    names_agree::<DcStatus>();
    names_agree::<NriKind>();
    names_agree::<OutputKind>();
    names_agree::<CommitmentKind>();
    names_agree::<TimeFrame>();
    names_agree::<RoadmapArea>();
    names_agree::<ActivityKind>();
    names_agree::<WsisActionLine>();
    names_agree::<validate::Severity>();
    open_names_agree(SessionType::known(), SessionType::Other("Town Hall".into()));
    open_names_agree(
        Measure::known(),
        Measure::Other("tweets_per_contributor".into()),
    );
}

#[test]
fn rule_codes_are_unique_and_name_their_family() {
    let families = [
        "load",
        "shape",
        "format",
        "consistency",
        "reference",
        "deadline",
        "figure",
        "statement",
        "sources",
    ];
    let mut seen = std::collections::HashSet::new();
    for rule in validate::Rule::ALL.iter().copied() {
        let code = rule.code();
        assert!(seen.insert(code), "two rules share the code {code}");
        let (family, name) = code
            .split_once('.')
            .unwrap_or_else(|| panic!("{code} has no family"));
        assert!(families.contains(&family), "{code}: unknown family");
        assert!(
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
            "{code}: the name is snake_case"
        );
        assert_eq!(code.parse::<validate::Rule>().unwrap(), rule);
        assert_eq!(serde_json::to_value(rule).unwrap(), code);
        // What a file cannot be read for is always an error.
        if family == "load" {
            assert!(rule.severity() == validate::Severity::Error, "{code}");
        }
        assert!(
            rule.checks().ends_with('.'),
            "{code}: the catalogue text is a sentence"
        );
    }
}

#[test]
fn every_list_read_from_data_keeps_unknown_values_as_written() {
    let s: SessionType = serde_json::from_str(r#""fireside_chat""#).unwrap();
    assert_eq!(s, SessionType::Other("fireside_chat".into()));
    assert!(!s.is_known());
    let known: SessionType = serde_json::from_str(r#""lightning_talk""#).unwrap();
    assert_eq!(known, SessionType::LightningTalk);
    // Lists a source fixes are open too: the IGF may print a new value.
    let area: RoadmapArea = serde_json::from_str(r#""space""#).unwrap();
    assert_eq!(area, RoadmapArea::Other("space".into()));
    assert_eq!(serde_json::to_string(&area).unwrap(), r#""space""#);
    let format: SessionFormat = serde_json::from_str(r#""hybrid""#).unwrap();
    assert_eq!(format, SessionFormat::Hybrid);
    let line: WsisActionLine = serde_json::from_str(r#""C12""#).unwrap();
    assert!(!line.is_known());
    assert_eq!(line.to_string(), "C12");
    // The crate's own lists stay closed: a rule code is known or an error.
    assert!("shape.nonsense".parse::<validate::Rule>().is_err());
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync + Clone + std::fmt::Debug + PartialEq>() {}
    check::<Dataset>();
    check::<Meeting>();
    check::<Session>();
    check::<Figure>();
    check::<Commitment>();
    check::<RoadmapMapping>();
    check::<validate::Finding>();
    fn send_sync<T: Send + Sync>() {}
    send_sync::<load::LoadError>();
}

#[test]
fn roadmap_areas_mark_the_later_addition() {
    let originals: Vec<_> = RoadmapArea::iter().filter(|a| a.is_original()).collect();
    assert_eq!(originals.len(), 8);
    assert!(!RoadmapArea::DigitalEnvironmentalSustainability.is_original());
}
