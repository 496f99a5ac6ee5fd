//! A read-only index over a dataset, built once in linear time: look records
//! up and follow references in a line. The validator's reference rules use
//! the same index, so a lookup here and a finding there always agree.
//!
//! ```
//! use igf_model::index::{Index, Resolution};
//! use igf_model::{ActivityKind, Year};
//!
//! let history = igf_model::reference::all();
//! let index = Index::build(history);
//!
//! let meeting = index.meeting(Year::new(2020)?).unwrap();
//! assert_eq!(meeting.pointer, "/meetings/14");
//! let ws = index.session_by_code(Year::new(2020)?, "WS #72").unwrap();
//! assert_eq!(ws.record.title, "Tech for the Planet");
//!
//! match index.resolve(&ActivityKind::DynamicCoalition, "DC-ISSS") {
//!     Resolution::Found { pointer, .. } => assert!(pointer.starts_with("/dynamic_coalitions/")),
//!     other => panic!("{other:?}"),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::forum::session_key;
use crate::intersessional::normalise_name;
use crate::{
    ActivityKind, ActivityRef, BestPracticeForum, Dataset, DynamicCoalition, LeadershipPanel, Mag,
    Meeting, Nri, PolicyNetwork, Session, SessionKey, SessionRef, WorkingGroup, Year,
};

/// A record found by a lookup, with its JSON Pointer in the dataset.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Found<'a, T> {
    /// The record.
    pub record: &'a T,
    /// Where it stands in the dataset, as a JSON Pointer (RFC 6901).
    pub pointer: String,
}

