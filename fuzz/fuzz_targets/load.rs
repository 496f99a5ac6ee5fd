//! Loads arbitrary bytes. Loading must never panic; when it fails with a
//! syntax or shape error, the error must turn into at least one finding
//! (one per problem), and every finding's path must be a JSON Pointer:
//! empty (the whole document) or starting with "/".
#![no_main]

use igf_model::load::{from_slice, LoadError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Err(err) = from_slice(data) else {
        return;
    };
    // The messages must build without panicking.
    let _ = err.to_string();
    let findings = err.to_findings();
    match &err {
        LoadError::Syntax(_) | LoadError::Shape(_) => {
            assert!(
                !findings.is_empty(),
                "a syntax or shape error gave no findings: {err:?}"
            );
            assert_eq!(
                findings.len(),
                err.problems().len(),
                "one finding per problem: {err:?}"
            );
            assert!(err.rule().is_some(), "no rule for {err:?}");
            assert!(err.located().is_some(), "no location for {err:?}");
        }
        _ => {}
    }
    for finding in &findings {
        assert!(
            finding.path.is_empty() || finding.path.starts_with('/'),
            "finding path {:?} is not a JSON Pointer: {finding:?}",
            finding.path
        );
        let _ = finding.to_string();
    }
    for problem in err.problems() {
        assert!(
            problem.pointer.is_empty() || problem.pointer.starts_with('/'),
            "problem pointer {:?} is not a JSON Pointer: {problem:?}",
            problem.pointer
        );
    }
});
