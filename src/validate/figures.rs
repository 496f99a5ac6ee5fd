//! The figures of one meeting compared with each other: two publications of
//! the same figure that disagree, and a phase's figure larger than the whole
//! meeting's. The publications are indexed once.

use std::collections::HashMap;

use super::{Checker, Rule};
use crate::{Dimension, Figure, Measure, Year};

/// What makes two figures publications of the same observation.
#[derive(Debug, PartialEq, Eq, Hash)]
struct FigureKey<'a> {
    measure: &'a Measure,
    phase: Option<u8>,
    track: Option<&'a str>,
    as_of_year: Option<Year>,
    as_of: Option<chrono::NaiveDate>,
    expected: bool,
    scope: Option<&'a str>,
}

fn key(f: &Figure) -> FigureKey<'_> {
    FigureKey {
        measure: &f.measure,
        phase: f.phase,
        track: f.track.as_deref(),
        as_of_year: f.as_of_year,
        as_of: f.as_of,
        expected: f.expected,
        scope: f.scope.as_deref(),
    }
}

/// What a figure is compared with: the value and each breakdown count of
/// one or more publications (the first of each), with the index of the
/// publication that gave it. Built once per observation.
#[derive(Default)]
struct Reference {
    value: Option<(f64, usize)>,
    /// The first publication with a value, exact or not.
    first: Option<usize>,
    counts: HashMap<(Dimension, String), (i64, usize)>,
}

impl Reference {
    fn of(figures: &[Figure], publications: &[usize]) -> Self {
        let mut r = Reference::default();
        for &j in publications {
            let f = &figures[j];
            if r.value.is_none() {
                r.value = f.exact_value().map(|v| (v, j));
            }
            if r.first.is_none() && f.value.is_some() {
                r.first = Some(j);
            }
            for s in &f.breakdown {
                if let (Some(n), None) = (s.count, &s.qualifier) {
                    r.counts
                        .entry((s.dimension.clone(), s.category.to_ascii_lowercase()))
                        .or_insert((n, j));
                }
            }
        }
        r
    }
}

/// Rules across the figures of one meeting: two publications that disagree,
/// and a phase's figure larger than the meeting's. `figures` are at member
/// `figures` of the checker's current position. Each figure is compared
/// once, with the first publication of the same observation and with the
/// whole meeting's publications merged, so the findings grow linearly.
pub(crate) fn check_figure_set(c: &mut Checker, figures: &[Figure]) {
    // Index once: the exact publications of each observation, in order.
    let mut publications: HashMap<FigureKey<'_>, Vec<usize>> = HashMap::new();
    for (i, figure) in figures.iter().enumerate() {
        let has_counts = figure.breakdown.iter().any(|s| s.count.is_some());
        if figure.value.is_some() || has_counts {
            publications.entry(key(figure)).or_default().push(i);
        }
    }
    let mut firsts: HashMap<usize, Reference> = HashMap::new();
    let mut wholes: HashMap<FigureKey<'_>, Reference> = HashMap::new();
    for (i, figure) in figures.iter().enumerate() {
        if let Some(&first) = publications.get(&key(figure)).and_then(|p| p.first()) {
            if first < i {
                let reference = firsts
                    .entry(first)
                    .or_insert_with(|| Reference::of(figures, &[first]));
                c.field("figures", |c| {
                    c.index(i, |c| {
                        compare(c, figures, reference, figure, Rule::SourcesDisagree)
                    })
                });
            }
        }
        if figure.phase.is_none() || figure.qualifier.is_some() {
            continue;
        }
        let whole_key = FigureKey {
            phase: None,
            ..key(figure)
        };
        let Some(whole) = publications.get(&whole_key) else {
            continue;
        };
        let reference = wholes
            .entry(whole_key)
            .or_insert_with(|| Reference::of(figures, whole));
        c.field("figures", |c| {
            c.index(i, |c| {
                compare(c, figures, reference, figure, Rule::PartExceedsWhole)
            })
        });
    }
}

/// Compares `figure` with `reference` (the earlier publication, or the whole).
fn compare(
    c: &mut Checker,
    figures: &[Figure],
    reference: &Reference,
    figure: &Figure,
    rule: Rule,
) {
    let differs = |a: f64, b: f64| match rule {
        Rule::PartExceedsWhole => b > a,
        _ => (a - b).abs() > f64::EPSILON,
    };
    let cite = |c: &Checker, f: &Figure| crate::provenance::cite(c, Some(&f.source));
    let what = match rule {
        Rule::PartExceedsWhole => "is larger than the whole meeting's",
        _ => "disagrees with the same figure",
    };
    if rule == Rule::SourcesDisagree {
        let disagree = reference
            .first
            .filter(|&j| figures[j].overlaps(figure) == Some(false));
        if let Some(j) = disagree {
            let shown = |f: &Figure| match (&f.as_published, &f.value) {
                (Some(text), _) => format!("{text:?}"),
                (None, Some(v)) => v.to_string(),
                (None, None) => String::new(),
            };
            c.report_at(
                "value",
                rule,
                format!(
                    "{} {} ({}) {what} {} (figures/{j}, {}); both are kept as published",
                    figure.measure,
                    shown(figure),
                    cite(c, figure),
                    shown(&figures[j]),
                    cite(c, &figures[j])
                ),
            );
        }
    } else if let (Some((a, j)), Some(b)) = (reference.value, figure.exact_value()) {
        if differs(a, b) {
            c.report_at(
                "value",
                rule,
                format!(
                    "{} {b} ({}) {what} {a} (figures/{j}, {}); both are kept as published",
                    figure.measure,
                    cite(c, figure),
                    cite(c, &figures[j])
                ),
            );
        }
    }
    c.each("breakdown", &figure.breakdown, |c, share| {
        let (Some(b), None) = (share.count, &share.qualifier) else {
            return;
        };
        let key = (share.dimension.clone(), share.category.to_ascii_lowercase());
        if let Some(&(a, j)) = reference.counts.get(&key) {
            if differs(a as f64, b as f64) {
                c.report_at(
                    "count",
                    rule,
                    format!(
                        "{} for {:?}: {b} ({}) {what} {a} (figures/{j}, {}); both are kept as published",
                        figure.measure,
                        share.category,
                        cite(c, figure),
                        cite(c, &figures[j])
                    ),
                );
            }
        }
    });
}
