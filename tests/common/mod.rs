//! Samples shared by the integration tests: one of every entity, with every
//! optional field filled, built through the public API.
#![allow(dead_code)]

use chrono::{NaiveDate, TimeZone, Utc};
use igf_model::*;

pub fn src() -> Source {
    Source::new("IGF 2020 final report (seed 001)")
        .with_section("2")
        .with_link("https://www.intgovforum.org/multilingual/igf-2020-reports")
}

pub fn year(y: u16) -> Year {
    Year::new(y).unwrap()
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn session() -> Session {
    let mut s = Session::new("Tech for the Planet", SessionType::Workshop, src());
    s.code = Some("WS #72".parse().unwrap());
    s.track = Some("Environment".into());
    s.phase = Some(2);
    s.time_slot = Some(TimeSlot::new(
        Utc.with_ymd_and_hms(2020, 11, 10, 9, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(2020, 11, 10, 10, 30, 0).unwrap(),
    ));
    s.format = Some(SessionFormat::Webinar);
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
    f.breakdown = vec![a, b];
    f
}

pub fn meeting() -> Meeting {
    let mut m = Meeting::new(year(2020), src());
    m.edition = Some(15);
    m.theme = Some("Internet for human resilience and solidarity".into());
    m.host = Some(Host::united_nations("UN DESA"));
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
    m
}

pub fn dynamic_coalition() -> DynamicCoalition {
    let mut dc = DynamicCoalition::new("Children's Rights in the Digital Environment", src());
    dc.acronym = Some("DC-Children".parse().unwrap());
    dc.web_page = Some("https://www.intgovforum.org/multilingual/content/dc-children".into());
    dc.status = Some(DcStatus::Active);
    dc.active_in = vec![year(2020)];
    dc.former_names = vec!["Child Online Safety".into()];
    dc.standards = Some(DcStandards::all());
    dc
}

pub fn nri() -> Nri {
    let mut n = Nri::new("Arab IGF", src());
    n.kind = Some(NriKind::Regional);
    n.country_or_region = Some("Arab region".into());
    n.recognised = Some(true);
    let mut meeting = NriMeeting::new(year(2020));
    meeting.format = Some(MeetingFormat::InPerson);
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
    b
}

pub fn policy_network() -> PolicyNetwork {
    let mut p = PolicyNetwork::new("Policy Network on Environment", src());
    p.acronym = Some("PNE".into());
    p.topic = Some("environment and climate change".into());
    p.since = Some(year(2021));
    p
}

pub fn mag() -> Mag {
    let mut m = Mag::new(year(2020), src());
    m.chair = Some("Anriette Esterhuysen".into());
    let mut wg = WorkingGroup::new(
        "WG-Strategy".parse().unwrap(),
        "Working Group on IGF Strengthening and Strategy",
    );
    wg.link = Some("https://www.intgovforum.org/multilingual/content/wg-ss".into());
    wg.source = Some(src());
    m.working_groups.push(wg);
    m
}

pub fn commitment(pledger: Pledger) -> Commitment {
    let mut c = Commitment::new(year(2020), pledger, "pledged to continue working.", src());
    c.session = Some(SessionRef::titled(
        Some("WS #72".parse().unwrap()),
        "Tech for the Planet",
    ));
    c.track = Some("Environment".into());
    c.kind = CommitmentKind::Pledge;
    c.time_frame = Some(TimeFrame::Cycle2021);
    c.roadmap_areas = vec![RoadmapArea::DigitalEnvironmentalSustainability];
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

/// A dataset holding one of everything, with no finding.
pub fn dataset() -> Dataset {
    let mut d = Dataset::new();
    d.description = Some("A sample with one of everything.".into());
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
    d
}
