//! `igf`: the igf-model validator as a command, for projects in any
//! language. Build it with `cargo install igf-model --features cli`.
//!
//! ```text
//! igf validate [--format human|json] FILE...   (- reads standard input)
//! igf schema [--out DIR]
//! igf summary [FILE]
//! igf rules
//! ```
//!
//! Exit status of `validate`: 0 when no file has an error (warnings allowed),
//! 1 when any file has an error (a file that is not JSON, or not a dataset,
//! included), 2 when the command could not run (bad usage, unreadable file).

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use igf_model::validate::{self, FileReport, ValidationReport};
use igf_model::{load, schema, summary};

#[derive(Parser)]
#[command(
    name = "igf",
    version,
    about = "Validate Internet Governance Forum (IGF) data against the igf-model rules"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate dataset files: every finding, with its JSON Pointer.
    Validate {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Files to validate; `-` reads standard input.
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// Print the JSON Schema bundle, or write every schema file into a folder.
    Schema {
        /// Write every schema file into this folder instead of printing the bundle.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Print a readable summary of a dataset (by default the embedded IGF 2020 data).
    Summary {
        /// The dataset file; `-` reads standard input.
        file: Option<String>,
    },
    /// Print the rule catalogue.
    Rules,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// One line per finding, then a count.
    Human,
    /// One JSON document (schemas/validation-report.schema.json).
    Json,
}

/// Reads a file, or standard input for `-`.
fn read(file: &str) -> std::io::Result<Vec<u8>> {
    if file == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(file)
    }
}

fn run_validate(format: Format, files: &[String]) -> ExitCode {
    let mut report = ValidationReport::default();
    let mut unreadable = false;
    for file in files {
        let bytes = match read(file) {
            Ok(bytes) => bytes,
            Err(err) => {
                eprintln!("igf: cannot read {file}: {err}");
                unreadable = true;
                continue;
            }
        };
        let findings = match load::from_slice(&bytes) {
            Ok(dataset) => validate::validate(&dataset),
            Err(err) => match err.to_finding() {
                Some(finding) => vec![finding],
                None => {
                    eprintln!("igf: cannot read {file}: {err}");
                    unreadable = true;
                    continue;
                }
            },
        };
        report.files.push(FileReport {
            file: file.clone(),
            findings,
        });
    }
    let all: Vec<_> = report
        .files
        .iter()
        .flat_map(|f| &f.findings)
        .cloned()
        .collect();
    let (errors, warnings) = validate::counts(&all);
    let mut out = std::io::stdout().lock();
    let written = match format {
        Format::Human => {
            let mut result = Ok(());
            for file in &report.files {
                for finding in &file.findings {
                    result = result.and(writeln!(out, "{}:{finding}", file.file));
                }
            }
            result.and(writeln!(
                out,
                "{errors} error(s), {warnings} warning(s) in {} file(s)",
                report.files.len()
            ))
        }
        Format::Json => serde_json::to_writer(&mut out, &report)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
    };
    if written.is_err() || unreadable {
        ExitCode::from(2)
    } else if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn run_schema(out: Option<PathBuf>) -> ExitCode {
    match out {
        None => {
            print!("{}", schema::render(&schema::bundle()));
            ExitCode::SUCCESS
        }
        Some(dir) => match schema::write_all(&dir) {
            Ok(()) => {
                for (name, _) in schema::files() {
                    println!("{}", dir.join(name).display());
                }
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("igf: cannot write to {}: {err}", dir.display());
                ExitCode::from(2)
            }
        },
    }
}

fn run_summary(file: Option<String>) -> ExitCode {
    let dataset = match file {
        None => igf_model::reference::igf2020(),
        Some(file) => {
            let bytes = match read(&file) {
                Ok(bytes) => bytes,
                Err(err) => {
                    eprintln!("igf: cannot read {file}: {err}");
                    return ExitCode::from(2);
                }
            };
            match load::from_slice(&bytes) {
                Ok(dataset) => dataset,
                Err(err) => {
                    eprintln!(
                        "{file}:{}",
                        err.to_finding()
                            .map_or_else(|| err.to_string(), |f| f.to_string())
                    );
                    return ExitCode::from(1);
                }
            }
        }
    };
    print!("{}", summary::summary(&dataset));
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Validate { format, files } => run_validate(format, &files),
        Command::Schema { out } => run_schema(out),
        Command::Summary { file } => run_summary(file),
        Command::Rules => {
            print!("{}", validate::catalogue_markdown());
            ExitCode::SUCCESS
        }
    }
}
