//! Samples shared by the integration tests: one of every entity, with every
//! optional field filled, built through the public API.
#![allow(dead_code)]

use chrono::{NaiveDate, TimeZone, Utc};
use igf_model::*;

pub fn src() -> Source {
    Source::new("igf-2020-report")
        .with_section("2")
        .with_page("12")
        .with_link("https://www.intgovforum.org/multilingual/igf-2020-reports")
}

/// The document `src()` cites.
pub fn document() -> Document {
    let mut d = Document::new(
        "igf-2020-report",
        "15th Annual Meeting Internet Governance Forum - Internet for human resilience and solidarity",
    );
    d.issuer = Some("IGF Secretariat".into());
    d.year = Some(year(2021));
    d.as_of = Some("as of Monday 9 November, 9:00 UTC".into());
    d.version = Some("Version 1".into());
    d.date = Some(date(2021, 3, 1));
    d.link = Some("https://www.intgovforum.org/multilingual/igf-2020-reports".into());
    d.web_page = Some("https://www.intgovforum.org/multilingual/content/igf-2020".into());
    d.note = Some("A sample with every member filled.".into());
    d
}

pub fn year(y: u16) -> Year {
    Year::new(y).unwrap()
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn session() -> Session {
    let mut s = Session::new("Tech for the Planet", SessionType::Workshop, src());
    s.code = Some("WS #72".into());
    s.tracks = vec!["Environment".into()];
    s.phase = Some(2);
    s.time_slot = Some(TimeSlot::new(
        Utc.with_ymd_and_hms(2020, 11, 10, 9, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(2020, 11, 10, 10, 30, 0).unwrap(),
    ));
    s.format = Some(SessionFormat::Webinar);
    s.room = Some("Webinar room 2".into());
    let mut person = Person::new("Jane Doe");
    person.role = Some(PersonRole::Moderator);
    person.organisation = Some("Oceanmind".into());
    person.stakeholder_group = Some(StakeholderGroup::PrivateSector);
    person.participation = Some(Participation::Online);
    s.people.push(person);
    s.held_by = vec![ActivityRef::new(ActivityKind::PolicyNetwork, "PNE")];
    let mut org = Organiser::new("Oceanmind");
    org.stakeholder_group = Some(StakeholderGroup::PrivateSector);
    org.region = Some(UnRegionalGroup::WesternEuropeanAndOthersGroup);
    s.organisers.push(org);
    s.link = Some("https://www.intgovforum.org/multilingual/content/igf-2020-ws-72".into());
    let mut report = SessionReport::new();
    report.kind = Some(ReportKind::Short);
    report.submitted_at = Some(Utc.with_ymd_and_hms(2020, 11, 10, 15, 0, 0).unwrap());
    report
        .key_takeaways
        .push("Technology can help the planet.".into());
    report
        .policy_recommendations
        .push("Measure the footprint.".into());
    report.voluntary_commitments = Some("Speakers pledged to continue.".into());
    report.source = Some(src());
    s.reports.push(report);
    s
}

pub fn figure() -> Figure {
    let mut f = Figure::new(Measure::Registrations, src());
    f.phase = Some(1);
    f.track = Some("Environment".into());
    f.as_of_year = Some(year(2020));
    f.as_of = Some(date(2020, 11, 17));
    f.value = Some(200.into());
    f.as_published = Some("200".into());
    f.counts = None;
    let mut a = Share::new(Dimension::StakeholderGroup, "government");
    a.label = Some("Government".into());
    a.count = Some(50);
    a.percent = Some(25.0);
    let mut b = Share::new(Dimension::StakeholderGroup, "civil_society");
    b.count = Some(150);
    b.percent = Some(75.0);
    let mut c = Share::new(Dimension::Participation, "online");
    c.percent = Some(2.0);
    c.qualifier = Some(Qualifier::Approximately);
    f.breakdown = vec![a, b, c];
    f
}

pub fn meeting() -> Meeting {
    let mut m = Meeting::new(year(2020), src());
    m.edition = Some(15);
    m.theme = Some("Internet for human resilience and solidarity".into());
    m.statements.push(
        Statement::new(
            "theme",
            "Internet for human resilience and solidarity",
            src(),
        )
        .ranked(Rank::Adopted),
    );
    m.hosts = vec![Host::united_nations("UN DESA")];
    m.format = Some(MeetingFormat::Online);
    m.start_date = Some(date(2020, 11, 2));
    m.end_date = Some(date(2020, 11, 17));
    let mut p1 = Phase::new(1, date(2020, 11, 2), date(2020, 11, 6));
    p1.name = Some("Phase 1".into());
    p1.session_types = vec![SessionType::OpenForum, SessionType::PreEvent];
    p1.source = Some(src());
    let mut p2 = Phase::new(2, date(2020, 11, 9), date(2020, 11, 17));
    p2.session_types = vec![SessionType::Workshop];
    m.phases = vec![p1, p2];
    let mut env = Track::new("Environment");
    env.kind = Some(TrackKind::ThematicTrack);
    env.gdc_objectives = vec![GdcObjective::CloseDigitalDivides];
    env.wsis_action_lines = vec![WsisActionLine::C7];
    env.narrative = Some("Environment as a track, for the first time.".into());
    env.policy_questions
        .push("How can the Internet help the planet?".into());
    env.source = Some(src());
    let mut coop = Track::new("digital cooperation");
    coop.informal = true;
    m.tracks = vec![env, coop];
    m.sessions.push(session());
    let mut whole = figure();
    whole.phase = None;
    m.figures.push(whole);
    let mut set = MessageSet::new("Environment", src());
    set.track = Some("Environment".into());
    set.leaders_track_theme = Some(LeadersTrackTheme::Environment);
    set.messages
        .push("Forge a common vision on environmental data.".into());
    m.messages.push(set);
    m.wsis_action_lines = vec![WsisActionLine::C1, WsisActionLine::C11];
    let mut step = Milestone::new("Call for session proposals");
    step.when.start_date = Some(date(2020, 3, 1));
    step.when.end_date = Some(date(2020, 4, 1));
    step.when.as_published = Some("March 2020".into());
    step.source = Some(src());
    m.timeline.push(step);
    let mut donor = Donor::new("A donor");
    donor.source = Some(src());
    m.donors.push(donor);
    let mut event = CoLocatedEvent::new("A co-located event");
    event.organisers.push("An organiser".into());
    event.when.date = Some(date(2020, 11, 1));
    event.when.as_published = Some("1 November".into());
    event.link = Some("https://www.intgovforum.org/multilingual/content/event".into());
    event.source = Some(src());
    m.co_located_events.push(event);
    m
}

pub fn dynamic_coalition() -> DynamicCoalition {
    let mut dc = DynamicCoalition::new("Children's Rights in the Digital Environment", src());
    dc.acronym = Some("DC-Children".into());
    dc.web_page = Some("https://www.intgovforum.org/multilingual/content/dc-children".into());
    dc.status = Some(DcStatus::Active);
    dc.active_in = vec![year(2020)];
    dc.other_names = vec![OtherName::former("Child Online Safety")];
    dc.former_acronyms = vec!["DCCOS".into()];
    dc.other_sources = vec![src()];
    dc.standards = Some(DcStandards::all());
    dc
}

pub fn nri() -> Nri {
    let mut n = Nri::new("Arab IGF", src());
    n.acronym = Some("AIGF".into());
    n.kinds = vec![NriKind::Regional];
    n.founded = Some(year(2012));
    n.other_sources = vec![src()];
    n.country_or_region = Some("Arab region".into());
    n.recognised = Some(true);
    let mut meeting = NriMeeting::new(year(2020));
    meeting.format = Some(MeetingFormat::InPerson);
    meeting.start_date = Some(date(2020, 11, 10));
    meeting.end_date = Some(date(2020, 11, 12));
    meeting.city = Some("Beirut".into());
    meeting.link = Some("https://igfarab.org".into());
    meeting.source = Some(src());
    n.meetings.push(meeting);
    n
}

pub fn bpf() -> BestPracticeForum {
    let mut b = BestPracticeForum::new("Cybersecurity", src());
    b.other_names = vec!["BPF Cybersecurity".into()];
    b.home_page = Some("https://www.intgovforum.org/multilingual/content/bpf-cybersecurity".into());
    let mut cycle = BpfCycle::new(year(2020));
    cycle.topic = Some(
        "Exploring best practices in relation to international cybersecurity agreements".into(),
    );
    cycle.home_page =
        Some("https://www.intgovforum.org/multilingual/content/bpf-cybersecurity-2020".into());
    let mut out = BpfOutput::new(OutputKind::FinalReport, "Exploring Best Practices");
    out.link =
        Some("https://www.intgovforum.org/multilingual/filedepot_download/10387/2397".into());
    out.date = Some(date(2020, 12, 1));
    out.source = Some(src());
    cycle.outputs.push(out);
    cycle.source = Some(src());
    b.cycles.push(cycle);
    b.other_sources = vec![src()];
    b
}

pub fn policy_network() -> PolicyNetwork {
    let mut p = PolicyNetwork::new("Policy Network on Environment", src());
    p.acronym = Some("PNE".into());
    p.topic = Some("environment and climate change".into());
    p.since = Some(year(2021));
    p.other_names = vec!["Policy Network on Environment and Digitalisation".into()];
    p.home_page =
        Some("https://www.intgovforum.org/en/content/policy-network-on-environment".into());
    let mut cycle = Cycle::new(year(2021));
    cycle
        .outputs
        .push(Output::new(OutputKind::Report, "A report"));
    p.cycles.push(cycle);
    p.other_sources = vec![src()];
    p
}

pub fn mag() -> Mag {
    let mut m = Mag::new(year(2020), src());
    m.chair = Some("Anriette Esterhuysen".into());
    m.co_chairs = vec!["A co-chair".into()];
    let mut wg = WorkingGroup::new("Working Group on IGF Strengthening and Strategy")
        .with_acronym("WG-Strategy");
    wg.link = Some("https://www.intgovforum.org/multilingual/content/wg-ss".into());
    wg.source = Some(src());
    m.working_groups.push(wg);
    m
}

pub fn commitment(pledger: Pledger) -> Commitment {
    let mut c = Commitment::new(year(2020), pledger, "pledged to continue working.", src());
    c.session = Some(SessionRef::titled(
        Some("WS #72".into()),
        "Tech for the Planet",
    ));
    c.track = Some("Environment".into());
    c.kind = CommitmentKind::Pledge;
    c.time_frame = Some(TimeFrame::Cycle2021);
    c.roadmap_areas = vec![RoadmapArea::DigitalEnvironmentalSustainability];
    c.gdc_objectives = vec![GdcObjective::CloseDigitalDivides];
    c
}

pub fn pledgers() -> Vec<Pledger> {
    vec![
        Pledger::person("Larry Press"),
        Pledger::organisation("The Web Foundation"),
        Pledger::person_of_organisation("Paola Gemma", "Huawei"),
        Pledger::collective("speakers"),
        Pledger::unattributed(),
    ]
}

pub fn mapping() -> RoadmapMapping {
    let mut r = RoadmapMapping::new(RoadmapArea::GlobalConnectivity, src());
    r.roadmap_link = Some("https://www.un.org/techenvoy/content/global-connectivity".into());
    r.roadmap_activities
        .push("Establish a baseline of digital connectivity".into());
    let mut a = ActivityRef::new(
        ActivityKind::DynamicCoalition,
        "Dynamic Coalition on Child Online Safety",
    );
    a.note = Some("former name".into());
    r.igf_activities.push(a);
    r.igf_activities
        .push(ActivityRef::new(ActivityKind::PolicyNetwork, "PNE"));
    r.igf_activities.push(ActivityRef::new(
        ActivityKind::MagWorkingGroup,
        "WG-Strategy",
    ));
    r.igf_activities.push(ActivityRef::new(
        ActivityKind::BestPracticeForum,
        "BPF Cybersecurity",
    ));
    r.comments
        .push("Outcome of roadmap activities can be discussed at IGF.".into());
    r
}

pub fn gdc_mapping() -> GdcMapping {
    let mut g = GdcMapping::new(GdcObjective::AiGovernance, src());
    g.igf_activities
        .push(ActivityRef::new(ActivityKind::PolicyNetwork, "PNE"));
    g.comments.push("A comment.".into());
    g
}

pub fn leadership_panel() -> LeadershipPanel {
    let mut p = LeadershipPanel::new(src());
    p.appointed = Some(date(2022, 8, 16));
    let mut m = PanelMember::new("Vint Cerf");
    m.role = Some(PanelRole::Chair);
    m.affiliation = Some("Google".into());
    m.from = Some(year(2022));
    m.to = Some(year(2023));
    m.source = Some(src());
    p.members.push(m);
    let mut out = Output::new(OutputKind::Paper, "The Internet We Want");
    out.date = Some(date(2023, 10, 8));
    p.outputs.push(out);
    p.link = Some("https://www.intgovforum.org/en/content/igf-leadership-panel".into());
    p.other_sources = vec![src()];
    p
}

pub fn parliamentary_event() -> ParliamentaryEvent {
    let mut e = ParliamentaryEvent::new(year(2020), "Parliamentary Roundtable", src());
    e.at = Some("IGF 2020".into());
    e.when.date = Some(date(2020, 11, 10));
    e.city = Some("online".into());
    e.format = Some(MeetingFormat::Online);
    e.organisers = vec!["UN DESA".into(), "Inter-Parliamentary Union".into()];
    e.outputs.push(Output::new(
        OutputKind::Messages,
        "Parliamentary roundtable outcome",
    ));
    e.link =
        Some("https://www.intgovforum.org/multilingual/content/parliamentary-roundtable".into());
    e
}

/// A dataset holding one of everything, with no finding.
pub fn dataset() -> Dataset {
    let mut d = Dataset::new();
    d.description = Some("A sample with one of everything.".into());
    d.documents.push(document());
    d.meetings.push(meeting());
    d.dynamic_coalitions.push(dynamic_coalition());
    d.nris.push(nri());
    d.best_practice_forums.push(bpf());
    d.policy_networks.push(policy_network());
    d.mags.push(mag());
    for p in pledgers() {
        d.commitments.push(commitment(p));
    }
    d.roadmap_mappings.push(mapping());
    d.gdc_mappings.push(gdc_mapping());
    d.leadership_panels.push(leadership_panel());
    d.parliamentary_track.push(parliamentary_event());
    d
}

/// What the upgrade to format 0.4 does to other names, done by hand on a
/// file's JSON as written: a coalition's `former_names` become
/// `other_names` marked `former`, and names written as plain strings are
/// written as records.
pub fn other_names_upgraded(old: &mut serde_json::Value) {
    use serde_json::{json, Value};
    if let Some(Value::Array(dcs)) = old.get_mut("dynamic_coalitions") {
        for dc in dcs {
            if let Some(Value::Array(names)) =
                dc.as_object_mut().and_then(|o| o.remove("former_names"))
            {
                let names = names
                    .into_iter()
                    .map(|n| json!({"name": n, "former": true}));
                dc["other_names"] = Value::Array(names.collect());
            }
        }
    }
    for key in ["best_practice_forums", "policy_networks"] {
        if let Some(Value::Array(list)) = old.get_mut(key) {
            for body in list {
                if let Some(Value::Array(names)) = body.get_mut("other_names") {
                    for n in names.iter_mut().filter(|n| n.is_string()) {
                        *n = json!({"name": n.clone()});
                    }
                }
            }
        }
    }
}
