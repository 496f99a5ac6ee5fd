//! The rules across records. Indexes are built once per dataset; each
//! reference is then checked with a lookup, so the cost grows linearly.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::meeting::unknown_track;
use super::{Check, Checker, Rule};
use crate::forum::session_key;
use crate::intersessional::normalise_name;
use crate::{ActivityKind, ActivityRef, Counted, Dataset, Meeting, SessionKey, Year};

/// Every rule: each record's own, then the rules across records.
impl Check for Dataset {
    fn check(&self, c: &mut Checker) {
        let declared = self.format_version;
        c.set_newer_format(
            declared
                .is_newer_than_current()
                .then(|| declared.to_string()),
        );
        check(c, self);
    }
}

/// Checks every record, then the rules across records.
fn check(c: &mut Checker, d: &Dataset) {
    c.opt_text(
        "description",
        d.description.as_deref(),
        "the dataset's description",
    );
    d.extensions.check(c);
    c.each("meetings", &d.meetings, |c, m| m.check(c));
    c.each("dynamic_coalitions", &d.dynamic_coalitions, |c, x| {
        x.check(c)
    });
    c.each("nris", &d.nris, |c, x| x.check(c));
    c.each("best_practice_forums", &d.best_practice_forums, |c, x| {
        x.check(c)
    });
    c.each("policy_networks", &d.policy_networks, |c, x| x.check(c));
    c.each("mags", &d.mags, |c, x| x.check(c));
    c.each("commitments", &d.commitments, |c, x| x.check(c));
    c.each("roadmap_mappings", &d.roadmap_mappings, |c, x| x.check(c));

    check_duplicates(c, d);
    let index = Index::build(d);
    check_commitments(c, d, &index);
    check_mappings(c, d, &index);
    check_counts(c, d);
}

/// Names (normalised) to record positions, for resolving references by
/// exact name or by the leading words of exactly one name.
#[derive(Default)]
struct Names {
    by_name: BTreeMap<String, usize>,
}

impl Names {
    fn add(&mut self, name: &str, i: usize) {
        let key = normalise_name(name);
        if !key.is_empty() {
            self.by_name.entry(key).or_insert(i);
        }
    }

    fn resolve(&self, reference: &str) -> bool {
        let key = normalise_name(reference);
        if key.is_empty() {
            return false;
        }
        if self.by_name.contains_key(&key) {
            return true;
        }
        // The leading words of exactly one record's name ("Sustainability"
        // for "Sustainability of Journalism and News Media").
        let prefix = format!("{key} ");
        let mut hits = self
            .by_name
            .range(prefix.clone()..)
            .take_while(|(name, _)| name.starts_with(&prefix))
            .map(|(_, i)| *i)
            .collect::<Vec<_>>();
        hits.dedup();
        hits.len() == 1
    }
}

/// The indexes, built once.
struct Index<'a> {
    meetings: HashMap<Year, &'a Meeting>,
    sessions: HashMap<Year, HashSet<SessionKey<'a>>>,
    tracks: HashMap<Year, HashSet<&'a str>>,
    /// The names of the records of each kind of activity a Roadmap mapping
    /// may name.
    names: HashMap<ActivityKind, Names>,
}

impl<'a> Index<'a> {
    fn build(d: &'a Dataset) -> Self {
        let mut index = Index {
            meetings: HashMap::new(),
            sessions: HashMap::new(),
            tracks: HashMap::new(),
            names: HashMap::new(),
        };
        for m in &d.meetings {
            index.meetings.entry(m.year).or_insert(m);
            let keys = index.sessions.entry(m.year).or_default();
            keys.extend(m.sessions.iter().map(|s| s.key()));
            let tracks = index.tracks.entry(m.year).or_default();
            tracks.extend(m.tracks.iter().map(|t| t.name.as_str()));
        }
        let mut add = |kind: ActivityKind, name: &str, i: usize| {
            index.names.entry(kind).or_default().add(name, i);
        };
        for (i, dc) in d.dynamic_coalitions.iter().enumerate() {
            add(ActivityKind::DynamicCoalition, &dc.name, i);
            if let Some(a) = &dc.acronym {
                add(ActivityKind::DynamicCoalition, a.as_str(), i);
            }
            for former in &dc.former_names {
                add(ActivityKind::DynamicCoalition, former, i);
            }
        }
        for (i, bpf) in d.best_practice_forums.iter().enumerate() {
            add(ActivityKind::BestPracticeForum, &bpf.name, i);
            for other in &bpf.other_names {
                add(ActivityKind::BestPracticeForum, other, i);
            }
        }
        for (i, pn) in d.policy_networks.iter().enumerate() {
            add(ActivityKind::PolicyNetwork, &pn.name, i);
            if let Some(a) = &pn.acronym {
                add(ActivityKind::PolicyNetwork, a, i);
            }
        }
        for (i, wg) in d.mags.iter().flat_map(|m| &m.working_groups).enumerate() {
            add(ActivityKind::MagWorkingGroup, wg.acronym.as_str(), i);
            add(ActivityKind::MagWorkingGroup, &wg.name, i);
        }
        index
    }

