//! The gate a project runs over its data, in CI or before a release: files
//! (or datasets) in, a report and a pass or fail out. It is what
//! `igf validate` does, as a library.
//!
//! A [`Gate`] reads each file ([`crate::load`]), validates it
//! ([`crate::validate::validate`]), leaves out the findings of the rules the
//! project allows, and judges: the gate fails when a file has an error, or a
//! warning under [`Gate::deny_warnings`], and cannot run when a file cannot
//! be read.
//!
//! A project can commit its choices in a small JSON file, by convention
//! `.igf.json` at its root, that `igf validate` reads from the current
//! folder (or from `--config PATH`):
//!
//! ```json
//! {"allow": ["sources.disagree"], "deny_warnings": true}
//! ```
//!
//! ```
//! use igf_model::gate::{Gate, Input, Outcome};
//! use igf_model::validate::Rule;
//!
//! let strict = Gate::new().deny_warnings(true);
//! let verdict = strict.check(vec![Input::reference("igf2020.json").unwrap()]);
//! assert_eq!(verdict.outcome(), Outcome::Fail); // 10 warnings
//!
//! let gate = strict
//!     .allow(Rule::BreakdownSum)
//!     .allow(Rule::PartExceedsWhole)
//!     .allow(Rule::SourcesDisagree);
//! let verdict = gate.check(vec![Input::reference("igf2020.json").unwrap()]);
//! assert_eq!(verdict.outcome(), Outcome::Pass);
//! assert_eq!(verdict.allowed(), 10);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::validate::{self, FileReport, Finding, Rule, ValidationReport};
use crate::Dataset;

/// A file name that is not a config, or a config that cannot be read: it
/// says which and why.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The config file could not be read.
    #[error("cannot read the config {path}: {source}")]
    Io {
        /// The config file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The config is not a config: its JSON or a member is wrong.
    #[error("invalid config{}: {reason}", .path.as_ref().map(|p| format!(" {}", p.display())).unwrap_or_default())]
    Invalid {
        /// The config file, when it was read from one.
        path: Option<PathBuf>,
        /// What is wrong: the member and the expected form.
        reason: String,
    },
}

/// What a project commits in `.igf.json`: the rules it allows and whether
/// warnings fail the gate. Unknown members and unknown rule codes are
/// errors, so a typo does not silently allow nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Config {
    /// The rules whose findings the gate leaves out, by code
    /// (`"sources.disagree"`).
    #[serde(default)]
    pub allow: Vec<Rule>,
    /// Whether a warning fails the gate (default: no).
    #[serde(default)]
    pub deny_warnings: bool,
}

impl Config {
    /// The conventional name of the config file: `.igf.json`.
    pub const FILE_NAME: &'static str = ".igf.json";

    /// Reads a config from its JSON text.
    ///
    /// ```
    /// let config = igf_model::gate::Config::from_json(r#"{"allow": ["sources.disagree"]}"#)?;
    /// assert_eq!(config.allow[0].code(), "sources.disagree");
    /// assert!(igf_model::gate::Config::from_json(r#"{"allow": ["no.such_rule"]}"#).is_err());
    /// # Ok::<(), igf_model::gate::ConfigError>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Config, ConfigError> {
        serde_json::from_str(text).map_err(|err| ConfigError::Invalid {
            path: None,
            reason: err.to_string(),
        })
    }

    /// Reads the config file at `path`.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Config, ConfigError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
            path: path.to_owned(),
            source,
        })?;
        Config::from_json(&text).map_err(|err| match err {
            ConfigError::Invalid { reason, .. } => ConfigError::Invalid {
                path: Some(path.to_owned()),
                reason,
            },
            other => other,
        })
    }
}

/// One input of the gate: a file to read, text already read, or a dataset.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Input {
    /// A file, read by the gate; its findings are reported under its path.
    File(PathBuf),
    /// The bytes of a document, reported under `name` (standard input, say).
    Bytes {
        /// The name the report gives it.
        name: String,
        /// The document, or why it could not be read.
        bytes: Result<Vec<u8>, String>,
    },
    /// A dataset already in memory, reported under `name`.
    Dataset {
        /// The name the report gives it.
        name: String,
        /// The dataset.
        dataset: Box<Dataset>,
    },
}