/// A record an activity's name can stand for.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum Activity<'a> {
    /// A Dynamic Coalition.
    DynamicCoalition(&'a DynamicCoalition),
    /// A Best Practice Forum.
    BestPracticeForum(&'a BestPracticeForum),
    /// A policy network.
    PolicyNetwork(&'a PolicyNetwork),
    /// A working group of a year's MAG.
    MagWorkingGroup(&'a Mag, &'a WorkingGroup),
    /// A National, Regional, Sub-regional or Youth IGF initiative.
    Nri(&'a Nri),
    /// The Leadership Panel.
    LeadershipPanel(&'a LeadershipPanel),
}

/// What a name resolves to among the records of one kind.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Resolution<'a> {
    /// Exactly one record answers to the name.
    Found {
        /// The record.
        activity: Activity<'a>,
        /// Where it stands in the dataset.
        pointer: String,
    },
    /// Several records answer to the name (by the leading words of each):
    /// their pointers, in document order.
    Ambiguous(Vec<String>),
    /// No record of the kind answers to the name.
    Missing,
    /// The kind is not one whose names must resolve to a record (an issue
    /// area, other work): see [`ActivityKind::must_resolve`].
    NotARecord,
}

impl Resolution<'_> {
    /// True when exactly one record was found.
    pub fn is_found(&self) -> bool {
        matches!(self, Resolution::Found { .. })
    }
}

/// Names, normalised, to the records that have them, for resolving a
/// reference by exact name, acronym or former name, or by the leading words
/// of exactly one record's name.
#[derive(Debug, Default)]
struct Names {
    by_name: BTreeMap<String, BTreeSet<usize>>,
}

/// The result of matching a name: the positions of the records it names.
enum Match {
    One(usize),
    Several(Vec<usize>),
    None,
}

impl Names {
    fn add(&mut self, name: &str, at: usize) {
        let key = normalise_name(name);
        if !key.is_empty() {
            self.by_name.entry(key).or_default().insert(at);
        }
    }

    fn find(&self, reference: &str) -> Match {
        let key = normalise_name(reference);
        if key.is_empty() {
            return Match::None;
        }
        let hits: BTreeSet<usize> = match self.by_name.get(&key) {
            Some(exact) => exact.clone(),
            None => {
                // The leading words of a record's name ("Sustainability" for
                // "Sustainability of Journalism and News Media").
                let prefix = format!("{key} ");
                self.by_name
                    .range(prefix.clone()..)
                    .take_while(|(name, _)| name.starts_with(&prefix))
                    .flat_map(|(_, at)| at.iter().copied())
                    .collect()
            }
        };
        match hits.len() {
            0 => Match::None,
            1 => Match::One(hits.into_iter().next().unwrap_or_default()),
            _ => Match::Several(hits.into_iter().collect()),
        }
    }
}

/// The records one kind of activity can name, with their pointers.
#[derive(Debug, Default)]
struct Kind<'a> {
    names: Names,
    records: Vec<(Activity<'a>, String)>,
}

impl<'a> Kind<'a> {
    fn push(&mut self, record: Activity<'a>, pointer: String, names: &[&str]) {
        let at = self.records.len();
        for name in names {
            self.names.add(name, at);
        }
        self.records.push((record, pointer));
    }
}

/// A read-only index over a [`Dataset`], built once in time linear in the
/// data. See the [module docs](self).
#[derive(Debug)]
pub struct Index<'a> {
    dataset: &'a Dataset,
    meetings: HashMap<Year, usize>,
    sessions: Vec<HashMap<SessionKey<'a>, usize>>,
    /// Per meeting, the sessions that repeat a numbered code: `(session,
    /// first session with the code)`.
    duplicates: Vec<Vec<(usize, usize)>>,
    tracks: Vec<HashSet<&'a str>>,
    kinds: HashMap<ActivityKind, Kind<'a>>,
}

impl<'a> Index<'a> {
    /// Indexes `dataset`: meetings by year, each meeting's sessions by key
    /// and tracks by name, and the records a Roadmap mapping can name.
    pub fn build(dataset: &'a Dataset) -> Self {
        let mut index = Index {
            dataset,
            meetings: HashMap::with_capacity(dataset.meetings.len()),
            sessions: Vec::with_capacity(dataset.meetings.len()),
            duplicates: Vec::with_capacity(dataset.meetings.len()),
            tracks: Vec::with_capacity(dataset.meetings.len()),
            kinds: HashMap::new(),
        };
        for (i, m) in dataset.meetings.iter().enumerate() {
            index.meetings.entry(m.year).or_insert(i);
            let mut keys = HashMap::with_capacity(m.sessions.len());
            let mut repeated = Vec::new();
            for (j, s) in m.sessions.iter().enumerate() {
                let key = s.key();
                match keys.get(&key) {
                    Some(&first) if matches!(key, SessionKey::Numbered(_)) => {
                        repeated.push((j, first));
                    }
                    Some(_) => {}
                    None => {
                        keys.insert(key, j);
                    }
                }
            }
            index.sessions.push(keys);
            index.duplicates.push(repeated);
            index
                .tracks
                .push(m.tracks.iter().map(|t| t.name.as_str()).collect());
        }
        let mut dcs = Kind::default();
        for (i, dc) in dataset.dynamic_coalitions.iter().enumerate() {
            let names: Vec<&str> = dc.names().collect();
            dcs.push(
                Activity::DynamicCoalition(dc),
                format!("/dynamic_coalitions/{i}"),
                &names,
            );
        }
        let mut bpfs = Kind::default();
        for (i, bpf) in dataset.best_practice_forums.iter().enumerate() {
            let mut names = vec![bpf.name.as_str()];
            names.extend(bpf.other_names.iter().map(String::as_str));
            bpfs.push(
                Activity::BestPracticeForum(bpf),
                format!("/best_practice_forums/{i}"),
                &names,
            );
        }
        let mut pns = Kind::default();
        for (i, pn) in dataset.policy_networks.iter().enumerate() {
            let names: Vec<&str> = pn.names().collect();
            pns.push(
                Activity::PolicyNetwork(pn),
                format!("/policy_networks/{i}"),
                &names,
            );
        }
        let mut wgs = Kind::default();
        for (i, mag) in dataset.mags.iter().enumerate() {
            for (j, wg) in mag.working_groups.iter().enumerate() {
                wgs.push(
                    Activity::MagWorkingGroup(mag, wg),
                    format!("/mags/{i}/working_groups/{j}"),
                    &[
                        wg.acronym.as_ref().map_or("", |a| a.as_str()),
                        wg.name.as_str(),
                    ],
                );
            }
        }
        let mut nris = Kind::default();
        for (i, nri) in dataset.nris.iter().enumerate() {
            let mut names = vec![nri.name.as_str()];
            names.extend(nri.acronym.as_deref());
            nris.push(Activity::Nri(nri), format!("/nris/{i}"), &names);
        }
        let mut panels = Kind::default();
        for (i, panel) in dataset.leadership_panels.iter().enumerate() {
            panels.push(
                Activity::LeadershipPanel(panel),
                format!("/leadership_panels/{i}"),
                &["Leadership Panel", "IGF Leadership Panel"],
            );
        }
        index.kinds = HashMap::from([
            (ActivityKind::DynamicCoalition, dcs),
            (ActivityKind::BestPracticeForum, bpfs),
            (ActivityKind::PolicyNetwork, pns),
            (ActivityKind::MagWorkingGroup, wgs),
            (ActivityKind::Nri, nris),
            (ActivityKind::LeadershipPanel, panels),
        ]);
        index
    }

    /// The sessions of the `meeting`-th meeting that repeat a numbered
    /// code: `(session, first session with the code)`.
    pub(crate) fn duplicate_codes(&self, meeting: usize) -> &[(usize, usize)] {
        self.duplicates.get(meeting).map_or(&[], Vec::as_slice)
    }

    /// The dataset indexed.
    pub fn dataset(&self) -> &'a Dataset {
        self.dataset
    }

    /// The position of the meeting of `year` in the dataset.
    pub(crate) fn meeting_at(&self, year: Year) -> Option<usize> {
        self.meetings.get(&year).copied()
    }

    /// The positions (meeting, session) of the session `reference` names in
    /// the `year` meeting: the lookup behind [`Index::session`].
    pub(crate) fn session_at(&self, year: Year, reference: &SessionRef) -> Option<(usize, usize)> {
        let key = session_key(reference.code.as_ref(), reference.title.as_deref());
        self.session_at_key(year, &key)
    }

    fn session_at_key(&self, year: Year, key: &SessionKey<'_>) -> Option<(usize, usize)> {
        let i = self.meeting_at(year)?;
        Some((i, *self.sessions[i].get(key)?))
    }

    /// The meeting of `year` (the first, should the dataset hold two).
    pub fn meeting(&self, year: Year) -> Option<Found<'a, Meeting>> {
        let i = self.meeting_at(year)?;
        Some(Found {
            record: &self.dataset.meetings[i],
            pointer: format!("/meetings/{i}"),
        })
    }

    /// True when the meeting of `year` has a track named `track`.
    pub fn has_track(&self, year: Year, track: &str) -> bool {
        self.meeting_at(year)
            .is_some_and(|i| self.tracks[i].contains(track))
    }

    fn session_by_key(&self, year: Year, key: &SessionKey<'_>) -> Option<Found<'a, Session>> {
        let (i, j) = self.session_at_key(year, key)?;
        Some(Found {
            record: &self.dataset.meetings[i].sessions[j],
            pointer: format!("/meetings/{i}/sessions/{j}"),
        })
    }

    /// The session of the `year` meeting that `reference` names: by its
    /// numbered code alone, or by code and title (see [`Session::key`]).
    pub fn session(&self, year: Year, reference: &SessionRef) -> Option<Found<'a, Session>> {
        let (i, j) = self.session_at(year, reference)?;
        Some(Found {
            record: &self.dataset.meetings[i].sessions[j],
            pointer: format!("/meetings/{i}/sessions/{j}"),
        })
    }

    /// The session of the `year` meeting with the numbered code `code`,
    /// such as `"WS #72"`.
    pub fn session_by_code(&self, year: Year, code: &str) -> Option<Found<'a, Session>> {
        self.session_by_key(year, &SessionKey::Numbered(code))
    }

    /// What `name` resolves to among the records of `kind`: by name,
    /// acronym, former or other name (compared after normalising case,
    /// punctuation and the words that only say the kind, such as "Dynamic
    /// Coalition on"), or by the leading words of exactly one record's name.
    pub fn resolve(&self, kind: &ActivityKind, name: &str) -> Resolution<'a> {
        if !kind.must_resolve() {
            return Resolution::NotARecord;
        }
        let Some(records) = self.kinds.get(kind) else {
            return Resolution::Missing;
        };
        match records.names.find(name) {
            Match::One(at) => {
                let (activity, pointer) = &records.records[at];
                Resolution::Found {
                    activity: *activity,
                    pointer: pointer.clone(),
                }
            }
            // A working group of the same acronym (or name) in several
            // years' MAGs is one group: the first is the answer.
            Match::Several(all)
                if *kind == ActivityKind::MagWorkingGroup && same_group(records, &all) =>
            {
                let (activity, pointer) = &records.records[all[0]];
                Resolution::Found {
                    activity: *activity,
                    pointer: pointer.clone(),
                }
            }
            Match::Several(all) => Resolution::Ambiguous(
                all.into_iter()
                    .map(|at| records.records[at].1.clone())
                    .collect(),
            ),
            Match::None => Resolution::Missing,
        }
    }

    /// What an activity of a Roadmap mapping resolves to. The name may
    /// carry a parenthesised acronym or former name ("Policy Network on
    /// Meaningful Access (PNMA)", "... (former DC Child Online Safety)");
    /// each candidate is tried in turn (see [`ActivityRef::candidates`]).
    pub fn activity(&self, activity: &ActivityRef) -> Resolution<'a> {
        let mut first_ambiguity = None;
        for name in activity.candidates() {
            match self.resolve(&activity.kind, name) {
                Resolution::Missing => {}
                Resolution::Ambiguous(all) => {
                    first_ambiguity.get_or_insert(Resolution::Ambiguous(all));
                }
                found_or_not_a_record => return found_or_not_a_record,
            }
        }
        first_ambiguity.unwrap_or(Resolution::Missing)
    }
}

