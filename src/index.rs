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

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::forum::session_key;
use crate::intersessional::normalise_name;
use crate::{
    ActivityKind, ActivityRef, BestPracticeForum, Commitment, Dataset, Document, DynamicCoalition,
    GdcMapping, GdcObjective, LeadershipPanel, Mag, Meeting, Nri, PanelMember, Pledger,
    PolicyNetwork, RoadmapArea, RoadmapMapping, Session, SessionKey, SessionRef, SessionType,
    WorkingGroup, Year,
};

/// A record found by a lookup, with its JSON Pointer in the dataset.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Found<'a, T> {
    /// The record.
    pub record: &'a T,
    /// Where it stands in the dataset, as a JSON Pointer (RFC 6901).
    pub pointer: String,
    /// The annual meeting the record belongs to: a session's meeting, so
    /// its year need not be read from the pointer. `None` for records that
    /// stand outside a meeting.
    pub meeting: Option<&'a Meeting>,
}

impl<T> Found<'_, T> {
    /// The year of the meeting the record belongs to (see
    /// [`Found::meeting`]).
    ///
    /// ```
    /// use igf_model::{Index, Year};
    /// let index = Index::build(igf_model::reference::all());
    /// let year = Year::new(2020)?;
    /// let session = index.session_by_code(year, "WS #72").unwrap();
    /// assert_eq!(session.year(), Some(year));
    /// assert_eq!(session.meeting.unwrap().edition, Some(15));
    /// # Ok::<(), igf_model::InvalidYear>(())
    /// ```
    pub fn year(&self) -> Option<Year> {
        self.meeting.map(|m| m.year)
    }
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

    /// The pointer of the record found, if exactly one was.
    ///
    /// ```
    /// use igf_model::{ActivityKind, Index};
    /// let index = Index::build(igf_model::reference::all());
    /// let pne = index.resolve(&ActivityKind::PolicyNetwork, "PNE");
    /// assert!(pne.pointer().is_some_and(|p| p.starts_with("/policy_networks/")));
    /// assert_eq!(index.resolve(&ActivityKind::PolicyNetwork, "PNX").pointer(), None);
    /// ```
    pub fn pointer(&self) -> Option<&str> {
        match self {
            Resolution::Found { pointer, .. } => Some(pointer),
            _ => None,
        }
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
            Some(exact) if exact.len() == 1 => {
                return exact.first().map_or(Match::None, |&at| Match::One(at));
            }
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

/// The names of a meeting's tracks, in order, for finding a track by name.
/// Meetings have a handful of tracks, which a scan finds faster than a
/// hash; a long list is hashed once.
#[derive(Debug)]
pub(crate) struct TrackNames<'a> {
    list: Vec<&'a str>,
    hashed: Option<HashSet<&'a str>>,
}

/// Beyond this many tracks, a meeting's track names are hashed.
const SCAN_LIMIT: usize = 16;

impl<'a> TrackNames<'a> {
    /// The names of `m`'s tracks.
    pub(crate) fn of(m: &'a Meeting) -> Self {
        let list: Vec<&str> = m.tracks.iter().map(|t| t.name.as_str()).collect();
        TrackNames {
            hashed: (list.len() > SCAN_LIMIT).then(|| list.iter().copied().collect()),
            list,
        }
    }

    /// True when one of the tracks is named `name`.
    pub(crate) fn contains(&self, name: &str) -> bool {
        match &self.hashed {
            Some(set) => set.contains(name),
            None => self.list.contains(&name),
        }
    }

    /// The names, in order.
    pub(crate) fn list(&self) -> &[&'a str] {
        &self.list
    }
}

/// The longest numbered code held in the index's table itself.
const SHORT_CODE: usize = 38;

