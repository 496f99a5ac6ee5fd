//! Property-based tests over every root type of the model (`Dataset`,
//! `Meeting`, `DynamicCoalition`, `Nri`, `BestPracticeForum`,
//! `PolicyNetwork`, `Mag`, `Commitment`, `RoadmapMapping`): three
//! properties each, 10,000 cases per property and type.
//!
//! - `json_round_trip` (realistic values, every edge case mixed in):
//!   `serde_json::to_string` then `serde_json::from_str` gives an equal
//!   value; for a `Dataset`, so does `load::from_str` (which upgrades an
//!   older format version to the current one).
//! - `schema_accepts_what_the_validator_accepts` (half tame values, half
//!   realistic): when validation reports no `shape.*` finding, the
//!   serialised JSON is valid against the committed schema file of the type,
//!   read from `schemas/`. The test also checks that at least a tenth of the
//!   cases reach the schema.
//! - `validate_never_panics` (half realistic values, half absurd ones:
//!   `MIN_UTC`/`MAX_UTC` time slots, chrono's extreme dates, non-finite
//!   percentages, integer extremes, empty text): validation returns, and
//!   every finding prints.
//!
//! The strategies are in `strategies/mod.rs`. Failures are not persisted;
//! the minimal failing values found so far are kept as plain tests in
//! `property_regressions.rs`.

mod strategies;

use std::fmt::Debug;
use std::sync::atomic::{AtomicUsize, Ordering};

use igf_model::validate::Finding;
use igf_model::{
    load, BestPracticeForum, Commitment, Dataset, DynamicCoalition, FormatVersion, Mag, Meeting,
    Nri, PolicyNetwork, RoadmapMapping, Validate,
};
use proptest::prelude::*;
use proptest::strategy::BoxedStrategy;
use proptest::test_runner::{Config, RngAlgorithm, TestError, TestRunner};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use strategies::Mode;

/// Cases per property and root type.
const CASES: u32 = 10_000;

/// A runner of `CASES` cases that persists no failure. XorShift rather than
/// the default ChaCha: in the debug profile it makes generation several
/// times faster.
fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: CASES,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::XorShift,
        ..Config::default()
    })
}

/// Runs `test` over `strategy`, panicking with proptest's minimal failing
/// value when it fails.
fn check<T: Debug>(
    property: &str,
    strategy: BoxedStrategy<T>,
    test: impl Fn(T) -> Result<(), TestCaseError>,
) {
    match runner().run(&strategy, test) {
        Ok(()) => {}
        Err(TestError::Fail(reason, value)) => {
            panic!("{property} failed: {reason}\nminimal failing value: {value:#?}")
        }
        Err(TestError::Abort(reason)) => panic!("{property} aborted: {reason}"),
    }
}

/// (a) JSON round trip. A value with a date or time RFC 3339 cannot write
/// (a five-digit year, a leap second away from 23:59 UTC) cannot round-trip
/// as valid JSON: the validator must say so (`shape.date_range`), and then
/// reading it back must indeed fail.
fn round_trip<T>(
    property: &str,
    strategy: BoxedStrategy<T>,
    validate: impl Fn(&T) -> Vec<Finding>,
    extra: impl Fn(&T, &str) -> Result<(), TestCaseError>,
) where
    T: Serialize + DeserializeOwned + PartialEq + Debug + Clone + 'static,
{
    check(property, strategy, |v| {
        let text = serde_json::to_string(&v)
            .map_err(|e| TestCaseError::fail(format!("serialising: {e}")))?;
        if validate(&v).iter().any(|f| f.code() == "shape.date_range") {
            prop_assert!(
                serde_json::from_str::<T>(&text).is_err(),
                "shape.date_range reported, but {} reads back",
                text
            );
            return Ok(());
        }
        let Some(expected) = expected_back(&v, &text) else {
            // A dataset of an older format whose upgrade finds a problem:
            // serde refuses it, as load does.
            prop_assert!(serde_json::from_str::<T>(&text).is_err(), "{}", text);
            return Ok(());
        };
        let back: T = serde_json::from_str(&text)
            .map_err(|e| TestCaseError::fail(format!("reading back {text}: {e}")))?;
        prop_assert_eq!(&back, &expected, "read back from {}", text);
        extra(&v, &text)
    });
}

/// What reading `text` (written from `v`) gives back: `v` itself, except
/// a dataset of an older format, which reading upgrades as `load` does
/// (`None` when the upgrade finds a problem).
fn expected_back<T: Clone + 'static>(v: &T, text: &str) -> Option<T> {
    use std::any::Any;
    if let Some(d) = (v as &dyn Any).downcast_ref::<Dataset>() {
        if d.format_version < igf_model::FormatVersion::CURRENT {
            let upgraded = igf_model::load::from_str(text).ok()?;
            return (Box::new(upgraded) as Box<dyn Any>)
                .downcast::<T>()
                .ok()
                .map(|b| *b);
        }
    }
    Some(v.clone())
}

/// A validator of the committed schema file `file`, read from disk.
fn schema_validator(file: &str) -> jsonschema::Validator {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(file);
    let text = std::fs::read_to_string(&path).expect("the committed schema file");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles")
}

fn has_shape_finding(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.code().starts_with("shape."))
}

