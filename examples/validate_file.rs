//! Validates a dataset file named on the command line and prints every
//! finding: `cargo run --example validate_file -- data/igf2020.json`.
//! Exits with status 1 when the file has an error, 2 when it cannot be read.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: validate_file FILE.json");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("{path}: cannot read: {err}");
            return ExitCode::from(2);
        }
    };
    let findings = match igf_model::load::from_slice(&bytes) {
        Ok(dataset) => igf_model::validate::validate(&dataset),
        Err(err) => err.to_findings(),
    };
    for finding in &findings {
        println!("{path}:{finding}");
    }
    let (errors, warnings) = igf_model::validate::counts(&findings);
    println!("{path}: {errors} error(s), {warnings} warning(s)");
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