/// A session key as the index holds it. A numbered code of up to
/// [`SHORT_CODE`] bytes (nearly every code: `WS #72`, `Launch / Award Event
/// #34`) is copied into the table, so that finding it compares bytes in
/// place rather than reading the session's own string wherever it lies in
/// memory (at 10^5 records, a cache miss for each commitment that names a
/// session). Every other key borrows the session's strings. A key has one
/// form only ([`StoredKey::of`]), so equal keys are equal here too.
#[derive(Debug, PartialEq, Eq)]
enum StoredKey<'a> {
    Short(ShortCode),
    Borrowed(SessionKey<'a>),
}

/// A short code's bytes, zero-padded, and its length: as large as a
/// borrowed key, so the table is no larger for holding codes.
#[derive(Debug, PartialEq, Eq)]
struct ShortCode {
    len: u8,
    bytes: [u8; SHORT_CODE],
}

impl std::hash::Hash for ShortCode {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write(&self.bytes[..usize::from(self.len)]);
    }
}

impl std::hash::Hash for StoredKey<'_> {
    /// A short code hashes as its bytes alone, the one block SipHash needs
    /// for most codes; the two forms never hold the same key.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        match self {
            StoredKey::Short(code) => code.hash(state),
            StoredKey::Borrowed(key) => key.hash(state),
        }
    }
}

impl<'a> StoredKey<'a> {
    /// The one form `key` is held in.
    fn of(key: SessionKey<'a>) -> Self {
        if let SessionKey::Numbered(code) = key {
            let mut bytes = [0; SHORT_CODE];
            if let (Some(slot), Ok(len)) = (bytes.get_mut(..code.len()), u8::try_from(code.len())) {
                slot.copy_from_slice(code.as_bytes());
                return StoredKey::Short(ShortCode { len, bytes });
            }
        }
        StoredKey::Borrowed(key)
    }
}

/// A meeting's sessions by key ([`Session::key`]), and the sessions that
/// repeat a numbered code.
#[derive(Debug)]
pub(crate) struct SessionKeys<'a> {
    keys: HashMap<StoredKey<'a>, usize>,
    /// `(session, first session with the code)`, in order.
    repeated: Vec<(usize, usize)>,
}

impl<'a> SessionKeys<'a> {
    /// Room for the sessions of `m`.
    pub(crate) fn for_meeting(m: &Meeting) -> Self {
        SessionKeys {
            keys: HashMap::with_capacity(m.sessions.len()),
            repeated: Vec::new(),
        }
    }

    /// The sessions of `m`, indexed in one walk.
    pub(crate) fn of(m: &'a Meeting) -> Self {
        let mut keys = SessionKeys::for_meeting(m);
        for (j, s) in m.sessions.iter().enumerate() {
            keys.add(j, s);
        }
        keys
    }

    /// Indexes session `s`, the `j`-th of its meeting; a numbered code seen
    /// before is noted as repeated.
    pub(crate) fn add(&mut self, j: usize, s: &'a Session) {
        let key = s.key();
        let numbered = matches!(key, SessionKey::Numbered(_));
        match self.keys.entry(StoredKey::of(key)) {
            Entry::Occupied(first) if numbered => self.repeated.push((j, *first.get())),
            Entry::Occupied(_) => {}
            Entry::Vacant(slot) => {
                slot.insert(j);
            }
        }
    }

    /// The position of the first session with `key`.
    fn get(&self, key: &SessionKey<'_>) -> Option<usize> {
        self.keys.get(&StoredKey::of(key.clone())).copied()
    }

    /// The sessions that repeat a numbered code: `(session, first session
    /// with the code)`.
    pub(crate) fn repeated(&self) -> &[(usize, usize)] {
        &self.repeated
    }
}

/// A read-only index over a [`Dataset`], built once in time linear in the
/// data. See the [module docs](self).
#[derive(Debug)]
pub struct Index<'a> {
    dataset: &'a Dataset,
    /// Meetings by year, sorted (the first of a year, should the dataset
    /// hold two): a binary search over a few dozen years needs no hash.
    meetings: Vec<(Year, usize)>,
    /// Per meeting, its sessions by key.
    sessions: Vec<SessionKeys<'a>>,
    /// Per meeting, its tracks by name.
    tracks: Vec<TrackNames<'a>>,
    kinds: HashMap<ActivityKind, Kind<'a>>,
    /// The lookups the validator does not need, each built on first use.
    lazy: Lazy<'a>,
}