    /// The names of the records of `kind`, for the kinds that must resolve
    /// ([`ActivityKind::must_resolve`], the one list of them); none for the
    /// others.
    fn names(&self, kind: ActivityKind) -> Option<&Names> {
        static NONE: std::sync::OnceLock<Names> = std::sync::OnceLock::new();
        kind.must_resolve().then(|| {
            self.names
                .get(&kind)
                .unwrap_or_else(|| NONE.get_or_init(Names::default))
        })
    }
}

/// Reports the second and later records that share a key with an earlier one.
fn duplicates<T, K: std::hash::Hash + Eq>(
    c: &mut Checker,
    key: &'static str,
    items: &[T],
    what: &str,
    keys: impl Fn(&T) -> Vec<K>,
    show: impl Fn(&T) -> String,
) {
    let mut seen: HashMap<K, usize> = HashMap::new();
    c.field(key, |c| {
        for (i, item) in items.iter().enumerate() {
            for k in keys(item) {
                if let Some(&first) = seen.get(&k) {
                    if first != i {
                        c.index(i, |c| {
                            c.report(
                                Rule::DuplicateRecord,
                                format!(
                                    "{what} {} duplicates {key}/{first}: merge the two records",
                                    show(item)
                                ),
                            )
                        });
                        break;
                    }
                } else {
                    seen.insert(k, i);
                }
            }
        }
    });
}

fn check_duplicates(c: &mut Checker, d: &Dataset) {
    duplicates(
        c,
        "meetings",
        &d.meetings,
        "meeting",
        |m| vec![m.year],
        |m| m.year.to_string(),
    );
    duplicates(
        c,
        "dynamic_coalitions",
        &d.dynamic_coalitions,
        "Dynamic Coalition",
        |dc| {
            let mut keys = vec![normalise_name(&dc.name)];
            keys.extend(dc.acronym.as_ref().map(|a| normalise_name(a.as_str())));
            keys
        },
        |dc| format!("{:?}", dc.name),
    );
    duplicates(
        c,
        "nris",
        &d.nris,
        "NRI",
        |n| vec![normalise_name(&n.name)],
        |n| format!("{:?}", n.name),
    );
    duplicates(
        c,
        "best_practice_forums",
        &d.best_practice_forums,
        "BPF",
        |b| vec![normalise_name(&b.name)],
        |b| format!("{:?}", b.name),
    );
    duplicates(
        c,
        "policy_networks",
        &d.policy_networks,
        "policy network",
        |p| vec![normalise_name(&p.name)],
        |p| format!("{:?}", p.name),
    );
    duplicates(
        c,
        "mags",
        &d.mags,
        "MAG",
        |m| vec![m.year],
        |m| m.year.to_string(),
    );
}

fn check_commitments(c: &mut Checker, d: &Dataset, index: &Index<'_>) {
    c.each("commitments", &d.commitments, |c, commitment| {
        let Some(meeting) = index.meetings.get(&commitment.meeting) else {
            if commitment.session.is_some() || commitment.track.is_some() {
                c.report_at(
                    "meeting",
                    Rule::UnknownSession,
                    format!("the dataset has no {} meeting, so the commitment's session and track cannot be found: add the meeting", commitment.meeting),
                );
            }
            return;
        };
        if let Some(session) = &commitment.session {
            let key = session_key(session.code.as_ref(), session.title.as_deref());
            let found = index.sessions.get(&commitment.meeting).is_some_and(|keys| keys.contains(&key));
            if !found {
                c.report_at(
                    "session",
                    Rule::UnknownSession,
                    format!("session \"{session}\" is not a session of the {} meeting: add it to meetings/…/sessions or correct the reference", commitment.meeting),
                );
            }
        }
        if let Some(track) = commitment.track.as_deref() {
            let known = index.tracks.get(&meeting.year).is_some_and(|t| t.contains(track));
            if !known {
                let known: Vec<&str> = meeting.tracks.iter().map(|t| t.name.as_str()).collect();
                unknown_track(c, meeting.year, &known, track);
            }
        }
    });
}

