//! People and bodies as the IGF's pages print them: a speaker's UN
//! regional group, an organiser's organisation, roles as printed, MAG
//! officers beyond its chair and co-chairs, a working group that is only
//! proposed, several bodies holding one session, a coalition's launch
//! year and an NRI's convener. Each loads, validates and writes back as
//! read.

use igf_model::validate::Rule;
use igf_model::*;
use serde_json::{json, Value};

fn load(v: &Value) -> Dataset {
    load::from_str(&v.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn findings(d: &Dataset) -> Vec<(Rule, String)> {
    d.validate().into_iter().map(|f| (f.rule, f.path)).collect()
}

/// Writing the dataset back gives the same JSON as read.
fn round_trips(v: &Value) {
    let d = load(v);
    assert_eq!(&serde_json::to_value(&d).unwrap(), v);
}

fn with_session(session: Value) -> Value {
    json!({
        "format_version": "0.4",
        "documents": [{"id": "p", "title": "A session page"}],
        "meetings": [{"year": 2018, "source": {"document": "p"}, "sessions": [session]}],
        "dynamic_coalitions": (1..=12).map(|i| json!({"name": format!("Coalition {i}"), "source": {"document": "p"}})).collect::<Vec<_>>()
    })
}

#[test]
fn a_speakers_regional_group_has_a_home_and_keeps_its_printed_words() {
    let v = with_session(json!({
        "title": "Safe digital futures", "session_type": "workshop", "source": {"document": "p"},
        "people": [{
            "name": "Marija Manojlovic", "role": "moderator",
            "regional_group": "intergovernmental_organization",
            "statements": [{
                "member": "regional_group", "value": "intergovernmental_organization",
                "as_printed": "Intergovernmental Organization", "source": {"document": "p"}, "rank": "adopted"
            }]
        }, {"name": "A. Speaker", "regional_group": "WEOG"}]
    }));
    let d = load(&v);
    let people = &d.meetings[0].sessions[0].people;
    assert_eq!(
        people[0].regional_group,
        Some(UnRegionalGroup::IntergovernmentalOrganization)
    );
    // An unknown group is kept as written and reported, not refused.
    assert_eq!(
        people[1].regional_group,
        Some(UnRegionalGroup::Other("WEOG".into()))
    );
    assert_eq!(
        findings(&d),
        vec![(
            Rule::UnknownValue,
            "/meetings/0/sessions/0/people/1/regional_group".into()
        )]
    );
    round_trips(&v);
    // A statement that reads another group disagrees, naming both.
    let mut wrong = v.clone();
    wrong["meetings"][0]["sessions"][0]["people"][0]["statements"][0]["value"] =
        json!("african_group");
    let f = findings(&load(&wrong));
    assert!(f.contains(&(
        Rule::SourcesDisagree,
        "/meetings/0/sessions/0/people/0/statements/0/value".into()
    )));
}

#[test]
fn roles_as_printed_survive_exactly() {
    let v = with_session(json!({
        "title": "Opening", "session_type": "main", "source": {"document": "p"},
        "people": [
            {"name": "Host", "role": "host_country_chair"},
            {"name": "Floor", "role": "Floor and Readout Moderator"},
            {"name": "Chair", "role": "Host Country Chair"}
        ]
    }));
    let d = load(&v);
    let people = &d.meetings[0].sessions[0].people;
    assert_eq!(people[0].role, Some(PersonRole::HostCountryChair));
    assert_eq!(
        people[1].role,
        Some(PersonRole::Other("Floor and Readout Moderator".into()))
    );
    // Printed words are not the wire name: kept as written, reported.
    assert_eq!(
        people[2].role,
        Some(PersonRole::Other("Host Country Chair".into()))
    );
    assert_eq!(
        findings(&d),
        vec![
            (
                Rule::UnknownValue,
                "/meetings/0/sessions/0/people/1/role".into()
            ),
            (
                Rule::UnknownValue,
                "/meetings/0/sessions/0/people/2/role".into()
            ),
        ]
    );
    round_trips(&v);
}

#[test]
fn an_organisers_organisation_and_region_are_kept_and_checked() {
    let v = with_session(json!({
        "title": "T", "session_type": "workshop", "source": {"document": "p"},
        "organisers": [
            {"name": "Jane Doe", "organisation": "Internet Society", "region": "african_group"},
            {"name": "John Roe", "organisation": " "}
        ]
    }));
    let d = load(&v);
    let orgs = &d.meetings[0].sessions[0].organisers;
    assert_eq!(orgs[0].organisation.as_deref(), Some("Internet Society"));
    assert_eq!(
        findings(&d),
        vec![(
            Rule::BlankText,
            "/meetings/0/sessions/0/organisers/1/organisation".into()
        )]
    );
    let mut ok = v.clone();
    ok["meetings"][0]["sessions"][0]["organisers"][1]
        .as_object_mut()
        .unwrap()
        .remove("organisation");
    round_trips(&ok);
}

#[test]
fn several_bodies_hold_one_session_and_each_finds_it() {
    let held: Vec<Value> = (1..=12)
        .map(|i| json!({"kind": "dynamic_coalition", "name": format!("Coalition {i}")}))
        .collect();
    let v = with_session(json!({
        "title": "Dynamic Coalitions main session", "session_type": "main",
        "source": {"document": "p"}, "held_by": held
    }));
    let d = load(&v);
    assert_eq!(d.meetings[0].sessions[0].held_by.len(), 12);
    assert!(findings(&d).is_empty(), "{:?}", findings(&d));
    round_trips(&v);
    let index = Index::build(&d);
    for i in 1..=12 {
        let found = index
            .sessions_held_by(&ActivityKind::DynamicCoalition, &format!("Coalition {i}"))
            .unwrap();
        assert_eq!(found.len(), 1, "Coalition {i}");
        assert_eq!(found[0].pointer, "/meetings/0/sessions/0");
    }
    // An unresolved body is reported at its place in the list.
    let mut bad = v.clone();
    bad["meetings"][0]["sessions"][0]["held_by"][7]["name"] = json!("No such coalition");
    assert_eq!(
        findings(&load(&bad)),
        vec![(
            Rule::UnresolvedActivity,
            "/meetings/0/sessions/0/held_by/7/name".into()
        )]
    );
}

#[test]
fn a_format_0_3_file_with_one_body_holding_a_session_loads_with_the_same_meaning() {
    let mut v = with_session(json!({
        "title": "DC session", "session_type": "dc_session", "source": {"document": "p"},
        "held_by": {"kind": "dynamic_coalition", "name": "Coalition 3"}
    }));
    v["format_version"] = json!("0.3");
    let d = load(&v);
    assert_eq!(d.format_version, FormatVersion::CURRENT);
    assert_eq!(
        d.meetings[0].sessions[0].held_by,
        vec![ActivityRef::new(
            ActivityKind::DynamicCoalition,
            "Coalition 3"
        )]
    );
    let written = serde_json::to_value(&d).unwrap();
    assert_eq!(
        written["meetings"][0]["sessions"][0]["held_by"],
        json!([{"kind": "dynamic_coalition", "name": "Coalition 3"}])
    );
    // A wrongly typed held_by is a load error at its place.
    let mut bad = v.clone();
    bad["meetings"][0]["sessions"][0]["held_by"] = json!("Coalition 3");
    let err = load::from_str(&bad.to_string()).unwrap_err().to_string();
    assert!(err.contains("/meetings/0/sessions/0/held_by"), "{err}");
}

#[test]
fn mag_officers_and_a_proposed_working_group() {
    let v = json!({
        "format_version": "0.4",
        "documents": [{"id": "p", "title": "MAG page"}],
        "mags": [{
            "year": 2019, "chair": "Lynn St. Amour",
            "officers": [{"name": "A. Advisor", "role": "Special Advisor to the Chair", "organisation": "Org"}],
            "working_groups": [
                {"name": "Working Group on Language", "status": "proposed"},
                {"name": "Working Group on Workshop Process", "status": "dormant"}
            ],
            "source": {"document": "p"}
        }]
    });
    let d = load(&v);
    assert_eq!(d.mags[0].officers[0].role, "Special Advisor to the Chair");
    assert_eq!(d.mags[0].working_groups[0].status, Some(WgStatus::Proposed));
    assert_eq!(
        findings(&d),
        vec![(Rule::UnknownValue, "/mags/0/working_groups/1/status".into())]
    );
    round_trips(&v);
    let mut blank = v.clone();
    blank["mags"][0]["officers"][0]["role"] = json!("");
    assert_eq!(
        findings(&load(&blank))[0],
        (Rule::BlankText, "/mags/0/officers/0/role".into())
    );
    // An officer's role is required.
    let mut missing = v.clone();
    missing["mags"][0]["officers"][0]
        .as_object_mut()
        .unwrap()
        .remove("role");
    let err = load::from_str(&missing.to_string())
        .unwrap_err()
        .to_string();
    assert!(err.contains("/mags/0/officers/0"), "{err}");
}

#[test]
fn a_coalitions_launch_year_and_an_nris_convener() {
    let v = json!({
        "format_version": "0.4",
        "documents": [{"id": "p", "title": "A page"}],
        "dynamic_coalitions": [{"name": "Core Internet Values", "launched": 2005, "source": {"document": "p"}}],
        "nris": [{"name": "Caribbean IGF", "convener": "Caribbean Telecommunications Union", "source": {"document": "p"}}]
    });
    let d = load(&v);
    assert_eq!(
        d.dynamic_coalitions[0].launched,
        Some(Year::new(2005).unwrap())
    );
    assert_eq!(
        d.nris[0].convener.as_deref(),
        Some("Caribbean Telecommunications Union")
    );
    assert!(findings(&d).is_empty());
    round_trips(&v);
    let mut early = v.clone();
    early["dynamic_coalitions"][0]["launched"] = json!(1989);
    early["nris"][0]["convener"] = json!("  ");
    assert_eq!(
        findings(&load(&early)),
        vec![
            (
                Rule::YearOutOfRange,
                "/dynamic_coalitions/0/launched".into()
            ),
            (Rule::BlankText, "/nris/0/convener".into()),
        ]
    );
}

#[test]
fn an_nri_meetings_venue_theme_edition_and_attendance() {
    let v = json!({
        "format_version": "0.4",
        "documents": [{"id": "p", "title": "A page"}],
        "nris": [{"name": "West Africa IGF", "source": {"document": "p"}, "meetings": [{
            "year": 2025, "city": "Abuja", "venue": "Transcorp Hilton Abuja",
            "theme": "Digital futures", "edition": "17th",
            "attendance": "around 700 online and 600 in-person participants",
            "participants": 1300
        }]}]
    });
    let d = load(&v);
    let m = &d.nris[0].meetings[0];
    assert_eq!(m.venue.as_deref(), Some("Transcorp Hilton Abuja"));
    assert_eq!(m.theme.as_deref(), Some("Digital futures"));
    assert_eq!(m.edition.as_deref(), Some("17th"));
    assert_eq!(m.participants, Some(1300));
    assert!(findings(&d).is_empty());
    round_trips(&v);
    let mut blank = v.clone();
    blank["nris"][0]["meetings"][0]["edition"] = json!(" ");
    blank["nris"][0]["meetings"][0]["venue"] = json!("");
    assert_eq!(
        findings(&load(&blank)),
        vec![
            (Rule::BlankText, "/nris/0/meetings/0/venue".into()),
            (Rule::BlankText, "/nris/0/meetings/0/edition".into()),
        ]
    );
    // A count is a whole number: a fraction is a load error at its place.
    let mut fraction = v.clone();
    fraction["nris"][0]["meetings"][0]["participants"] = json!(12.5);
    let err = load::from_str(&fraction.to_string())
        .unwrap_err()
        .to_string();
    assert!(err.contains("/nris/0/meetings/0/participants"), "{err}");
}
