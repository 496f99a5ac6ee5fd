//! `igf_model._native`: the Python binding of igf-model, calling the
//! crate's public API only. The package `igf_model` (python/igf_model)
//! wraps it with paths, `json` values and types.
#![forbid(unsafe_code)]

use igf_model::load::{self, LoadError as RustLoadError};
use igf_model::validate::{self, Finding as RustFinding, Rule as RustRule};
use igf_model::{reference, schema, Dataset};
use pyo3::create_exception;
use pyo3::exceptions::{PyKeyError, PyValueError};
use pyo3::prelude::*;

create_exception!(
    _native,
    LoadError,
    PyValueError,
    "The data could not be read as an IGF dataset; `problems` holds every problem."
);

/// One finding, as `igf validate --format json` reports it.
#[pyclass(module = "igf_model._native", frozen, eq, hash, get_all)]
#[derive(Clone, PartialEq, Eq, Hash)]
struct Finding {
    code: String,
    severity: String,
    pointer: String,
    message: String,
}

#[pymethods]
impl Finding {
    #[getter]
    fn is_error(&self) -> bool {
        self.severity == "error"
    }

    fn __repr__(&self) -> String {
        format!(
            "Finding(code={:?}, severity={:?}, pointer={:?}, message={:?})",
            self.code, self.severity, self.pointer, self.message
        )
    }

    fn __str__(&self) -> String {
        format!(
            "{}: {}[{}]: {}",
            self.pointer, self.severity, self.code, self.message
        )
    }
}

impl From<RustFinding> for Finding {
    fn from(f: RustFinding) -> Self {
        Finding {
            code: f.code().to_owned(),
            severity: f.severity.to_string(),
            pointer: f.path,
            message: f.message,
        }
    }
}

/// One problem of a document that could not be read.
#[pyclass(module = "igf_model._native", frozen, eq, hash, get_all)]
#[derive(Clone, PartialEq, Eq, Hash)]
struct LoadProblem {
    file: Option<String>,
    code: String,
    pointer: String,
    line: usize,
    column: usize,
    reason: String,
    message: String,
}

#[pymethods]
impl LoadProblem {
    fn __repr__(&self) -> String {
        format!(
            "LoadProblem(file={:?}, code={:?}, pointer={:?}, line={}, column={}, reason={:?})",
            self.file, self.code, self.pointer, self.line, self.column, self.reason
        )
    }

    fn __str__(&self) -> String {
        match &self.file {
            Some(file) => format!(
                "{file}:{}: error[{}]: {}",
                self.pointer, self.code, self.message
            ),
            None => format!("{}: error[{}]: {}", self.pointer, self.code, self.message),
        }
    }
}

/// The problems of `err`, each as a [`LoadProblem`] of `file`.
fn problems_of(err: &RustLoadError, file: Option<&str>) -> Vec<LoadProblem> {
    let code = err.rule().map(|r| r.code()).unwrap_or("load.io");
    let findings = err.to_findings();
    err.problems()
        .iter()
        .zip(findings)
        .map(|(at, finding)| LoadProblem {
            file: file.map(str::to_owned),
            code: code.to_owned(),
            pointer: at.pointer.clone(),
            line: at.line,
            column: at.column,
            reason: at.reason.clone(),
            message: finding.message,
        })
        .collect()
}

/// The Python `LoadError` carrying `problems`, with `summary` as its text.
fn load_error(py: Python<'_>, summary: String, problems: Vec<LoadProblem>) -> PyErr {
    let err = LoadError::new_err(summary);
    let attached = problems
        .into_pyobject(py)
        .and_then(|list| err.value(py).setattr("problems", list));
    match attached {
        Ok(()) => err,
        Err(other) => other,
    }
}

fn load_one(py: Python<'_>, data: &[u8], file: Option<&str>) -> PyResult<Dataset> {
    load::from_slice(data).map_err(|err| {
        let summary = match file {
            Some(file) => format!("{file}: {err}"),
            None => err.to_string(),
        };
        load_error(py, summary, problems_of(&err, file))
    })
}

fn to_py(findings: Vec<RustFinding>) -> Vec<Finding> {
    findings.into_iter().map(Finding::from).collect()
}

fn json_text(dataset: &Dataset) -> PyResult<String> {
    dataset
        .to_json_pretty()
        .map_err(|err| PyValueError::new_err(format!("the dataset cannot be written: {err}")))
}

/// Every finding of one document, load problems included (as `load.*`
/// findings), as `igf validate` reports them.
#[pyfunction]
fn findings_of_json(py: Python<'_>, data: &[u8]) -> PyResult<Vec<Finding>> {
    validate::findings_of_json(data)
        .map(to_py)
        .map_err(|err| load_error(py, err.to_string(), problems_of(&err, None)))
}

