//! A generated dataset for the benchmark: `records` records, three quarters
//! sessions and a quarter commitments, over twenty annual meetings, with
//! every kind of record the validator walks (phases, tracks, figures with
//! breakdowns, messages, organisers, reports, Dynamic Coalitions, NRIs,
//! BPFs with cycles and outputs, policy networks, MAGs with working groups,
//! Roadmap and Global Digital Compact mappings, the Leadership Panel, the
//! Parliamentary Track, the bibliography), and no finding. `tests/benchmark_data.rs` checks both.

use igf_model::chrono::{NaiveDate, TimeZone, Utc};
use igf_model::*;

const TRACKS: [&str; 4] = ["Data", "Environment", "Inclusion", "Trust"];

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A dataset of about `records` sessions and commitments.
pub fn generate(records: usize) -> Dataset {
    let source = Source::new("igf-model-benchmark")
        .with_section("1")
        .with_link("https://www.intgovforum.org/en");
    let sessions = records * 3 / 4;
    let commitments = records - sessions;
    let per_meeting = sessions.div_ceil(20).max(1);
    let mut d = Dataset::new();
    d.description = Some(format!("{records} generated records"));
    let mut document = Document::new(
        "igf-model-benchmark",
        "Generated for the igf-model benchmark",
    );
    document.issuer = Some("igf-model".into());
    document.web_page = Some("https://www.intgovforum.org/en".into());
    d.documents.push(document);
    for m in 0..20u16 {
        let year = Year::new(2006 + m).unwrap();
        let y = i32::from(year.get());
        let mut meeting = Meeting::new(year, source.clone());
        meeting.edition = Some(year.get() - 2005);
        meeting.theme = Some(format!("Theme of {year}"));
        meeting.hosts = vec![
            Host::government("Country", Some("City".into())),
            Host::united_nations("UN DESA"),
        ];
        meeting.day_zero = Some(date(y, 11, 1));
        meeting.format = Some(MeetingFormat::Hybrid);
        meeting.start_date = Some(date(y, 11, 2));
        meeting.end_date = Some(date(y, 11, 17));
        for (n, (from, to)) in [(2, 6), (9, 17)].into_iter().enumerate() {
            let mut phase = Phase::new(n as u8 + 1, date(y, 11, from), date(y, 11, to));
            phase.name = Some(format!("Phase {}", n + 1));
            meeting.phases.push(phase);
        }
        for t in TRACKS {
            let mut track = Track::new(t);
            track.kind = Some(TrackKind::Theme);
            track.narrative = Some(format!("The {t} track."));
            track.policy_questions.push(format!("What of {t}?"));
            meeting.tracks.push(track);
        }
        let count = per_meeting.min(sessions.saturating_sub(usize::from(m) * per_meeting));
        for i in 0..count {
            meeting.sessions.push(session(&source, year, i));
        }
        let mut whole = Figure::new(Measure::Sessions, source.clone());
        whole.value = Some((count as u64).into());
        let mut by_type = Share::new(Dimension::SessionType, "workshop");
        by_type.count = Some(count as i64);
        by_type.percent = Some(100.0);
        whole.breakdown.push(by_type);
        let mut again = whole.clone();
        again.source = source.clone().with_section("2");
        let mut part = Figure::new(Measure::Sessions, source.clone());
        part.phase = Some(2);
        part.value = Some((count as u64).into());
        meeting.figures.extend([whole, again, part]);
        let mut messages = MessageSet::new("Data", source.clone());
        messages.track = Some("Data".into());
        messages.messages.push("A message of the track.".into());
        meeting.messages.push(messages);
        d.meetings.push(meeting);
    }
    for i in 0..commitments {
        let m = i % 20;
        let year = Year::new(2006 + m as u16).unwrap();
        let mut c = Commitment::new(
            year,
            Pledger::person_of_organisation(format!("Person {i}"), "An organisation"),
            "pledged to continue the work through to the next IGF.",
            source.clone(),
        );
        let held = d.meetings[m].sessions.len();
        if held > 0 {
            let s = &d.meetings[m].sessions[(i / 20) % held];
            c.session = s.code.clone().map(SessionRef::code);
            c.track = s.tracks.first().cloned();
        }
        c.roadmap_areas.push(RoadmapArea::DigitalInclusion);
        d.commitments.push(c);
    }
    for i in 0..10 {
        let mut dc = DynamicCoalition::new(format!("Coalition number {i}"), source.clone());
        dc.acronym = Some(format!("DC-Number{i}").into());
        dc.active_in.push(Year::new(2020).unwrap());
        dc.other_names.push(igf_model::OtherName::former(format!(
            "Former coalition {i}"
        )));
        dc.standards = Some(DcStandards::all());
        d.dynamic_coalitions.push(dc);
    }
    for i in 0..10 {
        let mut nri = Nri::new(format!("Initiative {i} IGF"), source.clone());
        nri.kinds = vec![NriKind::National];
        let mut meeting = NriMeeting::new(Year::new(2020).unwrap());
        meeting.format = Some(MeetingFormat::Online);
        nri.meetings.push(meeting);
        d.nris.push(nri);
    }
    for i in 0..4 {
        let mut bpf = BestPracticeForum::new(format!("Forum topic {i}"), source.clone());
        let mut cycle = BpfCycle::new(Year::new(2020).unwrap());
        let mut output = BpfOutput::new(OutputKind::FinalReport, format!("Report {i}"));
        output.date = Some(date(2020, 12, 1));
        cycle.outputs.push(output);
        bpf.cycles.push(cycle);
        d.best_practice_forums.push(bpf);
    }
    for (name, acronym) in [
        ("Policy Network on Access", "PNA"),
        ("Policy Network on Fragments", "PNF"),
    ] {
        let mut pn = PolicyNetwork::new(name, source.clone());
        pn.acronym = Some(acronym.into());
        let mut cycle = Cycle::new(Year::new(2022).unwrap());
        cycle.outputs.push(Output::new(
            OutputKind::Report,
            format!("Report of {acronym}"),
        ));
        pn.cycles.push(cycle);
        d.policy_networks.push(pn);
    }
    let mut panel = LeadershipPanel::new(source.clone());
    panel.appointed = Some(date(2022, 8, 16));
    for i in 0..10 {
        let mut member = PanelMember::new(format!("Member {i}"));
        member.role = Some(if i == 0 {
            PanelRole::Chair
        } else {
            PanelRole::Member
        });
        member.from = Some(Year::new(2022).unwrap());
        panel.members.push(member);
    }
    panel
        .outputs
        .push(Output::new(OutputKind::Paper, "The Internet We Want"));
    d.leadership_panels.push(panel);
    for m in 0..5u16 {
        let year = Year::new(2021 + m).unwrap();
        let mut event = ParliamentaryEvent::new(year, "Parliamentary Track", source.clone());
        event.organisers = vec!["UN DESA".into(), "Inter-Parliamentary Union".into()];
        event.outputs.push(Output::new(
            OutputKind::Messages,
            format!("Messages of {year}"),
        ));
        d.parliamentary_track.push(event);
    }
    for m in 0..20u16 {
        let mut mag = Mag::new(Year::new(2006 + m).unwrap(), source.clone());
        mag.chair = Some("A Chair".into());
        mag.co_chairs.push("A co-chair".into());
        mag.working_groups.push(
            WorkingGroup::new(format!("Working group {m}")).with_acronym(format!("WG-Group{m}")),
        );
        d.mags.push(mag);
    }
    for area in [
        RoadmapArea::GlobalConnectivity,
        RoadmapArea::DigitalInclusion,
    ] {
        let mut row = RoadmapMapping::new(area, source.clone());
        row.igf_activities.push(ActivityRef::new(
            ActivityKind::DynamicCoalition,
            "Former coalition 3",
        ));
        row.igf_activities.push(ActivityRef::new(
            ActivityKind::BestPracticeForum,
            "Forum topic 1",
        ));
        row.igf_activities
            .push(ActivityRef::new(ActivityKind::PolicyNetwork, "PNA"));
        row.igf_activities
            .push(ActivityRef::new(ActivityKind::MagWorkingGroup, "WG-Group4"));
        row.comments.push("Synergies.".into());
        d.roadmap_mappings.push(row);
    }
    let mut row = GdcMapping::new(GdcObjective::AiGovernance, source.clone());
    row.igf_activities.push(ActivityRef::new(
        ActivityKind::LeadershipPanel,
        "IGF Leadership Panel",
    ));
    row.igf_activities
        .push(ActivityRef::new(ActivityKind::Nri, "Initiative 3 IGF"));
    d.gdc_mappings.push(row);
    d
}

