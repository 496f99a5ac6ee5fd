//! The references within one annual meeting: its sessions', figures' and
//! messages' tracks and phases, sessions held within their phase and of a
//! type it admits, and session codes used once. The meeting's tracks and
//! phases are indexed once.

use std::collections::{HashMap, HashSet};

use super::{check_figure_set, Checker, Rule};
use crate::{Meeting, Phase, Session, SessionKey, Year};

/// A meeting's tracks and phases, indexed once for the references to them.
struct Refs<'a> {
    year: Year,
    tracks: HashSet<&'a str>,
    track_list: Vec<&'a str>,
    phases: HashMap<u8, &'a Phase>,
}

/// Reports a track at member `track` that is not one of `year`'s tracks
/// (`known`, in order): the one message of `reference.unknown_track`.
pub(crate) fn unknown_track(c: &mut Checker, year: Year, known: &[&str], track: &str) {
    c.report_at(
        "track",
        Rule::UnknownTrack,
        format!(
            "track {track:?} is not a track of the {year} meeting (its tracks: {})",
            known.join(", ")
        ),
    );
}

impl Refs<'_> {
    fn track(&self, c: &mut Checker, track: Option<&str>) {
        if let Some(track) = track {
            if !self.tracks.contains(track) {
                unknown_track(c, self.year, &self.track_list, track);
            }
        }
    }

    fn phase(&self, c: &mut Checker, phase: Option<u8>) -> Option<&Phase> {
        let number = phase?;
        let found = self.phases.get(&number).copied();
        if found.is_none() {
            c.report_at(
                "phase",
                Rule::UnknownPhase,
                format!(
                    "phase {number} is not a phase of the {} meeting, which has {} phase(s)",
                    self.year,
                    self.phases.len()
                ),
            );
        }
        found
    }
}

/// Every reference within `m`, at the checker's position of the meeting.
pub(crate) fn check_references(c: &mut Checker, m: &Meeting) {
    let track_list: Vec<&str> = m.tracks.iter().map(|t| t.name.as_str()).collect();
    let refs = Refs {
        year: m.year,
        tracks: track_list.iter().copied().collect(),
        track_list,
        phases: m.phases.iter().map(|p| (p.number, p)).collect(),
    };
    let mut seen: HashMap<&str, usize> = HashMap::new();
    c.each("sessions", &m.sessions, |c, s| {
        refs.track(c, s.track.as_deref());
        let phase = refs.phase(c, s.phase);
        if let Some(phase) = phase {
            if !phase.admits(&s.session_type) {
                c.report_at(
                    "session_type",
                    Rule::SessionTypeInPhase,
                    format!(
                        "a {} session is not admitted in phase {}, which admits: {}",
                        s.session_type,
                        phase.number,
                        phase
                            .session_types
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
        }
        session_dates(c, m, s, phase);
    });
    for (i, s) in m.sessions.iter().enumerate() {
        if let SessionKey::Numbered(code) = s.key() {
            if let Some(first) = seen.insert(code, i) {
                seen.insert(code, first);
                c.field("sessions", |c| {
                    c.index(i, |c| {
                        c.report_at(
                            "code",
                            Rule::DuplicateSessionCode,
                            format!("session code {code:?} is already used by sessions/{first} of the {} meeting", m.year),
                        )
                    })
                });
            }
        }
    }
    c.each("figures", &m.figures, |c, f| {
        refs.track(c, f.track.as_deref());
        refs.phase(c, f.phase);
    });
    check_figure_set(c, &m.figures);
    c.each("messages", &m.messages, |c, set| {
        refs.track(c, set.track.as_deref())
    });
}

/// A session's time slot within its phase (or the meeting, without one).
fn session_dates(c: &mut Checker, m: &Meeting, s: &Session, phase: Option<&Phase>) {
    let Some(slot) = &s.time_slot else { return };
    let (start, end, what) = match phase {
        Some(p) => (p.start_date, p.end_date, format!("phase {}", p.number)),
        None => match (m.start_date, m.end_date) {
            (Some(start), Some(end)) => (start, end, "the meeting".to_owned()),
            _ => return,
        },
    };
    let (day_start, day_end) = (slot.start.date_naive(), slot.end.date_naive());
    if day_start < start || day_end > end {
        c.report_at(
            "time_slot",
            Rule::SessionOutsidePhase,
            format!(
                "the session runs {} to {}, outside {what} ({start} to {end})",
                slot.start, slot.end
            ),
        );
    }
}