/// Every finding of several documents read as one dataset; `LoadError`
/// with the problems of every file when any does not read.
#[pyfunction]
fn validate_merged(py: Python<'_>, files: Vec<(String, Vec<u8>)>) -> PyResult<Vec<Finding>> {
    let mut merged = Dataset::new();
    let mut problems = Vec::new();
    let mut failed = Vec::new();
    for (name, data) in &files {
        match load::from_slice(data) {
            Ok(dataset) => merged.merge(dataset),
            Err(err) => {
                problems.extend(problems_of(&err, Some(name)));
                failed.push(format!("{name}: {err}"));
            }
        }
    }
    if !failed.is_empty() {
        return Err(load_error(py, failed.join("; "), problems));
    }
    Ok(to_py(validate::validate(&merged)))
}

/// Every finding of a document read together with the embedded history
/// (the document's records first, so their pointers are the document's
/// own); load problems as `load.*` findings.
#[pyfunction]
fn validate_with_reference(data: &[u8]) -> PyResult<Vec<Finding>> {
    Ok(to_py(match load::from_slice(data) {
        Ok(mut dataset) => {
            dataset.merge(reference::all().clone());
            validate::validate(&dataset)
        }
        Err(err) => err.to_findings(),
    }))
}

/// The dataset as JSON in the current format (an older file upgraded).
#[pyfunction]
#[pyo3(signature = (data, file=None))]
fn load_json(py: Python<'_>, data: &[u8], file: Option<&str>) -> PyResult<String> {
    json_text(&load_one(py, data, file)?)
}

/// The dataset written as `igf migrate` writes it.
#[pyfunction]
#[pyo3(signature = (data, file=None))]
fn migrate_json(py: Python<'_>, data: &[u8], file: Option<&str>) -> PyResult<String> {
    let mut text = json_text(&load_one(py, data, file)?)?;
    text.push('\n');
    Ok(text)
}

/// The names of the embedded reference files, then `all`.
#[pyfunction]
fn reference_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = reference::FILES.iter().map(|(n, _)| *n).collect();
    names.push("all");
    names
}

/// An embedded reference dataset as JSON.
#[pyfunction]
fn reference_json(name: &str) -> PyResult<String> {
    let dataset = reference::get(name).ok_or_else(|| {
        PyKeyError::new_err(format!(
            "no reference dataset {name:?}; there are {}",
            reference_names().join(", ")
        ))
    })?;
    json_text(dataset)
}

/// Every finding of an embedded reference dataset.
#[pyfunction]
fn validate_reference(name: &str) -> PyResult<Vec<Finding>> {
    let dataset = reference::get(name)
        .ok_or_else(|| PyKeyError::new_err(format!("no reference dataset {name:?}")))?;
    Ok(to_py(validate::validate(dataset)))
}

/// The JSON Schema bundle, as `igf schema` prints it.
#[pyfunction]
fn schema_json() -> String {
    schema::render(&schema::bundle())
}

/// One rule of the catalogue.
#[pyclass(module = "igf_model._native", frozen, get_all)]
struct Rule {
    code: &'static str,
    severity: String,
    checks: &'static str,
    failing_example: &'static str,
}

#[pymethods]
impl Rule {
    fn __repr__(&self) -> String {
        format!("Rule(code={:?}, severity={:?})", self.code, self.severity)
    }
}

/// The rule catalogue, in the order of `igf rules`.
#[pyfunction]
fn rules() -> Vec<Rule> {
    RustRule::ALL
        .iter()
        .map(|&rule| Rule {
            code: rule.code(),
            severity: rule.severity().to_string(),
            checks: rule.checks(),
            failing_example: rule.failing_example(),
        })
        .collect()
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("LoadError", m.py().get_type::<LoadError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<Finding>()?;
    m.add_class::<LoadProblem>()?;
    m.add_class::<Rule>()?;
    m.add_function(wrap_pyfunction!(findings_of_json, m)?)?;
    m.add_function(wrap_pyfunction!(validate_merged, m)?)?;
    m.add_function(wrap_pyfunction!(validate_with_reference, m)?)?;
    m.add_function(wrap_pyfunction!(validate_reference, m)?)?;
    m.add_function(wrap_pyfunction!(load_json, m)?)?;
    m.add_function(wrap_pyfunction!(migrate_json, m)?)?;
    m.add_function(wrap_pyfunction!(reference_names, m)?)?;
    m.add_function(wrap_pyfunction!(reference_json, m)?)?;
    m.add_function(wrap_pyfunction!(schema_json, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    Ok(())
}
