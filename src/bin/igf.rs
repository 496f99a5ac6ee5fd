//! `igf`: the igf-model validator as a command, for projects in any
//! language. Build it with `cargo install igf-model --features cli`.
//!
//! ```text
//! igf validate [--format human|json] [--deny-warnings] [--allow RULE]... [--config PATH]
//!              [--together | --against-reference] FILE...
//! igf validate [--format human|json] [--deny-warnings] [--allow RULE]... --reference NAME
//! igf migrate FILE [--out PATH]
//! igf schema [--out DIR]
//! igf summary [FILE | --reference NAME]
//! igf export --out DIR [--format csv|jsonl] (FILE... | --reference NAME)
//! igf rules
//! ```
//!
//! `-` reads standard input. `validate` is [`igf_model::gate`]: it leaves
//! out the findings of the rules allowed (`--allow`, or the `allow` list of
//! the config, `.igf.json` in the current folder unless `--config` names
//! another). Exit status of `validate`: 0 when no file has an error
//! (warnings allowed, unless `--deny-warnings`), 1 when any file has an
//! error (a file that is not JSON, or not a dataset, included), 2 when the
//! command could not run (bad usage, unreadable file or config).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use igf_model::gate::{Config, Gate, Input};
use igf_model::validate::{self, Rule};
use igf_model::{export, load, schema, summary, Dataset};

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
    Validate(ValidateArgs),
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
    /// Write datasets as a tabular data package (datapackage.json and one
    /// CSV or JSON Lines file per table), for pandas, R and spreadsheets.
    Export {
        /// The folder to write into (created when missing).
        #[arg(long)]
        out: PathBuf,
        /// The format of the tables.
        #[arg(long, value_enum, default_value_t = TableFormat::Csv)]
        format: TableFormat,
        /// Dataset files, merged into one; `-` reads standard input.
        #[arg(required_unless_present = "reference")]
        files: Vec<PathBuf>,
        /// Export a reference dataset embedded in the crate instead, by
        /// file name (`igf2020.json`, ...), or `all` for every one as one
        /// history.
        #[arg(long, value_name = "NAME", conflicts_with = "files")]
        reference: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum TableFormat {
    /// CSV files (RFC 4180).
    Csv,
    /// JSON Lines files.
    Jsonl,
}

#[derive(Args)]
struct ValidateArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Exit with status 1 when any file has a warning, too (for CI).
    #[arg(long)]
    deny_warnings: bool,
    /// Leave out the findings of this rule (by code, such as
    /// `sources.disagree`); repeatable.
    #[arg(long, value_name = "RULE")]
    allow: Vec<Rule>,
    /// Read the allowed rules and `deny_warnings` from this JSON file
    /// (default: `.igf.json` in the current folder, if there is one).
    #[arg(long, value_name = "PATH")]
    config: Option<PathBuf>,
    /// Validate the files as one dataset (references between them
    /// resolve); each finding is reported under the file that holds it.
    #[arg(long, conflicts_with = "against_reference")]
    together: bool,
    /// Validate each file against the embedded history (`--reference
    /// all`): its references may name any record of it.
    #[arg(long)]
    against_reference: bool,
    /// Files to validate; `-` reads standard input.
    #[arg(required_unless_present = "reference")]
    files: Vec<PathBuf>,
    /// Validate a reference dataset embedded in the crate instead, by
    /// file name (`igf2020.json`, ...), or `all` for every one as one
    /// history (where references between the files resolve).
    #[arg(long, value_name = "NAME", conflicts_with = "files")]
    reference: Option<String>,
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

/// The embedded reference dataset `name`, or a message naming the choices.
fn reference(name: &str) -> Result<&'static Dataset, ExitCode> {
    igf_model::reference::get(name).ok_or_else(|| no_reference(name))
}

/// Says which reference datasets there are; status 2.
fn no_reference(name: &str) -> ExitCode {
    let names: Vec<&str> = igf_model::reference::FILES
        .iter()
        .map(|(n, _)| *n)
        .collect();
    eprintln!(
        "igf: no reference dataset {name:?}; there are {} and all",
        names.join(", ")
    );
    ExitCode::from(2)
}

