//! The figures of one meeting compared with each other: two publications of
//! the same figure that disagree, and a phase's figure larger than the whole
//! meeting's. The publications are indexed once.

use std::collections::HashMap;

use super::{Checker, Rule};
use crate::{Figure, Measure, Year};

/// What makes two figures publications of the same observation.
#[derive(Debug, PartialEq, Eq, Hash)]
struct FigureKey<'a> {
    measure: &'a Measure,
    phase: Option<u8>,
    track: Option<&'a str>,
    as_of_year: Option<Year>,
}

fn key(f: &Figure) -> FigureKey<'_> {
    FigureKey {
        measure: &f.measure,
        phase: f.phase,
        track: f.track.as_deref(),
        as_of_year: f.as_of_year,
    }
}

/// Rules across the figures of one meeting: two publications that disagree,
/// and a phase's figure larger than the meeting's. `figures` are at member
/// `figures` of the checker's current position.
pub(crate) fn check_figure_set(c: &mut Checker, figures: &[Figure]) {
    // Index once: the exact publications of each observation, in order.
    let mut publications: HashMap<FigureKey<'_>, Vec<usize>> = HashMap::new();
    for (i, figure) in figures.iter().enumerate() {
        let has_counts = figure.breakdown.iter().any(|s| s.count.is_some());
        if figure.qualifier.is_none() && (figure.value.is_some() || has_counts) {
            publications.entry(key(figure)).or_default().push(i);
        }
    }
    for (i, figure) in figures.iter().enumerate() {
        if let Some(&first) = publications.get(&key(figure)).and_then(|p| p.first()) {
            if first < i && figure.qualifier.is_none() {
                c.field("figures", |c| {
                    c.index(i, |c| {
                        compare(
                            c,
                            &figures[first],
                            first,
                            figure,
                            Rule::PublicationsDisagree,
                        )
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
        for &j in publications.get(&whole_key).into_iter().flatten() {
            c.field("figures", |c| {
                c.index(i, |c| {
                    compare(c, &figures[j], j, figure, Rule::PartExceedsWhole)
                })
            });
        }
    }
}

/// Compares `other` (the earlier publication, or the whole) with `figure`.
fn compare(c: &mut Checker, earlier: &Figure, j: usize, figure: &Figure, rule: Rule) {
    let differs = |a: f64, b: f64| match rule {
        Rule::PartExceedsWhole => b > a,
        _ => (a - b).abs() > f64::EPSILON,
    };
    let cite = |f: &Figure| match &f.source.section {
        Some(s) => format!("{}, {}", f.source.document, s),
        None => f.source.document.clone(),
    };
    let what = match rule {
        Rule::PartExceedsWhole => "is larger than the whole meeting's",
        _ => "disagrees with the same figure",
    };
    if let (Some(a), Some(b)) = (earlier.exact_value(), figure.exact_value()) {
        if differs(a, b) {
            c.report_at(
                "value",
                rule,
                format!(
                    "{} {b} ({}) {what} {a} (figures/{j}, {}); both are kept as published",
                    figure.measure,
                    cite(figure),
                    cite(earlier)
                ),
            );
        }
    }
    c.each("breakdown", &figure.breakdown, |c, share| {
        let Some(b) = share.count else { return };
        let matching = earlier.breakdown.iter().find(|s| {
            s.dimension == share.dimension && s.category.eq_ignore_ascii_case(&share.category)
        });
        if let Some(a) = matching.and_then(|s| s.count) {
            if differs(a as f64, b as f64) {
                c.report_at(
                    "count",
                    rule,
                    format!(
                        "{} for {:?}: {b} ({}) {what} {a} (figures/{j}, {}); both are kept as published",
                        figure.measure,
                        share.category,
                        cite(figure),
                        cite(earlier)
                    ),
                );
            }
        }
    });
}
