//! Validates dataset files named on the command line, as a project's CI
//! gate would, and prints every finding:
//! `cargo run --example validate_file -- data/igf2020.json`.
//! Exits with status 1 when a file has an error, 2 when one cannot be read.
//! The gate is the library's ([`igf_model::gate`]), the one `igf validate` runs.

use std::process::ExitCode;

use igf_model::gate::{Gate, Input};

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: validate_file FILE.json...");
        return ExitCode::from(2);
    }
    let verdict = Gate::new().check(files.iter().map(Input::file));
    for (name, why) in &verdict.unreadable {
        eprintln!("{name}: cannot read: {why}");
    }
    for file in &verdict.report.files {
        for finding in &file.findings {
            println!("{}:{finding}", file.file);
        }
    }
    println!("{}", verdict.summary());
    ExitCode::from(verdict.outcome().exit_code())
}