fn session(source: &Source, year: Year, i: usize) -> Session {
    let y = i32::from(year.get());
    let mut s = Session::new(
        format!("Session {i} of {year} on the future of the Internet"),
        SessionType::Workshop,
        source.clone(),
    );
    s.code = Some(format!("WS #{}", i + 1).into());
    s.tracks = vec![TRACKS[i % 4].into()];
    s.phase = Some(2);
    let start = Utc
        .with_ymd_and_hms(y, 11, 9 + (i % 9) as u32, 9 + (i % 8) as u32, 0, 0)
        .unwrap();
    s.time_slot = Some(TimeSlot::new(
        start,
        start + igf_model::chrono::Duration::minutes(90),
    ));
    s.format = Some(SessionFormat::Hybrid);
    s.room = Some(format!("Room {}", i % 12));
    let mut moderator = Person::new(format!("Moderator {}", i % 89));
    moderator.role = Some(PersonRole::Moderator);
    moderator.participation = Some(Participation::Onsite);
    s.people.push(moderator);
    if i % 10 == 0 {
        s.held_by = vec![ActivityRef::new(
            ActivityKind::DynamicCoalition,
            format!("Coalition number {}", i % 7),
        )];
    }
    let mut organiser = Organiser::new(format!("Organiser {}", i % 97));
    organiser.stakeholder_group = Some(StakeholderGroup::CivilSociety);
    s.organisers.push(organiser);
    s.link = Some(
        format!(
            "https://www.intgovforum.org/en/content/igf-{year}-ws-{}",
            i + 1
        )
        .into(),
    );
    let mut report = SessionReport::new();
    report.kind = Some(ReportKind::Short);
    report.submitted_at = Some(start + igf_model::chrono::Duration::hours(3));
    report
        .key_takeaways
        .push("A key takeaway of the session.".into());
    s.reports.push(report);
    s
}
