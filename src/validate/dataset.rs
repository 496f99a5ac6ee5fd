//! The rules across records. Indexes are built once per dataset; each
//! reference is then checked with a lookup, so the cost grows linearly.

use std::collections::{HashMap, HashSet};

use super::meeting::{unknown_track, Refs};
use super::{Check, Checker, Finding, Rule};
use crate::index::{Index, Resolution, SessionKeys};
use crate::intersessional::normalise_name;
use crate::{ActivityKind, ActivityRef, Counted, Dataset, Year};

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
    c.set_documents(
        d.documents
            .iter()
            .map(|doc| (doc.id.as_str(), doc.title.as_str())),
    );
    c.each("builds_on", &d.builds_on, |c, basis| basis.check(c));
    c.each("documents", &d.documents, |c, doc| doc.check(c));
    crate::provenance::check_coverage(c, &d.coverage, crate::schema::lists_of("Dataset"));
    // One walk of the sessions checks each session's own rules, its
    // references within its meeting and the activity that held it, and
    // indexes it, while it is at hand; the findings of the rules across
    // records are set aside and reported in their place in the order.
    let mut index = Index::without_sessions(d);
    let mut sessions = Vec::with_capacity(d.meetings.len());
    let mut held_by = Vec::new();
    // Sessions name the same few activities again and again: each
    // activity is resolved once, and what was found kept for the next.
    let mut resolved: HashMap<(&ActivityKind, &str), Option<String>> = HashMap::new();
    c.field("meetings", |c| {
        for (i, m) in d.meetings.iter().enumerate() {
            c.index(i, |c| {
                let refs = Refs::new(m, index.tracks_of(i));
                let mut keys = SessionKeys::for_meeting(m);
                let mut references = Vec::new();
                m.check_own(c, |c, j, s| {
                    keys.add(j, s);
                    c.aside(&mut references, |c| refs.session(c, s));
                    for (k, activity) in s.held_by.iter().enumerate() {
                        let why = resolved
                            .entry((&activity.kind, activity.name.as_str()))
                            .or_insert_with(|| unresolved(&index, activity));
                        if let Some(why) = why {
                            c.aside(&mut held_by, |c| {
                                c.field("held_by", |c| {
                                    c.index(k, |c| report_unresolved(c, activity, why))
                                })
                            });
                        }
                    }
                });
                c.append(&mut references);
                refs.rest(c, keys.repeated());
                sessions.push(keys);
            });
        }
    });
    index.set_sessions(sessions);
    c.each("dynamic_coalitions", &d.dynamic_coalitions, |c, x| {
        x.check(c)
    });
    c.each("nris", &d.nris, |c, x| x.check(c));
    c.each("best_practice_forums", &d.best_practice_forums, |c, x| {
        x.check(c)
    });
    c.each("policy_networks", &d.policy_networks, |c, x| x.check(c));
    c.each("mags", &d.mags, |c, x| x.check(c));
    c.each("leadership_panels", &d.leadership_panels, |c, x| x.check(c));
    c.each("parliamentary_track", &d.parliamentary_track, |c, x| {
        x.check(c)
    });
    c.each("commitments", &d.commitments, |c, x| x.check(c));
    c.each("roadmap_mappings", &d.roadmap_mappings, |c, x| x.check(c));
    c.each("gdc_mappings", &d.gdc_mappings, |c, x| x.check(c));

    check_duplicates(c, d);
    check_commitments(c, d, &index);
    check_mappings(c, d, &index, &mut held_by);
    check_counts(c, d);
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
        "documents",
        &d.documents,
        "document",
        |doc| vec![doc.id.clone()],
        |doc| format!("{:?}", doc.id),
    );
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
        let Some(meeting) = index.meeting_at(commitment.meeting) else {
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
            if index.session_at(commitment.meeting, session).is_none() {
                c.report_at(
                    "session",
                    Rule::UnknownSession,
                    format!("session \"{session}\" is not a session of the {} meeting: add it to meetings/…/sessions or correct the reference", commitment.meeting),
                );
            }
        }
        if let Some(track) = commitment.track.as_deref() {
            if !index.has_track(commitment.meeting, track) {
                let known: Vec<&str> = d.meetings[meeting].tracks.iter().map(|t| t.name.as_str()).collect();
                unknown_track(c, commitment.meeting, &known, track);
            }
        }
    });
}

/// Reports an activity that must resolve and does not (or is ambiguous);
/// the checker is at the activity.
fn check_activity(c: &mut Checker, index: &Index<'_>, activity: &ActivityRef) {
    if let Some(why) = unresolved(index, activity) {
        report_unresolved(c, activity, &why);
    }
}

/// Why `activity` does not resolve to one record of the dataset, if it
/// does not.
fn unresolved(index: &Index<'_>, activity: &ActivityRef) -> Option<String> {
    match index.activity(activity) {
        Resolution::Missing => Some("does not resolve to any".to_owned()),
        Resolution::Ambiguous(all) => Some(format!(
            "is ambiguous: its leading words match several ({})",
            all.join(", ")
        )),
        _ => None,
    }
}

/// Reports `activity` as unresolved (`why`) at its member `name`.
fn report_unresolved(c: &mut Checker, activity: &ActivityRef, why: &str) {
    c.report_at(
        "name",
        Rule::UnresolvedActivity,
        format!(
            "{} {:?} {why} {} of the dataset by name, acronym or former name",
            activity.kind, activity.name, activity.kind
        ),
    );
}

/// The mapping rows' activities, then the activities that held sessions
/// (found in the walk of the sessions, `held_by`).
fn check_mappings(c: &mut Checker, d: &Dataset, index: &Index<'_>, held_by: &mut Vec<Finding>) {
    c.each("roadmap_mappings", &d.roadmap_mappings, |c, row| {
        c.each("igf_activities", &row.igf_activities, |c, a| {
            check_activity(c, index, a)
        });
    });
    c.each("gdc_mappings", &d.gdc_mappings, |c, row| {
        c.each("igf_activities", &row.igf_activities, |c, a| {
            check_activity(c, index, a)
        });
    });
    c.append(held_by);
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
        if crate::Coverage::complete(&mag.coverage, "working_groups", mag.year) {
            *listed
                .entry((Counted::MagWorkingGroups, mag.year))
                .or_default() += mag.working_groups.len();
        }
    }
    // Only a list that claims to be complete is compared with a count.
    let complete = |kind: &Counted, year: Year| {
        let list = match kind {
            Counted::DynamicCoalitions => "dynamic_coalitions",
            Counted::BestPracticeForums => "best_practice_forums",
            Counted::PolicyNetworks => "policy_networks",
            _ => return true,
        };
        crate::Coverage::complete(&d.coverage, list, year)
    };
    listed.retain(|(kind, year), _| complete(kind, *year));
    // Policy networks active in a year: by their cycles, or from their
    // first year when they list no cycles.
    for m in &d.meetings {
        let n = d
            .policy_networks
            .iter()
            .filter(|p| p.active_in(m.year))
            .count();
        if n > 0 {
            listed.insert((Counted::PolicyNetworks, m.year), n);
        }
    }
    c.each("meetings", &d.meetings, |c, m| {
        c.each("figures", &m.figures, |c, f| {
            let (Some(kind), Some(value)) = (f.counts.as_ref(), f.exact_value()) else {
                return;
            };
            let Some(&n) = listed.get(&(kind.clone(), m.year)) else {
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