impl Input {
    /// The file at `path`.
    pub fn file(path: impl Into<PathBuf>) -> Input {
        Input::File(path.into())
    }

    /// Every `.json` file of the folder `dir`, by name, in name order (not
    /// its sub-folders, nor files whose name starts with a dot, such as
    /// the config `.igf.json`).
    pub fn folder(dir: impl AsRef<Path>) -> std::io::Result<Vec<Input>> {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_file() && name.ends_with(".json") && !name.starts_with('.') {
                files.push(path);
            }
        }
        files.sort();
        Ok(files.into_iter().map(Input::File).collect())
    }

    /// A document already read, reported under `name`.
    pub fn bytes(name: impl Into<String>, bytes: Vec<u8>) -> Input {
        Input::Bytes {
            name: name.into(),
            bytes: Ok(bytes),
        }
    }

    /// A dataset in memory, reported under `name`.
    pub fn dataset(name: impl Into<String>, dataset: Dataset) -> Input {
        Input::Dataset {
            name: name.into(),
            dataset: Box::new(dataset),
        }
    }

    /// The embedded reference dataset `name` (`igf2020.json`, ..., or
    /// `all` for the whole history), reported as `reference:NAME`; `None`
    /// for a name the crate does not embed.
    pub fn reference(name: &str) -> Option<Input> {
        let dataset = crate::reference::get(name)?;
        Some(Input::dataset(format!("reference:{name}"), dataset.clone()))
    }

    /// The name the report gives the input.
    pub fn name(&self) -> String {
        match self {
            Input::File(path) => path.display().to_string(),
            Input::Bytes { name, .. } | Input::Dataset { name, .. } => name.clone(),
        }
    }
}

/// How the gate judged: pass, fail, or could not run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// No error (and no warning, when warnings are denied).
    Pass,
    /// An error (a file that is not JSON or not a dataset included), or a
    /// warning when warnings are denied.
    Fail,
    /// An input could not be read at all.
    CouldNotRun,
}

impl Outcome {
    /// The exit status `igf validate` gives it: 0, 1 or 2.
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Pass => 0,
            Outcome::Fail => 1,
            Outcome::CouldNotRun => 2,
        }
    }
}

/// What the gate found: the report (one entry per input read), the inputs
/// it could not read, and how many findings it left out as allowed.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Verdict {
    /// Every finding not allowed, per input, in the order given.
    pub report: ValidationReport,
    /// The inputs that could not be read, each with why.
    pub unreadable: Vec<(String, String)>,
    allowed: usize,
    deny_warnings: bool,
}

impl Verdict {
    /// The errors and warnings of the report.
    pub fn counts(&self) -> (usize, usize) {
        self.report
            .files
            .iter()
            .map(|f| validate::counts(&f.findings))
            .fold((0, 0), |(e, w), (fe, fw)| (e + fe, w + fw))
    }

    /// How many findings the gate left out, as their rules are allowed.
    pub fn allowed(&self) -> usize {
        self.allowed
    }

    /// The judgement.
    pub fn outcome(&self) -> Outcome {
        let (errors, warnings) = self.counts();
        if !self.unreadable.is_empty() {
            Outcome::CouldNotRun
        } else if errors > 0 || (self.deny_warnings && warnings > 0) {
            Outcome::Fail
        } else {
            Outcome::Pass
        }
    }

    /// True when the gate passes.
    pub fn passed(&self) -> bool {
        self.outcome() == Outcome::Pass
    }

    /// The last line of a human report: `"E error(s), W warning(s) in N
    /// file(s)"`, and how many findings were allowed, if any.
    pub fn summary(&self) -> String {
        let (errors, warnings) = self.counts();
        let mut line = format!(
            "{errors} error(s), {warnings} warning(s) in {} file(s)",
            self.report.files.len()
        );
        if self.allowed > 0 {
            line.push_str(&format!(", {} allowed", self.allowed));
        }
        line
    }
}

/// The gate: the rules allowed and whether warnings fail.
#[derive(Debug, Clone, Default)]
pub struct Gate {
    allowed: BTreeSet<Rule>,
    deny_warnings: bool,
}

