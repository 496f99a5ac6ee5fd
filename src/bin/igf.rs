//! `igf`: the igf-model validator as a command, for projects in any
//! language. Build it with `cargo install igf-model --features cli`.
//!
//! ```text
//! igf validate [--format human|json] [--deny-warnings] FILE...   (- reads standard input)
//! igf validate [--format human|json] [--deny-warnings] --reference NAME
//! igf migrate FILE [--out PATH]
//! igf schema [--out DIR]
//! igf summary [FILE | --reference NAME]
//! igf rules
//! ```
//!
//! Exit status of `validate`: 0 when no file has an error (warnings allowed,
//! unless `--deny-warnings`), 1 when any file has an error (a file that is
//! not JSON, or not a dataset, included), 2 when the command could not run
//! (bad usage, unreadable file).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use igf_model::validate::{self, FileReport, Finding, ValidationReport};
use igf_model::{load, schema, summary, Dataset};

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
        /// Exit with status 1 when any file has a warning, too (for CI).
        #[arg(long)]
        deny_warnings: bool,
        /// Files to validate; `-` reads standard input.
        #[arg(required_unless_present = "reference")]
        files: Vec<PathBuf>,
        /// Validate a reference dataset embedded in the crate instead, by
        /// file name (`igf2020.json`, ...), or `all` for every one as one
        /// history (where references between the files resolve).
        #[arg(long, value_name = "NAME", conflicts_with = "files")]
        reference: Option<String>,
    },
    /// Write a dataset file in the current format version (upgrading an older one).
    Migrate {
        /// The dataset file; `-` reads standard input.
        file: PathBuf,
        /// Write here instead of standard output (may be the input file itself).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Print the JSON Schema bundle, or write every schema file into a folder.
    Schema {
        /// Write every schema file into this folder instead of printing the bundle.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Print a readable summary of a dataset.
    Summary {
        /// The dataset file; `-` or nothing reads standard input.
        #[arg(conflicts_with = "reference")]
        file: Option<PathBuf>,
        /// Summarise a reference dataset embedded in the crate instead, by
        /// file name (`igf2020.json`, `intersessional.json`, ...), or `all`
        /// for every one as one history.
        #[arg(long, value_name = "NAME")]
        reference: Option<String>,
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

/// True for the name that means standard input.
fn is_stdin(file: &Path) -> bool {
    file.as_os_str() == "-"
}

/// Reads a file, or standard input for `-`.
fn read(file: &Path) -> std::io::Result<Vec<u8>> {
    if is_stdin(file) {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(file)
    }
}

/// Reads and loads a dataset; on failure prints why and gives the exit status.
fn load_file(file: &Path) -> Result<Dataset, ExitCode> {
    let bytes = read(file).map_err(|err| {
        eprintln!("igf: cannot read {}: {err}", file.display());
        ExitCode::from(2)
    })?;
    load::from_slice(&bytes).map_err(|err| {
        let findings = err.to_findings();
        if findings.is_empty() {
            eprintln!("igf: cannot read {}: {err}", file.display());
            return ExitCode::from(2);
        }
        for finding in findings {
            eprintln!("{}:{finding}", file.display());
        }
        ExitCode::from(1)
    })
}

/// The findings of one file, or `None` when it could not be read.
fn findings_of(file: &Path) -> Option<Vec<Finding>> {
    let bytes = match read(file) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("igf: cannot read {}: {err}", file.display());
            return None;
        }
    };
    validate::findings_of_json(&bytes)
        .map_err(|err| eprintln!("igf: cannot read {}: {err}", file.display()))
        .ok()
}

/// The embedded reference dataset `name`, or a message naming the choices.
fn reference(name: &str) -> Result<&'static Dataset, ExitCode> {
    igf_model::reference::get(name).ok_or_else(|| {
        let names: Vec<&str> = igf_model::reference::FILES
            .iter()
            .map(|(n, _)| *n)
            .collect();
        eprintln!(
            "igf: no reference dataset {name:?}; there are {} and all",
            names.join(", ")
        );
        ExitCode::from(2)
    })
}

fn run_validate(
    format: Format,
    deny_warnings: bool,
    files: &[PathBuf],
    embedded: Option<&str>,
) -> ExitCode {
    let mut report = ValidationReport::default();
    let mut unreadable = false;
    if let Some(name) = embedded {
        match reference(name) {
            Ok(dataset) => report.files.push(FileReport::new(
                format!("reference:{name}"),
                validate::validate(dataset),
            )),
            Err(status) => return status,
        }
    }
    for file in files {
        match findings_of(file) {
            Some(findings) => report
                .files
                .push(FileReport::new(file.display().to_string(), findings)),
            None => unreadable = true,
        }
    }
    let (errors, warnings) = report
        .files
        .iter()
        .map(|f| validate::counts(&f.findings))
        .fold((0, 0), |(e, w), (fe, fw)| (e + fe, w + fw));
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
    } else if errors > 0 || (deny_warnings && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn run_migrate(file: &Path, out: Option<&Path>) -> ExitCode {
    let dataset = match load_file(file) {
        Ok(dataset) => dataset,
        Err(status) => return status,
    };
    let text = match dataset.to_json_pretty() {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        Err(err) => {
            eprintln!("igf: cannot write {}: {err}", file.display());
            return ExitCode::from(2);
        }
    };
    let written = match out {
        Some(path) if !is_stdin(path) => std::fs::write(path, text),
        _ => std::io::stdout().lock().write_all(text.as_bytes()),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("igf: cannot write: {err}");
            ExitCode::from(2)
        }
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

fn run_summary(file: Option<PathBuf>, reference: Option<String>) -> ExitCode {
    let loaded;
    let dataset = match reference {
        Some(name) => match self::reference(&name) {
            Ok(dataset) => dataset,
            Err(status) => return status,
        },
        None => match load_file(&file.unwrap_or_else(|| PathBuf::from("-"))) {
            Ok(dataset) => {
                loaded = dataset;
                &loaded
            }
            Err(status) => return status,
        },
    };
    print_all(&summary::Summary(dataset).to_string())
}

/// Prints `text`; a reader that stops early (`igf summary | head`) is no
/// failure, any other write error is (status 2). Never a panic.
fn print_all(text: &str) -> ExitCode {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("igf: cannot write: {err}");
            ExitCode::from(2)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Validate {
            format,
            deny_warnings,
            files,
            reference,
        } => run_validate(format, deny_warnings, &files, reference.as_deref()),
        Command::Migrate { file, out } => run_migrate(&file, out.as_deref()),
        Command::Schema { out } => run_schema(out),
        Command::Summary { file, reference } => run_summary(file, reference),
        Command::Rules => print_all(&validate::catalogue_markdown()),
    }
}