/// Per meeting, its sessions by facet (positions in document order).
#[derive(Debug, Default)]
struct SessionFacets<'a> {
    by_type: Vec<HashMap<&'a SessionType, Vec<usize>>>,
    by_track: Vec<HashMap<&'a str, Vec<usize>>>,
    by_phase: Vec<HashMap<u8, Vec<usize>>>,
    by_day: Vec<HashMap<NaiveDate, Vec<usize>>>,
}

/// Commitments by what they name (positions in document order).
#[derive(Debug, Default)]
struct CommitmentFacets<'a> {
    by_session: HashMap<(usize, usize), Vec<usize>>,
    by_track: HashMap<(Year, &'a str), Vec<usize>>,
    by_organisation: HashMap<String, Vec<usize>>,
    by_area: HashMap<&'a RoadmapArea, Vec<usize>>,
    by_objective: HashMap<&'a GdcObjective, Vec<usize>>,
}

/// What names a record, by the record's pointer: the sessions it held and
/// the mapping rows that name it.
#[derive(Debug, Default)]
struct Reverse {
    sessions: HashMap<String, Vec<(usize, usize)>>,
    roadmap_rows: HashMap<String, Vec<usize>>,
    gdc_rows: HashMap<String, Vec<usize>>,
}

#[derive(Debug, Default)]
struct Lazy<'a> {
    sessions: OnceLock<SessionFacets<'a>>,
    commitments: OnceLock<CommitmentFacets<'a>>,
    reverse: OnceLock<Reverse>,
    documents: OnceLock<HashMap<&'a str, usize>>,
}

impl<'a> Index<'a> {
    /// Indexes `dataset`: meetings by year, each meeting's sessions by key
    /// and tracks by name, and the records a Roadmap mapping can name.
    pub fn build(dataset: &'a Dataset) -> Self {
        let mut index = Index::without_sessions(dataset);
        index.sessions = dataset.meetings.iter().map(SessionKeys::of).collect();
        index
    }

    /// Installs the meetings' sessions, indexed by a walk of the caller's
    /// (the validator's, which walks every session anyway): one
    /// [`SessionKeys`] per meeting, in order.
    pub(crate) fn set_sessions(&mut self, sessions: Vec<SessionKeys<'a>>) {
        self.sessions = sessions;
    }

    /// Everything but the meetings' sessions (see [`Index::set_sessions`]):
    /// meetings by year, their tracks, and the records an activity names.
    pub(crate) fn without_sessions(dataset: &'a Dataset) -> Self {
        let mut index = Index {
            dataset,
            meetings: Vec::with_capacity(dataset.meetings.len()),
            sessions: Vec::new(),
            tracks: Vec::with_capacity(dataset.meetings.len()),
            kinds: HashMap::new(),
            lazy: Lazy::default(),
        };
        for (i, m) in dataset.meetings.iter().enumerate() {
            index.meetings.push((m.year, i));
            index.tracks.push(TrackNames::of(m));
        }
        // Stable: of two meetings of a year, the first stays first.
        index.meetings.sort_by_key(|&(year, _)| year);
        index.meetings.dedup_by_key(|&mut (year, _)| year);
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
            names.extend(bpf.other_names.iter().map(|n| n.name.as_str()));
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
        // A working group of the same acronym (or, without one, the same
        // name) in several years' MAGs is one group: it is indexed once, at
        // its first year.
        let mut wgs = Kind::default();
        let mut groups = HashSet::new();
        for (i, mag) in dataset.mags.iter().enumerate() {
            for (j, wg) in mag.working_groups.iter().enumerate() {
                let group =
                    normalise_name(wg.acronym.as_ref().map_or(wg.name.as_str(), |a| a.as_str()));
                if !groups.insert(group) {
                    continue;
                }
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

    /// The dataset indexed.
    pub fn dataset(&self) -> &'a Dataset {
        self.dataset
    }

    /// The tracks of the `meeting`-th meeting, by name.
    pub(crate) fn tracks_of(&self, meeting: usize) -> &TrackNames<'a> {
        &self.tracks[meeting]
    }

    /// The position of the meeting of `year` in the dataset.
    pub(crate) fn meeting_at(&self, year: Year) -> Option<usize> {
        let at = self
            .meetings
            .binary_search_by_key(&year, |&(y, _)| y)
            .ok()?;
        Some(self.meetings[at].1)
    }

    /// The positions (meeting, session) of the session `reference` names in
    /// the `year` meeting: the lookup behind [`Index::session`].
    pub(crate) fn session_at(&self, year: Year, reference: &SessionRef) -> Option<(usize, usize)> {
        let key = session_key(reference.code.as_ref(), reference.title.as_deref());
        self.session_at_key(year, &key)
    }

    fn session_at_key(&self, year: Year, key: &SessionKey<'_>) -> Option<(usize, usize)> {
        let i = self.meeting_at(year)?;
        Some((i, self.sessions.get(i)?.get(key)?))
    }

    /// The meeting of `year` (the first, should the dataset hold two).
    pub fn meeting(&self, year: Year) -> Option<Found<'a, Meeting>> {
        let i = self.meeting_at(year)?;
        Some(Found {
            record: &self.dataset.meetings[i],
            pointer: format!("/meetings/{i}"),
            meeting: Some(&self.dataset.meetings[i]),
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
            meeting: Some(&self.dataset.meetings[i]),
        })
    }