impl Gate {
    /// A gate that allows no rule and lets warnings pass.
    pub fn new() -> Gate {
        Gate::default()
    }

    /// The gate a config describes.
    pub fn from_config(config: &Config) -> Gate {
        let mut gate = Gate::new().deny_warnings(config.deny_warnings);
        gate.allowed.extend(config.allow.iter().copied());
        gate
    }

    /// Leaves out the findings of `rule`.
    #[must_use]
    pub fn allow(mut self, rule: Rule) -> Gate {
        self.allowed.insert(rule);
        self
    }

    /// Whether warnings fail the gate.
    #[must_use]
    pub fn deny_warnings(mut self, deny: bool) -> Gate {
        self.deny_warnings = deny;
        self
    }

    /// The rules allowed.
    pub fn allowed(&self) -> impl Iterator<Item = Rule> + '_ {
        self.allowed.iter().copied()
    }

    /// Checks each input on its own. An input that builds on reference
    /// datasets ([`Dataset::builds_on`]) is validated together with them,
    /// and only its own findings are reported, at its own pointers.
    pub fn check(&self, inputs: impl IntoIterator<Item = Input>) -> Verdict {
        let mut verdict = self.verdict();
        for input in inputs {
            let name = input.name();
            match read(input) {
                Ok(Read::Loaded { dataset, text }) => {
                    let mut findings = findings_of(&dataset);
                    locate(text.as_deref(), &mut findings);
                    self.push(&mut verdict, name, findings);
                }
                Ok(Read::Failed(findings)) => self.push(&mut verdict, name, findings),
                Err(why) => verdict.unreadable.push((name, why)),
            }
        }
        verdict
    }

    /// Checks the inputs as one dataset (their lists joined, in order, as
    /// [`Dataset::merge`] joins them), with the reference datasets they
    /// build on that are not among them. Each finding is reported under the
    /// input that holds the offending record, at its pointer there.
    ///
    /// ```
    /// use igf_model::gate::{Gate, Input};
    ///
    /// let files = ["igf2021.json", "intersessional.json"].map(|f| Input::reference(f).unwrap());
    /// let verdict = Gate::new().check_together(files);
    /// assert_eq!(verdict.counts().0, 0);
    /// ```
    pub fn check_together(&self, inputs: impl IntoIterator<Item = Input>) -> Verdict {
        let mut verdict = self.verdict();
        let mut loaded: Vec<(usize, Dataset)> = Vec::new();
        let mut texts: Vec<Option<Vec<u8>>> = Vec::new();
        let mut names = Vec::new();
        let mut failed: Vec<Option<Vec<Finding>>> = Vec::new();
        for input in inputs {
            let name = input.name();
            match read(input) {
                Ok(Read::Loaded { dataset, text }) => {
                    loaded.push((names.len(), *dataset));
                    texts.push(text);
                    failed.push(None);
                }
                Ok(Read::Failed(findings)) => failed.push(Some(findings)),
                Err(why) => {
                    verdict.unreadable.push((name, why));
                    continue;
                }
            }
            names.push(name);
        }
        let parts: Vec<Dataset> = loaded.iter().map(|(_, d)| d.clone()).collect();
        let base = bases(&parts);
        let mut found = together(&base, &parts).into_iter();
        let mut at = loaded.iter().map(|(i, _)| *i).peekable();
        let mut texts = texts.into_iter();
        for (i, (name, failed)) in names.into_iter().zip(failed).enumerate() {
            let findings = match failed {
                Some(findings) => findings,
                None if at.peek() == Some(&i) => {
                    at.next();
                    let mut findings = found.next().unwrap_or_default();
                    locate(texts.next().flatten().as_deref(), &mut findings);
                    findings
                }
                None => Vec::new(),
            };
            self.push(&mut verdict, name, findings);
        }
        verdict
    }

    /// Checks each input against the embedded history
    /// ([`crate::reference::all`]): as if its records were added to it, so
    /// its references may name any record of the history (and a record the
    /// history already holds is a duplicate). Only the input's own findings
    /// are reported, at its own pointers.
    ///
    /// ```
    /// use igf_model::gate::{Gate, Input};
    ///
    /// let mine = r#"{"documents": [{"id": "d", "title": "My notes"}],
    ///   "roadmap_mappings": [{"area": "digital_inclusion", "source": {"document": "d"},
    ///     "igf_activities": [{"kind": "dynamic_coalition", "name": "Dynamic Coalition on Community Connectivity"}]}]}"#;
    /// let alone = Gate::new().check([Input::bytes("mine.json", mine.as_bytes().to_vec())]);
    /// assert_eq!(alone.counts().0, 1); // the coalition is not in the file
    /// let against = Gate::new().check_against_reference([Input::bytes("mine.json", mine.as_bytes().to_vec())]);
    /// assert_eq!(against.counts().0, 0);
    /// ```
    pub fn check_against_reference(&self, inputs: impl IntoIterator<Item = Input>) -> Verdict {
        let mut verdict = self.verdict();
        let history = crate::reference::all();
        for input in inputs {
            let name = input.name();
            match read(input) {
                Ok(Read::Loaded { dataset, text }) => {
                    let mut findings =
                        together(&[history], std::slice::from_ref(&*dataset)).remove(0);
                    locate(text.as_deref(), &mut findings);
                    self.push(&mut verdict, name, findings);
                }
                Ok(Read::Failed(findings)) => self.push(&mut verdict, name, findings),
                Err(why) => verdict.unreadable.push((name, why)),
            }
        }
        verdict
    }

    fn verdict(&self) -> Verdict {
        Verdict {
            deny_warnings: self.deny_warnings,
            ..Verdict::default()
        }
    }

    /// Adds one input's findings to the verdict, less the allowed ones.
    fn push(&self, verdict: &mut Verdict, name: String, mut findings: Vec<Finding>) {
        let before = findings.len();
        findings.retain(|f| !self.allowed.contains(&f.rule));
        verdict.allowed += before - findings.len();
        verdict.report.files.push(FileReport::new(name, findings));
    }
}