fn resolves(names: &Names, activity: &ActivityRef) -> bool {
    activity
        .candidates()
        .into_iter()
        .any(|name| names.resolve(name))
}

fn check_mappings(c: &mut Checker, d: &Dataset, index: &Index<'_>) {
    c.each("roadmap_mappings", &d.roadmap_mappings, |c, row| {
        c.each("igf_activities", &row.igf_activities, |c, activity| {
            let Some(names) = index.names(activity.kind) else { return };
            if !resolves(names, activity) {
                c.report_at(
                    "name",
                    Rule::UnresolvedActivity,
                    format!(
                        "{} {:?} does not resolve to any {} of the dataset by name, acronym or former name",
                        activity.kind, activity.name, activity.kind
                    ),
                );
            }
        });
    });
}

fn check_counts(c: &mut Checker, d: &Dataset) {
    // Listed records per kind and year, counted once.
    let mut listed: HashMap<(Counted, Year), usize> = HashMap::new();
    for dc in &d.dynamic_coalitions {
        for year in &dc.active_in {
            *listed
                .entry((Counted::DynamicCoalitions, *year))
                .or_default() += 1;
        }
    }
    for bpf in &d.best_practice_forums {
        let years: HashSet<Year> = bpf.cycles.iter().map(|c| c.year).collect();
        for year in years {
            *listed
                .entry((Counted::BestPracticeForums, year))
                .or_default() += 1;
        }
    }
    for mag in &d.mags {
        *listed
            .entry((Counted::MagWorkingGroups, mag.year))
            .or_default() += mag.working_groups.len();
    }
    // Policy networks active in a year: those started in it or before.
    let mut since: Vec<Year> = d.policy_networks.iter().filter_map(|p| p.since).collect();
    since.sort_unstable();
    for m in &d.meetings {
        let n = since.partition_point(|y| *y <= m.year);
        if n > 0 {
            listed.insert((Counted::PolicyNetworks, m.year), n);
        }
    }
    c.each("meetings", &d.meetings, |c, m| {
        c.each("figures", &m.figures, |c, f| {
            let (Some(kind), Some(value)) = (f.counts, f.exact_value()) else {
                return;
            };
            let Some(&n) = listed.get(&(kind, m.year)) else {
                return;
            };
            if (n as f64 - value).abs() > f64::EPSILON {
                c.report_at(
                    "value",
                    Rule::CountVersusItems,
                    format!(
                        "{} is published as {value} but the dataset lists {n} {kind} for {}",
                        f.measure, m.year
                    ),
                );
            }
        });
    });
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

    #[test]
    fn exact_names_resolve_after_normalising() {
        let n = names(&[
            "Dynamic Coalition on Core Internet Values",
            "Youth Coalition on Internet Governance",
        ]);
        assert!(n.resolve("DC Core Internet Values"));
        assert!(n.resolve("core internet values"));
        assert!(!n.resolve("Dynamic Coalition on Internet Values"));
        assert!(!n.resolve("Dynamic Coalition"));
    }

    #[test]
    fn leading_words_resolve_only_when_one_record_has_them() {
        let n = names(&[
            "Dynamic Coalition on Sustainability of Journalism and News Media",
            "Dynamic Coalition on Internet Rights and Principles",
            "Dynamic Coalition on Internet Universality",
        ]);
        assert!(n.resolve("Dynamic Coalition Sustainability"));
        // "Internet" leads two names: ambiguous, so it does not resolve.
        assert!(!n.resolve("Dynamic Coalition on Internet"));
        assert!(n.resolve("Dynamic Coalition on Internet Rights"));
        // Leading words are whole words, not a prefix of one.
        assert!(!n.resolve("Dynamic Coalition on Sustain"));
    }

    #[test]
    fn the_index_has_names_exactly_for_the_kinds_that_must_resolve() {
        let mut d = Dataset::new();
        let src = crate::Source::new("d");
        d.dynamic_coalitions
            .push(crate::DynamicCoalition::new("DC one", src.clone()));
        let index = Index::build(&d);
        for kind in ActivityKind::ALL.iter().copied() {
            assert_eq!(index.names(kind).is_some(), kind.must_resolve(), "{kind}");
        }
        let dcs = index.names(ActivityKind::DynamicCoalition).unwrap();
        assert!(dcs.resolve("DC one"));
        // A kind with no records resolves nothing, rather than being skipped.
        assert!(!index
            .names(ActivityKind::PolicyNetwork)
            .unwrap()
            .resolve("PNE"));
    }
}
