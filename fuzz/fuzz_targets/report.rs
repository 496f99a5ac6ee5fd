//! Loads arbitrary bytes and builds the report `igf validate --format json`
//! writes: the validator's findings, or the load error's findings. The
//! report must serialise to JSON that deserialises back to an equal report.
#![no_main]

use igf_model::load::from_slice;
use igf_model::serde_json;
use igf_model::validate::{validate, FileReport, ValidationReport};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let findings = match from_slice(data) {
        Ok(dataset) => validate(&dataset),
        Err(err) => err.to_findings(),
    };
    // A file name taken from the input (up to the first newline) as well
    // as the name of standard input, so odd names are exercised too.
    let name_end = data
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(data.len())
        .min(64);
    let name = String::from_utf8_lossy(&data[..name_end]).into_owned();
    let mut report = ValidationReport::default();
    report.files.push(FileReport::new("-", findings.clone()));
    report.files.push(FileReport::new(name, findings));

    let compact = serde_json::to_vec(&report).expect("a report must serialise");
    let back: ValidationReport = match serde_json::from_slice(&compact) {
        Ok(back) => back,
        Err(err) => panic!(
            "the report is not readable JSON: {err}\n{}",
            String::from_utf8_lossy(&compact)
        ),
    };
    assert_eq!(report, back, "the report changed through JSON");

    let pretty = serde_json::to_vec_pretty(&report).expect("a report must serialise");
    let back: ValidationReport =
        serde_json::from_slice(&pretty).expect("the pretty report is not readable JSON");
    assert_eq!(report, back, "the pretty report changed through JSON");
});