/// The findings of one dataset, validated with the reference datasets it
/// builds on ([`Dataset::builds_on`]), at its own pointers.
pub(crate) fn findings_of(dataset: &Dataset) -> Vec<Finding> {
    if dataset.builds_on.is_empty() {
        validate::validate(dataset)
    } else {
        let base = bases(std::slice::from_ref(dataset));
        together(&base, std::slice::from_ref(dataset)).remove(0)
    }
}

/// Gives findings of a dataset read from `text` their lines and columns.
fn locate(text: Option<&[u8]>, findings: &mut [Finding]) {
    if let Some(text) = text {
        crate::load::locate(text, findings);
    }
}

/// An input read: a dataset (with its text, when it was read from text), or
/// the findings of why it is not one.
enum Read {
    Loaded {
        dataset: Box<Dataset>,
        text: Option<Vec<u8>>,
    },
    Failed(Vec<Finding>),
}

/// Reads an input; `Err` says why it could not be read at all.
fn read(input: Input) -> Result<Read, String> {
    let bytes = match input {
        Input::Dataset { dataset, .. } => {
            return Ok(Read::Loaded {
                dataset,
                text: None,
            })
        }
        Input::File(path) => std::fs::read(&path).map_err(|err| err.to_string())?,
        Input::Bytes { bytes, .. } => bytes?,
    };
    match crate::load::from_slice(&bytes) {
        Ok(dataset) => Ok(Read::Loaded {
            dataset: Box::new(dataset),
            text: Some(bytes),
        }),
        Err(err) => {
            let findings = err.to_findings();
            if findings.is_empty() {
                Err(err.to_string())
            } else {
                Ok(Read::Failed(findings))
            }
        }
    }
}

