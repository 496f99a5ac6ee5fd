//! The references within one annual meeting: its sessions', figures' and
//! messages' tracks and phases, sessions held within their phase and of a
//! type it admits, and session codes used once. The meeting's tracks and
//! phases are indexed once.

use std::collections::{HashMap, HashSet};

use super::{check_figure_set, Checker, Rule};
use crate::{Meeting, Phase, Session, SessionKey, Year};

/// A meeting's tracks and phases, for the references to them. Meetings
/// have a handful of each, which a scan finds faster than a hash; a long
/// list of tracks is hashed once.
struct Refs<'a> {
    year: Year,
    track_list: Vec<&'a str>,
    tracks: Option<HashSet<&'a str>>,
    phases: &'a [Phase],
}

/// Beyond this many tracks, a meeting's track names are hashed.
const SCAN_LIMIT: usize = 16;

/// Reports a track at member `track` that is not one of `year`'s tracks
/// (`known`, in order): the one message of `reference.unknown_track`.
pub(crate) fn unknown_track(c: &mut Checker, year: Year, known: &[&str], track: &str) {
    c.field("track", |c| unknown_track_here(c, year, known, track));
}

/// Reports `track` at the current position as not one of the meeting's.
fn unknown_track_here(c: &mut Checker, year: Year, known: &[&str], track: &str) {
    c.report(
        Rule::UnknownTrack,
        format!(
            "track {track:?} is not a track of the {year} meeting (its tracks: {})",
            known.join(", ")
        ),
    );
}

impl Refs<'_> {
    fn knows_track(&self, track: &str) -> bool {
        match &self.tracks {
            Some(set) => set.contains(track),
            None => self.track_list.contains(&track),
        }
    }

    fn track(&self, c: &mut Checker, track: Option<&str>) {
        if let Some(track) = track.filter(|t| !self.knows_track(t)) {
            unknown_track(c, self.year, &self.track_list, track);
        }
    }

    /// Checks the track name at the current position.
    fn track_here(&self, c: &mut Checker, track: &str) {
        if !self.knows_track(track) {
            unknown_track_here(c, self.year, &self.track_list, track);
        }
    }

    fn phase(&self, c: &mut Checker, phase: Option<u8>) -> Option<&Phase> {
        let number = phase?;
        let found = self.phases.iter().find(|p| p.number == number);
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

/// The sessions of a meeting that repeat a numbered code: `(session, first
/// session with the code)`, in order. One walk, one hash per session.
pub(crate) fn duplicate_codes(m: &Meeting) -> Vec<(usize, usize)> {
    let mut seen: HashMap<SessionKey<'_>, usize> = HashMap::with_capacity(m.sessions.len());
    let mut out = Vec::new();
    for (i, s) in m.sessions.iter().enumerate() {
        let key = s.key();
        if let Some(&first) = seen.get(&key) {
            if matches!(key, SessionKey::Numbered(_)) {
                out.push((i, first));
            }
        } else {
            seen.insert(key, i);
        }
    }
    out
}

/// Every reference within `m`, at the checker's position of the meeting.
pub(crate) fn check_references(c: &mut Checker, m: &Meeting) {
    check_references_with(c, m, &duplicate_codes(m));
}

/// Every reference within `m`, with its repeated session codes already
/// found (by the dataset's [`Index`](crate::Index), which walks the sessions
/// anyway).
pub(crate) fn check_references_with(c: &mut Checker, m: &Meeting, duplicates: &[(usize, usize)]) {
    let track_list: Vec<&str> = m.tracks.iter().map(|t| t.name.as_str()).collect();
    let refs = Refs {
        year: m.year,
        tracks: (track_list.len() > SCAN_LIMIT).then(|| track_list.iter().copied().collect()),
        track_list,
        phases: &m.phases,
    };
    c.each("sessions", &m.sessions, |c, s| {
        if !s.tracks.is_empty() {
            c.field("tracks", |c| {
                for (i, track) in s.tracks.iter().enumerate() {
                    c.index(i, |c| refs.track_here(c, track));
                }
            });
        }
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
    for &(i, first) in duplicates {
        let code = m.sessions[i].code.as_ref().map_or("", |code| code.as_str());
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
    c.each("figures", &m.figures, |c, f| {
        refs.track(c, f.track.as_deref());
        refs.phase(c, f.phase);
    });
    check_figure_set(c, &m.figures);
    c.each("messages", &m.messages, |c, set| {
        refs.track(c, set.track.as_deref())
    });
}

/// A session's time slot within its phase (or the meeting, from its Day 0
/// when it had one, without a phase): its start and end, or its date, as
/// local dates as published; its day of the meeting within the meeting's
/// days.
fn session_dates(c: &mut Checker, m: &Meeting, s: &Session, phase: Option<&Phase>) {
    let Some(slot) = &s.time_slot else { return };
    let (start, end) = match (phase, m.start_date, m.end_date) {
        (Some(p), _, _) => (p.start_date, p.end_date),
        (None, Some(start), Some(end)) => (m.day_zero.map_or(start, |d| d.min(start)), end),
        _ => return,
    };
    let what = || match phase {
        Some(p) => format!("phase {}", p.number),
        None => "the meeting".to_owned(),
    };
    let mut days = [slot.start, slot.end]
        .into_iter()
        .flatten()
        .filter_map(|t| crate::wire::local_date(&t))
        .chain(slot.date);
    if days.any(|d| d < start || d > end) {
        let shown = match (slot.start, slot.end, slot.date) {
            (Some(a), Some(b), _) => format!("runs {a} to {b}"),
            (Some(a), None, _) => format!("starts at {a}"),
            (None, Some(b), _) => format!("ends at {b}"),
            (None, None, Some(d)) => format!("is dated {d}"),
            (None, None, None) => return,
        };
        c.report_at(
            "time_slot",
            Rule::SessionOutsidePhase,
            format!("the session {shown}, outside {} ({start} to {end})", what()),
        );
    }
    if let (Some(day), Some(first), Some(last)) = (slot.day, m.start_date, m.end_date) {
        let official = (last - first).num_days() + 1;
        let earliest = if m.day_zero.is_some() { 0 } else { 1 };
        if i64::from(day) < earliest || i64::from(day) > official {
            c.field("time_slot", |c| {
                c.report_at(
                    "day",
                    Rule::SessionOutsidePhase,
                    format!(
                        "the session is on day {day}, but the meeting has days {earliest} to {official} ({first} to {last}{})",
                        if m.day_zero.is_some() { ", with Day 0 before" } else { "" }
                    ),
                )
            });
        }
    }
}