/// (b) The schema accepts every serialised value without `shape.*` findings.
fn schema_acceptance<T: Serialize + Debug>(
    property: &str,
    file: &str,
    strategy: BoxedStrategy<T>,
    validate: impl Fn(&T) -> Vec<Finding>,
) {
    let schema = schema_validator(file);
    let checked = AtomicUsize::new(0);
    check(property, strategy, |v| {
        let findings = validate(&v);
        if has_shape_finding(&findings) {
            return Ok(());
        }
        checked.fetch_add(1, Ordering::Relaxed);
        let json = serde_json::to_value(&v)
            .map_err(|e| TestCaseError::fail(format!("serialising: {e}")))?;
        let errors: Vec<String> = schema
            .iter_errors(&json)
            .take(5)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        prop_assert!(
            errors.is_empty(),
            "{file} rejects a value without shape findings (findings: {:?}): {:#?}\nJSON: {}",
            findings.iter().map(Finding::code).collect::<Vec<_>>(),
            errors,
            json
        );
        Ok(())
    });
    let checked = checked.into_inner();
    eprintln!("{property}: {checked} of {CASES} cases had no shape finding and were checked against {file}");
    // The property is not vacuous: a good share of the values reach the schema.
    assert!(
        checked * 10 >= CASES as usize,
        "{property}: only {checked} of {CASES} cases were checked against the schema"
    );
}

/// (c) Validation returns on realistic and absurd values alike.
fn never_panics<T: Debug + 'static>(
    property: &str,
    strategy: fn(Mode) -> BoxedStrategy<T>,
    validate: impl Fn(&T) -> Vec<Finding>,
) {
    let both = prop_oneof![strategy(Mode::REALISTIC), strategy(Mode::ABSURD)].boxed();
    check(property, both, |v| {
        let findings = validate(&v);
        // Every finding prints.
        let printed: usize = findings.iter().map(|f| f.to_string().len()).sum();
        std::hint::black_box(printed);
        Ok(())
    });
}

fn no_extra<T>(_: &T, _: &str) -> Result<(), TestCaseError> {
    Ok(())
}

/// The three properties for one root type.
macro_rules! root {
    ($module:ident, $ty:ty, $strategy:path, $schema:literal, $validate:expr, $extra:expr) => {
        mod $module {
            use super::*;

            #[test]
            fn json_round_trip() {
                round_trip::<$ty>(
                    concat!(stringify!($module), "::json_round_trip"),
                    $strategy(Mode::REALISTIC),
                    $validate,
                    $extra,
                );
            }

            #[test]
            fn schema_accepts_what_the_validator_accepts() {
                schema_acceptance::<$ty>(
                    concat!(
                        stringify!($module),
                        "::schema_accepts_what_the_validator_accepts"
                    ),
                    $schema,
                    prop_oneof![$strategy(Mode::TAME), $strategy(Mode::REALISTIC)].boxed(),
                    $validate,
                );
            }

            #[test]
            fn validate_never_panics() {
                never_panics::<$ty>(
                    concat!(stringify!($module), "::validate_never_panics"),
                    $strategy,
                    $validate,
                );
            }
        }
    };
}

/// For a dataset, `load::from_str` round-trips too;
/// loading upgrades an older format version to the current one.
fn dataset_loads_back(d: &Dataset, text: &str) -> Result<(), TestCaseError> {
    let mut expected = d.clone();
    let mut loaded =
        load::from_str(text).map_err(|e| TestCaseError::fail(format!("loading {text}: {e}")))?;
    if expected.format_version < FormatVersion::CURRENT {
        let declared = expected.format_version;
        expected.format_version = FormatVersion::CURRENT;
        // A file of a format before the bibliography (0.3) gains one
        // document per document text its sources name, titled as named.
        if declared < FormatVersion::new(0, 3) && expected.documents.is_empty() {
            let named: std::collections::HashSet<&str> =
                loaded.documents.iter().map(|doc| doc.id.as_str()).collect();
            prop_assert_eq!(named.len(), loaded.documents.len(), "one document per text");
            prop_assert!(loaded.documents.iter().all(|doc| doc.title == doc.id));
            prop_assert!(igf_model::validate::validate(&loaded)
                .iter()
                .all(|f| f.rule != igf_model::validate::Rule::UnknownDocument));
            loaded.documents.clear();
        }
    }
    prop_assert_eq!(&loaded, &expected, "loaded from {}", text);
    Ok(())
}

root!(
    dataset,
    Dataset,
    strategies::dataset,
    "igf.schema.json",
    igf_model::validate::validate,
    dataset_loads_back
);
root!(
    meeting,
    Meeting,
    strategies::meeting,
    "meeting.schema.json",
    Validate::validate,
    no_extra
);
root!(
    dynamic_coalition,
    DynamicCoalition,
    strategies::dynamic_coalition,
    "dynamic-coalition.schema.json",
    Validate::validate,
    no_extra
);
root!(
    nri,
    Nri,
    strategies::nri,
    "nri.schema.json",
    Validate::validate,
    no_extra
);
root!(
    best_practice_forum,
    BestPracticeForum,
    strategies::best_practice_forum,
    "best-practice-forum.schema.json",
    Validate::validate,
    no_extra
);
root!(
    policy_network,
    PolicyNetwork,
    strategies::policy_network,
    "policy-network.schema.json",
    Validate::validate,
    no_extra
);
root!(
    mag,
    Mag,
    strategies::mag,
    "mag.schema.json",
    Validate::validate,
    no_extra
);
root!(
    commitment,
    Commitment,
    strategies::commitment,
    "commitment.schema.json",
    Validate::validate,
    no_extra
);
root!(
    roadmap_mapping,
    RoadmapMapping,
    strategies::roadmap_mapping,
    "roadmap-mapping.schema.json",
    Validate::validate,
    no_extra
);