    /// The session of the `year` meeting that `reference` names: by its
    /// numbered code alone, or by code and title (see [`Session::key`]).
    pub fn session(&self, year: Year, reference: &SessionRef) -> Option<Found<'a, Session>> {
        let (i, j) = self.session_at(year, reference)?;
        Some(Found {
            record: &self.dataset.meetings[i].sessions[j],
            pointer: format!("/meetings/{i}/sessions/{j}"),
            meeting: Some(&self.dataset.meetings[i]),
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

/// The day a session was held: its local date as published, or its day of
/// the meeting counted from the first official day (Day 0 being Day 0).
fn day_of(m: &Meeting, s: &Session) -> Option<NaiveDate> {
    let slot = s.time_slot.as_ref()?;
    slot.local_date().or_else(|| {
        let day = slot.day?;
        if day == 0 {
            return m.day_zero;
        }
        m.start_date?
            .checked_add_days(chrono::Days::new(u64::from(day) - 1))
    })
}

/// The organisation a pledger names, if any, normalised for lookup.
fn organisation_of(p: &Pledger) -> Option<String> {
    match p {
        Pledger::Organisation { name, .. } => Some(name.trim().to_lowercase()),
        Pledger::PersonOfOrganisation { organisation, .. } => {
            Some(organisation.trim().to_lowercase())
        }
        _ => None,
    }
}

/// The records at `positions` of `items`, with their pointers under `prefix`.
fn found_all<'a, T>(
    items: &'a [T],
    prefix: &str,
    positions: Option<&Vec<usize>>,
) -> Vec<Found<'a, T>> {
    positions
        .into_iter()
        .flatten()
        .map(|&i| Found {
            record: &items[i],
            pointer: format!("{prefix}/{i}"),
            meeting: None,
        })
        .collect()
}

/// Lookups beyond the validator's: sessions by facet, commitments by what
/// they name, documents, Leadership Panel members, and reverse references.
/// Each family is built on its first use, in one linear walk, and kept.
impl<'a> Index<'a> {
    fn session_facets(&self) -> &SessionFacets<'a> {
        self.lazy.sessions.get_or_init(|| {
            let mut f = SessionFacets::default();
            for m in &self.dataset.meetings {
                let (mut by_type, mut by_track, mut by_phase, mut by_day) = (
                    HashMap::new(),
                    HashMap::new(),
                    HashMap::new(),
                    HashMap::new(),
                );
                for (j, s) in m.sessions.iter().enumerate() {
                    by_type
                        .entry(&s.session_type)
                        .or_insert_with(Vec::new)
                        .push(j);
                    for t in &s.tracks {
                        by_track.entry(t.as_str()).or_insert_with(Vec::new).push(j);
                    }
                    if let Some(p) = s.phase {
                        by_phase.entry(p).or_insert_with(Vec::new).push(j);
                    }
                    if let Some(d) = day_of(m, s) {
                        by_day.entry(d).or_insert_with(Vec::new).push(j);
                    }
                }
                f.by_type.push(by_type);
                f.by_track.push(by_track);
                f.by_phase.push(by_phase);
                f.by_day.push(by_day);
            }
            f
        })
    }