/// The reference datasets `parts` build on, and those they build on in
/// turn, each once, less those equal to one of the parts.
fn bases(parts: &[Dataset]) -> Vec<&'static Dataset> {
    let mut names: Vec<&str> = Vec::new();
    let mut found: Vec<&'static Dataset> = Vec::new();
    let mut todo: Vec<&crate::Basis> = parts.iter().flat_map(|p| &p.builds_on).collect();
    while let Some(basis) = todo.pop() {
        if names.contains(&basis.reference.as_str()) {
            continue;
        }
        names.push(&basis.reference);
        // An unknown name is reported by the rule `reference.unknown_basis`.
        if let Some(dataset) = basis.resolve() {
            if !parts.iter().any(|p| p == dataset) {
                found.push(dataset);
            }
            todo.extend(&dataset.builds_on);
        }
    }
    found
}

/// Validates `base` and `parts` as one dataset, joined in that order, and
/// gives each part's findings at the part's own pointers. The findings of
/// the base's records are left out; the rules of each part's own members
/// (its description, its unknown members) are run on the part.
fn together(base: &[&Dataset], parts: &[Dataset]) -> Vec<Vec<Finding>> {
    use serde_json::Value;
    let all: Vec<&Dataset> = base.iter().copied().chain(parts).collect();
    let mut merged = Dataset::new();
    merged.format_version = all
        .iter()
        .map(|d| d.format_version)
        .max()
        .unwrap_or_default();
    for d in &all {
        merged.merge((*d).clone());
    }
    // Where each record of the merged lists comes from: (dataset, index).
    let values: Vec<Value> = all
        .iter()
        .map(|d| serde_json::to_value(d).unwrap_or_default())
        .collect();
    let merged_value = serde_json::to_value(&merged).unwrap_or_default();
    let mut origin: std::collections::HashMap<String, Vec<(usize, usize)>> = Default::default();
    if let Value::Object(lists) = &merged_value {
        for (key, list) in lists {
            let Value::Array(list) = list else { continue };
            fn items<'v>(v: &'v Value, key: &str) -> &'v [Value] {
                v.get(key)
                    .and_then(Value::as_array)
                    .map_or(&[], Vec::as_slice)
            }
            let total: usize = values.iter().map(|v| items(v, key).len()).sum();
            let mut from = vec![(usize::MAX, 0); list.len()];
            if total == list.len() {
                let mut at = 0;
                for (d, v) in values.iter().enumerate() {
                    for j in 0..items(v, key).len() {
                        from[at] = (d, j);
                        at += 1;
                    }
                }
            } else {
                // A list merge joins without repeats (documents): each
                // record is the first equal one's.
                for (d, v) in values.iter().enumerate() {
                    for (j, item) in items(v, key).iter().enumerate() {
                        if let Some(m) = list.iter().position(|x| x == item) {
                            if from[m].0 == usize::MAX {
                                from[m] = (d, j);
                            }
                        }
                    }
                }
            }
            origin.insert(key.clone(), from);
        }
    }
    let mut out: Vec<Vec<Finding>> = Vec::with_capacity(parts.len());
    // Each part's own members, on their own.
    for v in &values[base.len()..] {
        let mut root = v.clone();
        if let Value::Object(members) = &mut root {
            members.retain(|_, m| !m.is_array());
        }
        // Read from text, as every dataset is read: one reading of the
        // types serves the crate (and keeps the WebAssembly module small).
        let own = serde_json::from_str::<Dataset>(&root.to_string())
            .map(|d| validate::validate(&d))
            .unwrap_or_default();
        out.push(own);
    }
    for mut finding in validate::validate(&merged) {
        let mut tokens = finding.path.splitn(4, '/').skip(1);
        let (Some(key), index, rest) = (tokens.next(), tokens.next(), tokens.next()) else {
            continue; // the merged dataset's own members: checked per part above
        };
        let Some(from) = origin.get(key) else {
            continue;
        };
        let (d, local) = match index.and_then(|i| i.parse::<usize>().ok()) {
            Some(i) => match from.get(i) {
                Some(&(d, local)) if d != usize::MAX => (d, Some(local)),
                _ => continue,
            },
            None => (base.len(), None),
        };
        if d < base.len() {
            continue;
        }
        finding.path = match (local, rest) {
            (Some(local), Some(rest)) => format!("/{key}/{local}/{rest}"),
            (Some(local), None) => format!("/{key}/{local}"),
            (None, _) => finding.path,
        };
        out[d - base.len()].push(finding);
    }
    out
}
