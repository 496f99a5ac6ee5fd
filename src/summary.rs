//! A readable summary of a dataset, for people: what the main example and
//! `igf summary` print.

use std::collections::BTreeMap;
use std::fmt;

use crate::{Dataset, Figure, Meeting};

/// Counts of `keys`, in key order.
fn tally<K: Ord>(keys: impl IntoIterator<Item = K>) -> BTreeMap<K, usize> {
    let mut out = BTreeMap::new();
    for k in keys {
        *out.entry(k).or_insert(0) += 1;
    }
    out
}

fn line_of(counts: &BTreeMap<String, usize>) -> String {
    counts
        .iter()
        .map(|(k, n)| format!("{k} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A host in words: `"Berlin, Germany"`, or `"United Nations (UN DESA)"`.
fn host_words(host: &crate::Host) -> String {
    match host {
        crate::Host::Government {
            country,
            city: Some(city),
            ..
        } => format!("{city}, {country}"),
        crate::Host::UnitedNations { entity, .. } => format!("United Nations ({entity})"),
        other => other.name().to_owned(),
    }
}

/// A document by its title, or by its id when the bibliography lacks it.
fn title_of<'a>(d: &'a Dataset, id: &'a str) -> &'a str {
    d.document(id).map_or(id, |doc| doc.title.as_str())
}

fn figure_line(d: &Dataset, fig: &Figure, meeting_document: &str) -> String {
    let mut scope = String::new();
    if let Some(p) = fig.phase {
        scope.push_str(&format!(" (phase {p})"));
    }
    if let Some(t) = &fig.track {
        scope.push_str(&format!(" (track {t})"));
    }
    if let Some(y) = fig.as_of_year {
        scope.push_str(&format!(" (as of {y})"));
    }
    let qualifier = fig
        .qualifier
        .as_ref()
        .map_or(String::new(), qualifier_words);
    let value = match (&fig.value, &fig.as_published) {
        (Some(v), Some(text)) => format!("{qualifier}{v} (\"{text}\")"),
        (Some(v), None) => format!("{qualifier}{v}"),
        (None, _) => "(no total)".to_owned(),
    };
    let parts = if fig.breakdown.is_empty() {
        String::new()
    } else {
        let shares: Vec<String> = fig
            .breakdown
            .iter()
            .map(|s| {
                let label = s.label.as_deref().unwrap_or(&s.category);
                match (s.count, s.percent) {
                    (Some(n), Some(p)) => format!("{label} {n} ({p}%)"),
                    (Some(n), None) => format!("{label} {n}"),
                    (None, Some(p)) => format!("{label} {p}%"),
                    (None, None) => label.to_owned(),
                }
            })
            .collect();
        format!(": {}", shares.join(", "))
    };
    let mut cite = fig.source.section.clone().unwrap_or_default();
    if fig.source.document != meeting_document {
        if !cite.is_empty() {
            cite.push_str(", ");
        }
        cite.push_str(title_of(d, &fig.source.document));
    }
    format!("{}{scope} = {value}{parts}  [{cite}]", fig.measure)
}

fn meeting(f: &mut fmt::Formatter<'_>, d: &Dataset, m: &Meeting) -> fmt::Result {
    let edition = m
        .edition
        .map(|e| format!(" (edition {e})"))
        .unwrap_or_default();
    writeln!(f, "IGF {}{edition}", m.year)?;
    if let Some(theme) = &m.theme {
        writeln!(f, "  theme: {theme}")?;
    }
    if !m.hosts.is_empty() {
        let hosts: Vec<String> = m.hosts.iter().map(host_words).collect();
        writeln!(f, "  hosts: {}", hosts.join("; "))?;
    }
    if let Some(day_zero) = m.day_zero {
        writeln!(f, "  Day 0: {day_zero}")?;
    }
    if let (Some(s), Some(e)) = (m.start_date, m.end_date) {
        let format = m
            .format
            .as_ref()
            .map(|f| format!(", {f}"))
            .unwrap_or_default();
        writeln!(f, "  dates: {s} to {e}{format}")?;
    }
    for p in &m.phases {
        let types: Vec<String> = p.session_types.iter().map(ToString::to_string).collect();
        writeln!(
            f,
            "  phase {}: {} to {}; session types: {}",
            p.number,
            p.start_date,
            p.end_date,
            types.join(", ")
        )?;
    }
    if !m.tracks.is_empty() {
        let tracks: Vec<String> = m
            .tracks
            .iter()
            .map(|t| {
                if t.informal {
                    format!("{} (informal)", t.name)
                } else {
                    t.name.clone()
                }
            })
            .collect();
        writeln!(f, "  tracks: {}", tracks.join(", "))?;
    }
    if !m.sessions.is_empty() {
        writeln!(f, "  sessions named: {}", m.sessions.len())?;
        let by_type = tally(m.sessions.iter().map(|s| s.session_type.to_string()));
        writeln!(f, "    per type: {}", line_of(&by_type))?;
        let by_phase = tally(m.sessions.iter().map(|s| {
            s.phase
                .map_or("no phase".to_owned(), |p| format!("phase {p}"))
        }));
        writeln!(f, "    per phase: {}", line_of(&by_phase))?;
        let by_track = tally(m.sessions.iter().flat_map(|s| {
            if s.tracks.is_empty() {
                vec!["no track".to_owned()]
            } else {
                s.tracks.clone()
            }
        }));
        writeln!(f, "    per track: {}", line_of(&by_track))?;
    }
    let commitments: Vec<_> = d
        .commitments
        .iter()
        .filter(|c| c.meeting == m.year)
        .collect();
    if !commitments.is_empty() {
        writeln!(f, "  voluntary commitments: {}", commitments.len())?;
        let by_track = tally(
            commitments
                .iter()
                .map(|c| c.track.clone().unwrap_or_else(|| "no track".into())),
        );
        writeln!(f, "    per track: {}", line_of(&by_track))?;
        let by_area = tally(commitments.iter().flat_map(|c| {
            if c.roadmap_areas.is_empty() {
                vec!["not stated".to_owned()]
            } else {
                c.roadmap_areas.iter().map(ToString::to_string).collect()
            }
        }));
        writeln!(f, "    per Roadmap area: {}", line_of(&by_area))?;
        let by_kind = tally(commitments.iter().map(|c| {
            match &c.pledger {
                crate::Pledger::Person { .. } => "person",
                crate::Pledger::Organisation { .. } => "organisation",
                crate::Pledger::PersonOfOrganisation { .. } => "person of organisation",
                crate::Pledger::Collective { .. } => "collective",
                crate::Pledger::Unattributed { .. } => "unattributed",
            }
            .to_owned()
        }));
        writeln!(f, "    per pledger: {}", line_of(&by_kind))?;
    }
    for set in &m.messages {
        writeln!(f, "  messages \"{}\": {}", set.heading, set.messages.len())?;
    }
    if !m.wsis_action_lines.is_empty() {
        let lines: Vec<String> = m
            .wsis_action_lines
            .iter()
            .map(ToString::to_string)
            .collect();
        writeln!(f, "  WSIS action lines: {}", lines.join(", "))?;
    }
    if !m.figures.is_empty() {
        writeln!(
            f,
            "  figures ({}), cited by section of \"{}\" unless another document is named:",
            m.figures.len(),
            title_of(d, &m.source.document)
        )?;
        for figure in &m.figures {
            writeln!(f, "    {}", figure_line(d, figure, &m.source.document))?;
        }
    }
    Ok(())
}

/// The summary of a dataset, as text: each meeting (theme, host, dates,
/// phases, tracks, sessions per type, phase and track, commitments per track
/// and Roadmap area, messages, figures), then the Dynamic Coalitions, BPFs,
/// policy networks, MAGs, NRIs and Roadmap mapping. Print it, or call
/// `to_string()`.
///
/// ```
/// use igf_model::summary::Summary;
///
/// let text = Summary(igf_model::reference::igf2020()).to_string();
/// assert!(text.starts_with("IGF 2020"));
/// assert!(text.contains("voluntary commitments: 29"));
///
/// // Several meetings: a line per year first.
/// let all = igf_model::reference::all();
/// let history = Summary(all).to_string();
/// assert!(history.contains("The IGF across its years (20 meetings)"));
/// assert!(history.contains(&format!("Dynamic Coalitions: {}", all.dynamic_coalitions.len())));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Summary<'a>(pub &'a Dataset);

impl fmt::Display for Summary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.0;
        if let Some(description) = &d.description {
            writeln!(f, "{description}\n")?;
        }
        if d.meetings.len() > 1 {
            across_years(f, d)?;
        }
        for m in &d.meetings {
            meeting(f, d, m)?;
        }
        if !d.dynamic_coalitions.is_empty() {
            writeln!(f, "Dynamic Coalitions: {}", d.dynamic_coalitions.len())?;
            for dc in &d.dynamic_coalitions {
                let acronym = dc
                    .acronym
                    .as_ref()
                    .map(|a| format!(" ({a})"))
                    .unwrap_or_default();
                let former: Vec<&str> = dc
                    .other_names
                    .iter()
                    .filter(|n| n.former)
                    .map(|n| n.name.as_str())
                    .collect();
                let former = if former.is_empty() {
                    String::new()
                } else {
                    format!("; formerly {}", former.join(", "))
                };
                writeln!(f, "  {}{acronym}{former}", dc.name)?;
            }
        }
        if !d.best_practice_forums.is_empty() {
            writeln!(f, "Best Practice Forums: {}", d.best_practice_forums.len())?;
            for b in &d.best_practice_forums {
                let years: Vec<String> = b.cycles.iter().map(|c| c.year.to_string()).collect();
                let outputs: usize = b.cycles.iter().map(|c| c.outputs.len()).sum();
                writeln!(
                    f,
                    "  {} (cycles {}; {} outputs)",
                    b.name,
                    years.join(", "),
                    outputs
                )?;
            }
        }
        if !d.policy_networks.is_empty() {
            writeln!(f, "Policy networks: {}", d.policy_networks.len())?;
            for p in &d.policy_networks {
                let years: Vec<String> = p.cycles.iter().map(|c| c.year.to_string()).collect();
                let outputs: usize = p.cycles.iter().map(|c| c.outputs.len()).sum();
                let acronym = p
                    .acronym
                    .as_deref()
                    .map(|a| format!(" ({a})"))
                    .unwrap_or_default();
                if years.is_empty() {
                    let since = p.since.map(|y| format!(" (since {y})")).unwrap_or_default();
                    writeln!(f, "  {}{acronym}{since}", p.name)?;
                } else {
                    writeln!(
                        f,
                        "  {}{acronym} (cycles {}; {outputs} outputs)",
                        p.name,
                        years.join(", ")
                    )?;
                }
            }
        }
        for panel in &d.leadership_panels {
            let appointed = panel
                .appointed
                .map(|a| format!(", appointed {a}"))
                .unwrap_or_default();
            writeln!(
                f,
                "Leadership Panel{appointed}: {} members, {} outputs",
                panel.members.len(),
                panel.outputs.len()
            )?;
            for m in &panel.members {
                let role = m
                    .role
                    .as_ref()
                    .map(|r| format!(" ({r})"))
                    .unwrap_or_default();
                writeln!(f, "  {}{role}", m.name)?;
            }
        }
        if !d.parliamentary_track.is_empty() {
            writeln!(
                f,
                "Parliamentary Track events: {}",
                d.parliamentary_track.len()
            )?;
            for e in &d.parliamentary_track {
                let at =
                    e.at.as_deref()
                        .map(|a| format!(" at {a}"))
                        .unwrap_or_default();
                writeln!(
                    f,
                    "  {} {}{at} ({} outputs)",
                    e.year,
                    e.title,
                    e.outputs.len()
                )?;
            }
        }
        for mag in &d.mags {
            let groups: Vec<&str> = mag
                .working_groups
                .iter()
                .map(|w| w.acronym.as_ref().map_or(w.name.as_str(), |a| a.as_str()))
                .collect();
            let chair = mag
                .chair
                .as_deref()
                .map(|c| format!(", chair {c}"))
                .unwrap_or_default();
            writeln!(
                f,
                "MAG {}{chair}: working groups {}",
                mag.year,
                groups.join(", ")
            )?;
        }
        if !d.nris.is_empty() {
            writeln!(f, "NRIs named: {}", d.nris.len())?;
            let by_kind = tally(d.nris.iter().map(|n| {
                if n.kinds.is_empty() {
                    "kind not stated".to_owned()
                } else {
                    n.kinds
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(" and ")
                }
            }));
            writeln!(f, "  per kind: {}", line_of(&by_kind))?;
            let names: Vec<&str> = d.nris.iter().map(|n| n.name.as_str()).collect();
            writeln!(f, "  {}", names.join(", "))?;
        }
        if !d.roadmap_mappings.is_empty() {
            writeln!(
                f,
                "Roadmap for Digital Cooperation mapping: {} areas",
                d.roadmap_mappings.len()
            )?;
            for row in &d.roadmap_mappings {
                let later = if row.area.is_original() {
                    ""
                } else {
                    " (later addition)"
                };
                writeln!(
                    f,
                    "  {}{later}: {} IGF activities",
                    row.area,
                    row.igf_activities.len()
                )?;
            }
        }
        Ok(())
    }
}

/// The first exact figure of `measure` for the whole meeting, as printed.
fn whole_meeting_figure(m: &Meeting, measure: &crate::Measure) -> Option<String> {
    m.figures
        .iter()
        .find(|f| &f.measure == measure && f.phase.is_none() && f.track.is_none() && !f.expected)
        .and_then(|f| {
            let value = f.value.as_ref()?;
            Some(match &f.qualifier {
                Some(q) => format!("{}{value}", qualifier_words(q)),
                None => value.to_string(),
            })
        })
}

/// One line per meeting: hosts, format, registrations, sessions, tracks,
/// and the intersessional bodies the dataset lists as active that year.
fn across_years(f: &mut fmt::Formatter<'_>, d: &Dataset) -> fmt::Result {
    writeln!(
        f,
        "The IGF across its years ({} meetings)",
        d.meetings.len()
    )?;
    writeln!(
        f,
        "  year | hosts | format | registrations | sessions | tracks | DCs, BPFs, policy networks active"
    )?;
    for m in &d.meetings {
        let hosts: Vec<String> = m.hosts.iter().map(host_words).collect();
        let format = m
            .format
            .as_ref()
            .map_or("-".to_owned(), ToString::to_string);
        let registrations =
            whole_meeting_figure(m, &crate::Measure::Registrations).unwrap_or_else(|| "-".into());
        let sessions = whole_meeting_figure(m, &crate::Measure::Sessions).unwrap_or_else(|| {
            if m.sessions.is_empty() {
                "-".into()
            } else {
                format!("{} named", m.sessions.len())
            }
        });
        let dcs = d
            .dynamic_coalitions
            .iter()
            .filter(|dc| dc.active_in.contains(&m.year))
            .count();
        let bpfs = d
            .best_practice_forums
            .iter()
            .filter(|b| crate::Body::active_in(*b, m.year))
            .count();
        let pns = d
            .policy_networks
            .iter()
            .filter(|p| p.active_in(m.year))
            .count();
        writeln!(
            f,
            "  {} | {} | {format} | {registrations} | {sessions} | {} | {dcs}, {bpfs}, {pns}",
            m.year,
            if hosts.is_empty() {
                "-".to_owned()
            } else {
                hosts.join("; ")
            },
            m.tracks.len()
        )?;
    }
    writeln!(f)
}

/// The IGF across its years, as text: a line per meeting of the dataset
/// with its hosts, format, registrations, sessions, tracks, and the Dynamic
/// Coalitions, BPFs and policy networks active that year. The [`Summary`]
/// of a dataset with several meetings opens with it.
///
/// ```
/// use igf_model::summary::Years;
///
/// let table = Years(igf_model::reference::all()).to_string();
/// assert!(table.contains("2025 | Lillestrøm, Norway; United Nations (UN DESA) | hybrid | 8833"));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Years<'a>(pub &'a Dataset);

impl fmt::Display for Years<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        across_years(f, self.0)
    }
}

/// The words a qualifier puts before a published value ("about 2%").
fn qualifier_words(q: &crate::Qualifier) -> String {
    match q {
        crate::Qualifier::AtLeast => "at least ".into(),
        crate::Qualifier::MoreThan => "more than ".into(),
        crate::Qualifier::LessThan => "less than ".into(),
        crate::Qualifier::Approximately => "about ".into(),
        other => format!("{other} "),
    }
}
