//! The references within one annual meeting: its sessions', figures' and
//! messages' tracks and phases, sessions held within their phase and of a
//! type it admits, and session codes used once. The meeting's tracks and
//! phases are indexed once.

use super::{check_figure_set, Checker, Rule};
use crate::index::{SessionKeys, TrackNames};
use crate::{Meeting, Phase, Session, Year};

/// A meeting's tracks and phases, for the references to them.
pub(crate) struct Refs<'a> {
    meeting: &'a Meeting,
    tracks: &'a TrackNames<'a>,
}

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
    fn track(&self, c: &mut Checker, track: Option<&str>) {
        if let Some(track) = track.filter(|t| !self.tracks.contains(t)) {
            unknown_track(c, self.meeting.year, self.tracks.list(), track);
        }
    }

    /// Checks the track name at the current position.
    fn track_here(&self, c: &mut Checker, track: &str) {
        if !self.tracks.contains(track) {
            unknown_track_here(c, self.meeting.year, self.tracks.list(), track);
        }
    }

    fn phase(&self, c: &mut Checker, phase: Option<u8>) -> Option<&Phase> {
        let number = phase?;
        let found = self.meeting.phases.iter().find(|p| p.number == number);
        if found.is_none() {
            c.report_at(
                "phase",
                Rule::UnknownPhase,
                format!(
                    "phase {number} is not a phase of the {} meeting, which has {} phase(s)",
                    self.meeting.year,
                    self.meeting.phases.len()
                ),
            );
        }
        found
    }
}

/// Every reference within `m`, at the checker's position of the meeting.
pub(crate) fn check_references(c: &mut Checker, m: &Meeting) {
    let tracks = TrackNames::of(m);
    let refs = Refs::new(m, &tracks);
    c.each("sessions", &m.sessions, |c, s| refs.session(c, s));
    refs.rest(c, SessionKeys::of(m).repeated());
}

impl<'a> Refs<'a> {
    /// The references to `m`'s tracks (`tracks`, its track names) and
    /// phases.
    pub(crate) fn new(m: &'a Meeting, tracks: &'a TrackNames<'a>) -> Self {
        Refs { meeting: m, tracks }
    }

    /// The references of session `s`, at its position: its tracks and
    /// phase, its type admitted in the phase, its time within the phase.
    pub(crate) fn session(&self, c: &mut Checker, s: &Session) {
        if !s.tracks.is_empty() {
            c.field("tracks", |c| {
                for (i, track) in s.tracks.iter().enumerate() {
                    c.index(i, |c| self.track_here(c, track));
                }
            });
        }
        let phase = self.phase(c, s.phase);
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
        session_dates(c, self.meeting, s, phase);
        local_times(c, self.meeting, s);
    }

    /// The references after the sessions', at the meeting's position: the
    /// session codes used twice (`duplicates`: `(session, first session
    /// with the code)`), and the figures' and messages' tracks and phases.
    pub(crate) fn rest(&self, c: &mut Checker, duplicates: &[(usize, usize)]) {
        let m = self.meeting;
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
            self.track(c, f.track.as_deref());
            self.phase(c, f.phase);
        });
        check_figure_set(c, &m.figures);
        c.each("messages", &m.messages, |c, set| {
            self.track(c, set.track.as_deref())
        });
    }
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
        .chain(slot.date)
        .chain(
            [slot.local_start, slot.local_end]
                .into_iter()
                .flatten()
                .map(|t| t.date()),
        );
    if days.any(|d| d < start || d > end) {
        let local = |t: Option<chrono::NaiveDateTime>| {
            t.map(|t| format!("{} local time", crate::forum::show_local(t)))
        };
        let first = slot
            .start
            .map(|t| t.to_string())
            .or_else(|| local(slot.local_start));
        let last = slot
            .end
            .map(|t| t.to_string())
            .or_else(|| local(slot.local_end));
        let shown = match (first, last, slot.date) {
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

/// A session's local clock times: read in the meeting's `utc_offset`
/// (reported where the meeting has none), the same instants as the slot's
/// `start` and `end` where both are given, compared in UTC.
fn local_times(c: &mut Checker, m: &Meeting, s: &Session) {
    let Some(slot) = &s.time_slot else { return };
    let given = [
        ("local_start", slot.local_start, slot.start),
        ("local_end", slot.local_end, slot.end),
    ];
    for (key, local, instant) in given {
        let Some(local) = local else { continue };
        let shown = crate::forum::show_local(local);
        let Some(offset) = m.utc_offset else {
            c.field("time_slot", |c| {
                c.report_at(
                    key,
                    Rule::LocalTimeWithoutOffset,
                    format!("the local time {shown} cannot be placed in UTC: the meeting gives no utc_offset to read it in; give the meeting's utc_offset (\"+01:00\")"),
                )
            });
            continue;
        };
        let (Some(read), Some(instant)) = (offset.read(local), instant) else {
            continue;
        };
        if read != instant {
            c.field("time_slot", |c| {
                c.report_at(
                    key,
                    Rule::LocalTimeMismatch,
                    format!(
                        "the local time {shown}, read in the meeting's offset {offset}, is {} UTC, but the slot's {} is {instant} ({} UTC)",
                        read.naive_utc(),
                        &key[6..],
                        instant.naive_utc()
                    ),
                )
            });
        }
    }
}