/// True when the working groups at `hits` are one group over the years:
/// the same acronym, or, without acronyms, the same name.
fn same_group(records: &Kind<'_>, hits: &[usize]) -> bool {
    let key = |at: &usize| match records.records[*at].0 {
        Activity::MagWorkingGroup(_, wg) => Some(normalise_name(
            wg.acronym.as_ref().map_or(wg.name.as_str(), |a| a.as_str()),
        )),
        _ => None,
    };
    let first = hits.first().and_then(key);
    first.is_some() && hits.iter().all(|at| key(at) == first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Names {
        let mut names = Names::default();
        for (i, name) in list.iter().enumerate() {
            names.add(name, i);
        }
        names
    }

    fn one(m: Match) -> Option<usize> {
        match m {
            Match::One(at) => Some(at),
            _ => None,
        }
    }

    #[test]
    fn exact_names_resolve_after_normalising() {
        let n = names(&[
            "Dynamic Coalition on Core Internet Values",
            "Youth Coalition on Internet Governance",
        ]);
        assert_eq!(one(n.find("DC Core Internet Values")), Some(0));
        assert_eq!(one(n.find("core internet values")), Some(0));
        assert!(matches!(
            n.find("Dynamic Coalition on Internet Values"),
            Match::None
        ));
        assert!(matches!(n.find("Dynamic Coalition"), Match::None));
    }

    #[test]
    fn leading_words_resolve_only_when_one_record_has_them() {
        let n = names(&[
            "Dynamic Coalition on Sustainability of Journalism and News Media",
            "Dynamic Coalition on Internet Rights and Principles",
            "Dynamic Coalition on Internet Universality",
        ]);
        assert_eq!(one(n.find("Dynamic Coalition Sustainability")), Some(0));
        assert!(
            matches!(n.find("Dynamic Coalition on Internet"), Match::Several(ref v) if v == &[1, 2])
        );
        assert_eq!(one(n.find("Dynamic Coalition on Internet Rights")), Some(1));
        // Leading words are whole words, not a prefix of one.
        assert!(matches!(
            n.find("Dynamic Coalition on Sustain"),
            Match::None
        ));
    }

    #[test]
    fn one_record_under_several_names_is_one_hit() {
        let mut n = Names::default();
        n.add("Internet Rights and Principles", 0);
        n.add("Internet Universality", 1);
        n.add("Internet Rules", 0);
        // "Internet" leads names of two records, not three.
        assert!(matches!(n.find("Internet"), Match::Several(ref v) if v == &[0, 1]));
        let mut n = Names::default();
        n.add("Internet Rights", 0);
        n.add("Internet Rules", 0);
        assert_eq!(one(n.find("Internet")), Some(0));
    }

    #[test]
    fn names_resolve_exactly_for_the_kinds_that_must_resolve() {
        let mut d = Dataset::new();
        d.dynamic_coalitions
            .push(DynamicCoalition::new("DC one", crate::Source::new("d")));
        let index = Index::build(&d);
        for kind in ActivityKind::ALL {
            let r = index.resolve(kind, "DC one");
            assert_eq!(r == Resolution::NotARecord, !kind.must_resolve(), "{kind}");
        }
        assert!(index
            .resolve(&ActivityKind::DynamicCoalition, "DC one")
            .is_found());
        assert_eq!(
            index.resolve(&ActivityKind::PolicyNetwork, "PNE"),
            Resolution::Missing
        );
    }
}