    fn meeting_sessions(
        &self,
        year: Year,
        pick: impl for<'f> FnOnce(&'f SessionFacets<'a>, usize) -> Option<&'f Vec<usize>>,
    ) -> Vec<Found<'a, Session>> {
        let Some(i) = self.meeting_at(year) else {
            return Vec::new();
        };
        let positions = pick(self.session_facets(), i);
        let meeting = &self.dataset.meetings[i];
        let mut found = found_all(
            &meeting.sessions,
            &format!("/meetings/{i}/sessions"),
            positions,
        );
        for f in &mut found {
            f.meeting = Some(meeting);
        }
        found
    }

    /// The sessions of the `year` meeting of type `session_type`, in
    /// document order.
    ///
    /// ```
    /// use igf_model::{Index, SessionType, Year};
    ///
    /// let index = Index::build(igf_model::reference::all());
    /// let launches = index.sessions_of_type(Year::new(2024)?, &SessionType::LaunchAward);
    /// assert!(launches.iter().any(|s| s.record.code.as_ref().is_some_and(|c| c.as_str() == "Launch / Award Event #34")));
    /// # Ok::<(), igf_model::InvalidYear>(())
    /// ```
    pub fn sessions_of_type(
        &self,
        year: Year,
        session_type: &SessionType,
    ) -> Vec<Found<'a, Session>> {
        self.meeting_sessions(year, |f, i| f.by_type[i].get(session_type))
    }

    /// The sessions of the `year` meeting in the track named `track` (one of
    /// the tracks a session lists), in document order.
    ///
    /// ```
    /// let index = igf_model::Index::build(igf_model::reference::igf2020());
    /// let environment = index.sessions_in_track(igf_model::Year::new(2020)?, "Environment");
    /// assert!(environment.iter().any(|s| s.record.title == "Tech for the Planet"));
    /// # Ok::<(), igf_model::InvalidYear>(())
    /// ```
    pub fn sessions_in_track(&self, year: Year, track: &str) -> Vec<Found<'a, Session>> {
        self.meeting_sessions(year, |f, i| f.by_track[i].get(track))
    }

    /// The sessions of the `year` meeting held in phase `phase`.
    ///
    /// ```
    /// let index = igf_model::Index::build(igf_model::reference::igf2020());
    /// assert!(!index.sessions_in_phase(igf_model::Year::new(2020)?, 1).is_empty());
    /// assert!(index.sessions_in_phase(igf_model::Year::new(2020)?, 3).is_empty());
    /// # Ok::<(), igf_model::InvalidYear>(())
    /// ```
    pub fn sessions_in_phase(&self, year: Year, phase: u8) -> Vec<Found<'a, Session>> {
        self.meeting_sessions(year, |f, i| f.by_phase[i].get(&phase))
    }

    /// The sessions of the `year` meeting held on `day`, local time as
    /// published: by their date or start, or by their day of the meeting
    /// ("Day 3"; Day 0 is the meeting's `day_zero`).
    ///
    /// ```
    /// let index = igf_model::Index::build(igf_model::reference::all());
    /// let year = igf_model::Year::new(2024)?;
    /// let day_zero = index.meeting(year).unwrap().record.day_zero.unwrap();
    /// assert!(index.sessions_on(year, day_zero).iter().any(|s| s.record.title.contains("AI and Human Rights")));
    /// # Ok::<(), igf_model::InvalidYear>(())
    /// ```
    pub fn sessions_on(&self, year: Year, day: NaiveDate) -> Vec<Found<'a, Session>> {
        self.meeting_sessions(year, |f, i| f.by_day[i].get(&day))
    }

    fn commitment_facets(&self) -> &CommitmentFacets<'a> {
        self.lazy.commitments.get_or_init(|| {
            let mut f = CommitmentFacets::default();
            for (k, c) in self.dataset.commitments.iter().enumerate() {
                if let Some(at) = c
                    .session
                    .as_ref()
                    .and_then(|r| self.session_at(c.meeting, r))
                {
                    f.by_session.entry(at).or_default().push(k);
                }
                if let Some(t) = c.track.as_deref() {
                    f.by_track.entry((c.meeting, t)).or_default().push(k);
                }
                if let Some(o) = organisation_of(&c.pledger) {
                    f.by_organisation.entry(o).or_default().push(k);
                }
                for a in &c.roadmap_areas {
                    f.by_area.entry(a).or_default().push(k);
                }
                for o in &c.gdc_objectives {
                    f.by_objective.entry(o).or_default().push(k);
                }
            }
            f
        })
    }

    fn commitments_at(&self, positions: Option<&Vec<usize>>) -> Vec<Found<'a, Commitment>> {
        found_all(&self.dataset.commitments, "/commitments", positions)
    }

    /// The commitments made in the session `reference` names in the `year`
    /// meeting (the reverse of [`Index::session`]).
    ///
    /// ```
    /// use igf_model::{Index, SessionRef, Year};
    ///
    /// let index = Index::build(igf_model::reference::igf2020());
    /// let made = index.commitments_of_session(Year::new(2020)?, &SessionRef::code("WS #72".into()));
    /// assert!(made.iter().all(|c| c.record.session.as_ref().unwrap().code.as_ref().unwrap().as_str() == "WS #72"));
    /// assert!(!made.is_empty());
    /// # Ok::<(), igf_model::InvalidYear>(())
    /// ```
    pub fn commitments_of_session(
        &self,
        year: Year,
        reference: &SessionRef,
    ) -> Vec<Found<'a, Commitment>> {
        let at = self.session_at(year, reference);
        self.commitments_at(at.and_then(|at| self.commitment_facets().by_session.get(&at)))
    }

    /// The commitments of the `year` meeting in the track named `track`.
    ///
    /// ```
    /// let index = igf_model::Index::build(igf_model::reference::igf2020());
    /// let env = index.commitments_in_track(igf_model::Year::new(2020)?, "Environment");
    /// assert!(env.iter().all(|c| c.record.track.as_deref() == Some("Environment")));
    /// # Ok::<(), igf_model::InvalidYear>(())
    /// ```
    pub fn commitments_in_track(&self, year: Year, track: &str) -> Vec<Found<'a, Commitment>> {
        self.commitments_at(self.commitment_facets().by_track.get(&(year, track)))
    }

    /// The commitments an organisation made, as pledger or as the
    /// organisation of the person who pledged (compared without regard to
    /// case or surrounding spaces).
    ///
    /// ```
    /// let index = igf_model::Index::build(igf_model::reference::igf2020());
    /// assert!(!index.commitments_by_organisation("huawei").is_empty());
    /// ```
    pub fn commitments_by_organisation(&self, organisation: &str) -> Vec<Found<'a, Commitment>> {
        let key = organisation.trim().to_lowercase();
        self.commitments_at(self.commitment_facets().by_organisation.get(&key))
    }

    /// The commitments that serve a Roadmap area.
    ///
    /// ```
    /// use igf_model::{Index, RoadmapArea};
    /// let index = Index::build(igf_model::reference::igf2020());
    /// let all = index.commitments_for_area(&RoadmapArea::DigitalInclusion);
    /// assert!(all.iter().all(|c| c.record.roadmap_areas.contains(&RoadmapArea::DigitalInclusion)));
    /// ```
    pub fn commitments_for_area(&self, area: &RoadmapArea) -> Vec<Found<'a, Commitment>> {
        self.commitments_at(self.commitment_facets().by_area.get(area))
    }

    /// The commitments that serve a Global Digital Compact objective.
    ///
    /// ```
    /// use igf_model::{GdcObjective, Index};
    /// let index = Index::build(igf_model::reference::igf2020());
    /// // The 2020 commitments predate the Compact: none is mapped to it.
    /// assert!(index.commitments_for_objective(&GdcObjective::AiGovernance).is_empty());
    /// ```
    pub fn commitments_for_objective(
        &self,
        objective: &GdcObjective,
    ) -> Vec<Found<'a, Commitment>> {
        self.commitments_at(self.commitment_facets().by_objective.get(objective))
    }

    /// The document of the bibliography with id `id`.
    ///
    /// ```
    /// let index = igf_model::Index::build(igf_model::reference::igf2020());
    /// let doc = index.document("igf-2020-phase-1-summary").unwrap();
    /// assert!(doc.record.title.starts_with("IGF 2020 Phase 1 Summary"));
    /// assert_eq!(doc.pointer, "/documents/2");
    /// assert!(index.document("igf-2030-report").is_none());
    /// ```
    pub fn document(&self, id: &str) -> Option<Found<'a, Document>> {
        let docs = &self.dataset.documents;
        let by_id = self.lazy.documents.get_or_init(|| {
            let mut map = HashMap::with_capacity(docs.len());
            for (i, d) in docs.iter().enumerate() {
                map.entry(d.id.as_str()).or_insert(i);
            }
            map
        });
        let &i = by_id.get(id)?;
        Some(Found {
            record: &docs[i],
            pointer: format!("/documents/{i}"),
            meeting: None,
        })
    }

    /// The member of a Leadership Panel named `name` (in any case).
    ///
    /// ```
    /// let index = igf_model::Index::build(igf_model::reference::all());
    /// let chair = index.panel_member("vint cerf").unwrap();
    /// assert_eq!(chair.record.role, Some(igf_model::PanelRole::Chair));
    /// assert!(index.panel_member("Nobody").is_none());
    /// ```
    pub fn panel_member(&self, name: &str) -> Option<Found<'a, PanelMember>> {
        self.dataset
            .leadership_panels
            .iter()
            .enumerate()
            .find_map(|(i, panel)| {
                panel.member_at(name).map(|j| Found {
                    record: &panel.members[j],
                    pointer: format!("/leadership_panels/{i}/members/{j}"),
                    meeting: None,
                })
            })
    }

    fn reverse(&self) -> &Reverse {
        self.lazy.reverse.get_or_init(|| {
            let mut r = Reverse::default();
            let pointer_of = |a: &ActivityRef| match self.activity(a) {
                Resolution::Found { pointer, .. } => Some(pointer),
                _ => None,
            };
            for (i, m) in self.dataset.meetings.iter().enumerate() {
                for (j, s) in m.sessions.iter().enumerate() {
                    for p in s.held_by.iter().filter_map(pointer_of) {
                        let sessions = r.sessions.entry(p).or_default();
                        if sessions.last() != Some(&(i, j)) {
                            sessions.push((i, j));
                        }
                    }
                }
            }
            for (k, row) in self.dataset.roadmap_mappings.iter().enumerate() {
                for p in row.igf_activities.iter().filter_map(pointer_of) {
                    let rows = r.roadmap_rows.entry(p).or_default();
                    if rows.last() != Some(&k) {
                        rows.push(k);
                    }
                }
            }
            for (k, row) in self.dataset.gdc_mappings.iter().enumerate() {
                for p in row.igf_activities.iter().filter_map(pointer_of) {
                    let rows = r.gdc_rows.entry(p).or_default();
                    if rows.last() != Some(&k) {
                        rows.push(k);
                    }
                }
            }
            r
        })
    }

    /// The sessions held by the record `name` resolves to among `kind`
    /// (by [`Index::resolve`]): a coalition's, a policy network's sessions,
    /// each with its meeting. When the name does not resolve to one record,
    /// the error says why: [`Resolution::Ambiguous`] (with the pointers of
    /// the records it could be), [`Resolution::Missing`] or
    /// [`Resolution::NotARecord`].
    ///
    /// ```
    /// use igf_model::index::Resolution;
    /// use igf_model::{ActivityKind, Index};
    /// let index = Index::build(igf_model::reference::all());
    /// let sessions = index.sessions_held_by(&ActivityKind::PolicyNetwork, "PNAI").unwrap();
    /// assert!(!sessions.is_empty());
    /// assert!(sessions.iter().all(|s| s.year().is_some()));
    /// let none = index.sessions_held_by(&ActivityKind::PolicyNetwork, "PNX");
    /// assert_eq!(none, Err(Resolution::Missing));
    /// ```
    pub fn sessions_held_by(
        &self,
        kind: &ActivityKind,
        name: &str,
    ) -> Result<Vec<Found<'a, Session>>, Resolution<'a>> {
        let pointer = match self.resolve(kind, name) {
            Resolution::Found { pointer, .. } => pointer,
            other => return Err(other),
        };
        Ok(self
            .reverse()
            .sessions
            .get(&pointer)
            .into_iter()
            .flatten()
            .map(|&(i, j)| Found {
                record: &self.dataset.meetings[i].sessions[j],
                pointer: format!("/meetings/{i}/sessions/{j}"),
                meeting: Some(&self.dataset.meetings[i]),
            })
            .collect())
    }

    /// The Roadmap mapping rows that name the record `name` resolves to
    /// among `kind`.
    ///
    /// ```
    /// use igf_model::{ActivityKind, Index};
    /// let index = Index::build(igf_model::reference::all());
    /// let rows = index.roadmap_rows_naming(&ActivityKind::DynamicCoalition, "DC-Blockchain");
    /// assert_eq!(rows.map(|r| r.len()), Ok(2));
    /// ```
    ///
    /// When the name does not resolve to one record, the error says why,
    /// as for [`Index::sessions_held_by`].
    pub fn roadmap_rows_naming(
        &self,
        kind: &ActivityKind,
        name: &str,
    ) -> Result<Vec<Found<'a, RoadmapMapping>>, Resolution<'a>> {
        self.rows_naming(
            kind,
            name,
            &self.dataset.roadmap_mappings,
            "/roadmap_mappings",
            |r| &r.roadmap_rows,
        )
    }

    /// The Global Digital Compact mapping rows that name the record `name`
    /// resolves to among `kind`.
    ///
    /// ```
    /// use igf_model::{ActivityKind, Index};
    /// let index = Index::build(igf_model::reference::all());
    /// assert_eq!(index.gdc_rows_naming(&ActivityKind::PolicyNetwork, "PNAI").map(|r| r.len()), Ok(0));
    /// ```
    ///
    /// When the name does not resolve to one record, the error says why,
    /// as for [`Index::sessions_held_by`].
    pub fn gdc_rows_naming(
        &self,
        kind: &ActivityKind,
        name: &str,
    ) -> Result<Vec<Found<'a, GdcMapping>>, Resolution<'a>> {
        self.rows_naming(
            kind,
            name,
            &self.dataset.gdc_mappings,
            "/gdc_mappings",
            |r| &r.gdc_rows,
        )
    }

    /// The rows of `rows` (at `at`) that name the record `name` resolves to
    /// among `kind`, by the reverse lookup `of` picks.
    fn rows_naming<T>(
        &self,
        kind: &ActivityKind,
        name: &str,
        rows: &'a [T],
        at: &str,
        of: impl FnOnce(&Reverse) -> &HashMap<String, Vec<usize>>,
    ) -> Result<Vec<Found<'a, T>>, Resolution<'a>> {
        let pointer = match self.resolve(kind, name) {
            Resolution::Found { pointer, .. } => pointer,
            other => return Err(other),
        };
        Ok(found_all(rows, at, of(self.reverse()).get(&pointer)))
    }
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