fn run_validate(args: ValidateArgs) -> ExitCode {
    let config = match &args.config {
        Some(path) => Config::from_file(path),
        None if Path::new(Config::FILE_NAME).is_file() => Config::from_file(Config::FILE_NAME),
        None => Ok(Config::default()),
    };
    let config = match config {
        Ok(config) => config,
        Err(err) => {
            eprintln!("igf: {err}");
            return ExitCode::from(2);
        }
    };
    let mut gate =
        Gate::from_config(&config).deny_warnings(config.deny_warnings || args.deny_warnings);
    for rule in args.allow {
        gate = gate.allow(rule);
    }
    let mut inputs = Vec::new();
    if let Some(name) = &args.reference {
        match Input::reference(name) {
            Some(input) => inputs.push(input),
            None => return no_reference(name),
        }
    }
    for file in &args.files {
        inputs.push(if is_stdin(file) {
            Input::Bytes {
                name: "-".into(),
                bytes: read(file).map_err(|err| err.to_string()),
            }
        } else {
            Input::file(file)
        });
    }
    let verdict = if args.together {
        gate.check_together(inputs)
    } else if args.against_reference {
        gate.check_against_reference(inputs)
    } else {
        gate.check(inputs)
    };
    for (name, why) in &verdict.unreadable {
        eprintln!("igf: cannot read {name}: {why}");
    }
    let mut out = std::io::stdout().lock();
    let written = match args.format {
        Format::Human => {
            let mut result = Ok(());
            for file in &verdict.report.files {
                for finding in &file.findings {
                    result = result.and(writeln!(out, "{}:{finding}", file.file));
                }
            }
            result.and(writeln!(out, "{}", verdict.summary()))
        }
        Format::Json => serde_json::to_writer(&mut out, &verdict.report)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
    };
    match written {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => ExitCode::from(2),
        _ => ExitCode::from(verdict.outcome().exit_code()),
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
        None => print_all(&schema::render(&schema::bundle())),
        Some(dir) => match schema::write_all(&dir) {
            Ok(()) => {
                let written: String = schema::files()
                    .iter()
                    .map(|(name, _)| format!("{}\n", dir.join(name).display()))
                    .collect();
                print_all(&written)
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

fn run_export(
    out: &Path,
    format: TableFormat,
    files: &[PathBuf],
    embedded: Option<&str>,
) -> ExitCode {
    let mut merged;
    let dataset = match embedded {
        Some(name) => match reference(name) {
            Ok(dataset) => dataset,
            Err(status) => return status,
        },
        None => {
            merged = Dataset::new();
            let mut failed = None;
            for file in files {
                match load_file(file) {
                    Ok(dataset) if files.len() == 1 => merged = dataset,
                    Ok(dataset) => merged.merge(dataset),
                    Err(status) => failed = Some(failed.unwrap_or(status)),
                }
            }
            if let Some(status) = failed {
                return status;
            }
            &merged
        }
    };
    let format = match format {
        TableFormat::Csv => export::Format::Csv,
        TableFormat::Jsonl => export::Format::JsonLines,
    };
    let written = export::Package::of(dataset)
        .map_err(std::io::Error::from)
        .and_then(|package| package.write(out, format));
    match written {
        Ok(names) => {
            for name in names {
                println!("{}", out.join(name).display());
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("igf: cannot write to {}: {err}", out.display());
            ExitCode::from(2)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Validate(args) => run_validate(args),
        Command::Migrate { file, out } => run_migrate(&file, out.as_deref()),
        Command::Schema { out } => run_schema(out),
        Command::Summary { file, reference } => run_summary(file, reference),
        Command::Rules => print_all(&validate::catalogue_markdown()),
        Command::Export {
            out,
            format,
            files,
            reference,
        } => run_export(&out, format, &files, reference.as_deref()),
    }
}
