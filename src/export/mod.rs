//! A dataset as tables: a [Frictionless Tabular Data
//! Package](https://specs.frictionlessdata.io/tabular-data-package/) of CSV
//! (or JSON Lines) files and a `datapackage.json` describing them, for
//! pandas, R, spreadsheets and databases.
//!
//! The tables are read from the JSON Schema ([`crate::schema::bundle`]), not
//! from a list of today's members, so a member the format gains appears in
//! them without a change here:
//!
//! - each list of records under the dataset is a table named after its
//!   member (`meetings`), and each list of records inside a record a child
//!   table named after its member path (`meetings.sessions`,
//!   `meetings.sessions.people`);
//! - every row starts with `pointer`, the record's JSON Pointer in the
//!   dataset (`/meetings/14/sessions/3`, the table's primary key), then, in
//!   a child table, `parent` (the parent row's pointer, a foreign key), and
//!   `position` (the record's index in its list);
//! - scalar members are typed columns (`string`, `integer`, `number`,
//!   `boolean`, `date`, `datetime`, from the schema's type and format); a
//!   single object is spread over prefixed columns (`source.document`,
//!   `time_slot.start`; every branch's members for a tagged union such as
//!   `hosts` or `pledger`);
//! - a list of scalars is a long table of `(pointer, parent, position,
//!   value)` (`meetings.sessions.tracks`);
//! - a member the schema annotates as a reference (`"$comment": "reference:
//!   Document by id, in the same dataset"`) is a foreign key where it names
//!   one table by one column in the whole dataset: every `source.document`
//!   to `documents.id`, a commitment's `meeting` to `meetings.year`;
//! - what no column holds (`x-` extension members, members of a newer
//!   format) is kept in the `x-members` column as a JSON object, nested as
//!   in the record (`{"x-reviewed": true, "source": {"x-page": 3}}`);
//! - the table `findings` lists what [`validate`](crate::validate::validate)
//!   finds, each with the `table` and `row` (pointer) it is about and the
//!   `member` (a column name, when the finding is about one).
//!
//! The members of the dataset itself that are not lists of records
//! (`format_version`, `description`, ...) are in the package descriptor's
//! `dataset` member.
//!
//! In CSV an empty cell is an absent value or an empty text; JSON Lines
//! keeps the difference.
//!
//! ```
//! use igf_model::export::{Format, Package};
//!
//! let package = Package::of(igf_model::reference::igf2020())?;
//! let sessions = package.table("meetings.sessions").expect("a table of sessions");
//! assert_eq!(sessions.fields[0].name, "pointer");
//! assert_eq!(sessions.rows[0][0], "/meetings/0/sessions/0");
//! assert!(sessions.fields.iter().any(|f| f.name == "source.document"));
//!
//! let files = package.files(Format::Csv)?;
//! assert_eq!(files[0].0, "datapackage.json");
//! assert!(files.iter().any(|(name, _)| name == "meetings.sessions.csv"));
//! # Ok::<(), serde_json::Error>(())
//! ```

mod csv;
mod plan;

use std::collections::HashMap;
use std::path::Path;

use serde_json::{json, Map, Value};

use crate::validate::{self, Finding};
use crate::Dataset;

use plan::{Content, Known, Plan, PARENT, POINTER, POSITION, REST, VALUE};

use csv::csv_record;

/// The type of a column, as a Table Schema names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldType {
    /// Text.
    String,
    /// A whole number.
    Integer,
    /// A number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// An ISO 8601 date (`2020-11-02`).
    Date,
    /// An ISO 8601 date and time (`2020-11-02T10:00:00Z`).
    DateTime,
    /// A JSON object, as JSON text in CSV.
    Object,
    /// A JSON array, as JSON text in CSV.
    Array,
    /// Any value, as JSON text in CSV.
    Any,
}

impl FieldType {
    /// The Table Schema name of the type (`"datetime"`).
    pub fn name(self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Integer => "integer",
            FieldType::Number => "number",
            FieldType::Boolean => "boolean",
            FieldType::Date => "date",
            FieldType::DateTime => "datetime",
            FieldType::Object => "object",
            FieldType::Array => "array",
            FieldType::Any => "any",
        }
    }
}

/// A column of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Field {
    /// The column's name (`source.document`).
    pub name: String,
    /// Its type.
    pub field_type: FieldType,
    /// True when the cells hold JSON text in CSV (objects, arrays,
    /// free-form values).
    pub json: bool,
    /// What it holds, from the schema.
    pub description: Option<String>,
}

/// A foreign key: `field` of one table names a row of `table` by its `key`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ForeignKey {
    /// The column holding the reference.
    pub field: String,
    /// The table referenced.
    pub table: String,
    /// Its column referenced.
    pub key: String,
}

/// A table: its fields, keys and rows.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Table {
    /// The table's name (`meetings.sessions`), also its file's stem.
    pub name: String,
    /// What it holds, from the schema.
    pub description: Option<String>,
    /// Its columns.
    pub fields: Vec<Field>,
    /// The columns of the primary key.
    pub primary_key: Vec<String>,
    /// Its foreign keys.
    pub foreign_keys: Vec<ForeignKey>,
    /// The rows, one value per field (`null` for an absent value).
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    /// The index of the column `name`.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.name == name)
    }

    /// The table as CSV text: a header line, then one line per row, fields
    /// quoted as RFC 4180 says (when they hold a comma, a quote or a line
    /// break), lines ending in `\n`.
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        let header: Vec<Value> = self
            .fields
            .iter()
            .map(|f| Value::String(f.name.clone()))
            .collect();
        let plain = vec![false; header.len()];
        out.push_str(&csv_record(&header, &plain));
        let json: Vec<bool> = self.fields.iter().map(|f| f.json).collect();
        for row in &self.rows {
            out.push_str(&csv_record(row, &json));
        }
        out
    }

    /// The table as JSON Lines: one JSON object per row, its members the
    /// fields in the table's order (`null` for an absent value).
    pub fn to_json_lines(&self) -> Result<String, serde_json::Error> {
        let mut out = String::new();
        for row in &self.rows {
            out.push('{');
            for (i, (field, value)) in self.fields.iter().zip(row).enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(&field.name)?);
                out.push(':');
                out.push_str(&serde_json::to_string(value)?);
            }
            out.push_str("}\n");
        }
        Ok(out)
    }
}

/// The file format of the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Format {
    /// CSV (RFC 4180), one `.csv` file per table.
    #[default]
    Csv,
    /// JSON Lines, one `.jsonl` file per table.
    JsonLines,
}

impl Format {
    /// The file extension of a table (`"csv"`, `"jsonl"`).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::JsonLines => "jsonl",
        }
    }

    fn mediatype(self) -> &'static str {
        match self {
            Format::Csv => "text/csv",
            Format::JsonLines => "application/jsonl",
        }
    }
}

/// The name of the findings table.
pub const FINDINGS: &str = "findings";

/// A dataset as a tabular data package.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Package {
    /// The dataset's members that are not lists of records
    /// (`format_version`, `description`, extension members).
    pub dataset: Map<String, Value>,
    /// The tables, each followed by its child tables, then `findings`.
    pub tables: Vec<Table>,
}

/// Escapes a member name or index for a JSON Pointer (RFC 6901).
fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Undoes [`escape`].
fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// What of `value` the `known` members do not hold.
fn rest(value: &Map<String, Value>, known: &Known) -> Map<String, Value> {
    let mut out = Map::new();
    for (name, member) in value {
        match known.0.get(name) {
            None => {
                out.insert(name.clone(), member.clone());
            }
            Some(None) => {}
            Some(Some(inner)) => {
                if let Value::Object(object) = member {
                    let left = rest(object, inner);
                    if !left.is_empty() {
                        out.insert(name.clone(), Value::Object(left));
                    }
                } else if !member.is_null() {
                    out.insert(name.clone(), member.clone());
                }
            }
        }
    }
    out
}

/// The value at member path `path` in `value`, or `null`.
fn at<'v>(value: &'v Value, path: &[String]) -> &'v Value {
    path.iter()
        .try_fold(value, |v, name| v.get(name))
        .unwrap_or(&Value::Null)
}

struct Writer<'p> {
    plan: &'p Plan,
    tables: Vec<Table>,
}

impl Writer<'_> {
    fn emit(
        &mut self,
        index: usize,
        item: &Value,
        pointer: String,
        parent: Option<&str>,
        position: usize,
    ) {
        let table = &self.plan.tables[index];
        let mut row = vec![Value::String(pointer.clone())];
        if let Some(parent) = parent {
            row.push(Value::String(parent.to_owned()));
        }
        row.push(Value::from(position));
        match &table.content {
            Content::Values { .. } => {
                row.push(item.clone());
                self.tables[index].rows.push(row);
            }
            Content::Records {
                columns,
                children,
                known,
            } => {
                for column in columns {
                    row.push(at(item, &column.path).clone());
                }
                let left = match item {
                    Value::Object(object) => rest(object, known),
                    Value::Null => Map::new(),
                    other => Map::from_iter([(String::new(), other.clone())]),
                };
                row.push(if left.is_empty() {
                    Value::Null
                } else {
                    Value::Object(left)
                });
                self.tables[index].rows.push(row);
                for child in children {
                    if let Value::Array(items) = at(item, &child.path) {
                        let base = child
                            .path
                            .iter()
                            .fold(pointer.clone(), |p, name| format!("{p}/{}", escape(name)));
                        for (i, element) in items.iter().enumerate() {
                            self.emit(
                                child.table,
                                element,
                                format!("{base}/{i}"),
                                Some(&pointer),
                                i,
                            );
                        }
                    }
                }
            }
        }
    }
}

/// The empty table of a plan's table: fields and keys, no rows.
fn empty_table(plan: &Plan, index: usize) -> Table {
    let table = &plan.tables[index];
    let key = |name: &str, field_type: FieldType, description: &str| Field {
        name: name.to_owned(),
        field_type,
        json: false,
        description: Some(description.to_owned()),
    };
    let mut fields = vec![key(
        POINTER,
        FieldType::String,
        "The JSON Pointer of the record (or value) in the dataset.",
    )];
    if table.parent.is_some() {
        fields.push(key(
            PARENT,
            FieldType::String,
            "The JSON Pointer of the record that holds it (the parent table's pointer).",
        ));
    }
    fields.push(key(
        POSITION,
        FieldType::Integer,
        "Its index in the list that holds it, from 0.",
    ));
    match &table.content {
        Content::Values {
            field_type, json, ..
        } => fields.push(Field {
            name: VALUE.to_owned(),
            field_type: *field_type,
            json: *json,
            description: table.description.clone(),
        }),
        Content::Records { columns, .. } => {
            fields.extend(columns.iter().map(|c| Field {
                name: c.name.clone(),
                field_type: c.field_type,
                json: c.json,
                description: c.description.clone(),
            }));
            fields.push(Field {
                name: REST.to_owned(),
                field_type: FieldType::Object,
                json: true,
                description: Some(
                    "What no other column or table holds (extension members named x-..., members of a newer format), as a JSON object nested as in the record.".to_owned(),
                ),
            });
        }
    }
    Table {
        name: table.name.clone(),
        description: table.description.clone(),
        fields,
        primary_key: vec![POINTER.to_owned()],
        foreign_keys: plan.foreign_keys(index),
        rows: Vec::new(),
    }
}

/// The findings table of `findings`, each joined to the row it is about.
fn findings_table(findings: &[Finding], rows: &HashMap<&str, &str>) -> Table {
    let field = |name: &str, field_type: FieldType, description: &str| Field {
        name: name.to_owned(),
        field_type,
        json: false,
        description: Some(description.to_owned()),
    };
    let fields = vec![
        field(POSITION, FieldType::Integer, "The finding's index, from 0."),
        field("severity", FieldType::String, "`error` or `warning`."),
        field(
            "rule",
            FieldType::String,
            "The rule's stable code (`reference.unknown_track`).",
        ),
        field(
            "path",
            FieldType::String,
            "The JSON Pointer of the offending value.",
        ),
        field(
            "message",
            FieldType::String,
            "What is wrong, the values involved, and what was expected.",
        ),
        field(
            "table",
            FieldType::String,
            "The table of the row the finding is about (empty for the dataset itself).",
        ),
        field(
            "row",
            FieldType::String,
            "The pointer of that row, its `pointer` column.",
        ),
        field(
            "member",
            FieldType::String,
            "The column (or member path, dotted) within the row, when the finding is about one.",
        ),
    ];
    let mut table = Table {
        name: FINDINGS.to_owned(),
        description: Some(
            "What the igf-model validator finds in the dataset, joined to the rows by pointer."
                .to_owned(),
        ),
        fields,
        primary_key: vec![POSITION.to_owned()],
        foreign_keys: Vec::new(),
        rows: Vec::new(),
    };
    for (i, finding) in findings.iter().enumerate() {
        let tokens: Vec<&str> = finding
            .path
            .strip_prefix('/')
            .map(|p| p.split('/').collect())
            .unwrap_or_default();
        let found = (1..=tokens.len()).rev().find_map(|n| {
            let prefix = format!("/{}", tokens[..n].join("/"));
            rows.get(prefix.as_str())
                .map(|table| (table.to_string(), prefix, &tokens[n..]))
        });
        let (table_name, row, member) = match found {
            Some((t, r, m)) => (
                Value::String(t),
                Value::String(r),
                if m.is_empty() {
                    Value::Null
                } else {
                    Value::String(m.iter().map(|t| unescape(t)).collect::<Vec<_>>().join("."))
                },
            ),
            None => (Value::Null, Value::Null, Value::Null),
        };
        table.rows.push(vec![
            Value::from(i),
            Value::String(finding.severity.to_string()),
            Value::String(finding.code().to_owned()),
            Value::String(finding.path.clone()),
            Value::String(finding.message.clone()),
            table_name,
            row,
            member,
        ]);
    }
    table
}

impl Package {
    /// The tables of `dataset`, with the findings of
    /// [`validate`](crate::validate::validate) on it.
    ///
    /// Fails only where the dataset cannot be written as JSON.
    pub fn of(dataset: &Dataset) -> Result<Package, serde_json::Error> {
        Self::with_findings(dataset, &validate::validate(dataset))
    }

    /// The tables of `dataset`, with `findings` (reported on this dataset)
    /// as the findings table.
    pub fn with_findings(
        dataset: &Dataset,
        findings: &[Finding],
    ) -> Result<Package, serde_json::Error> {
        let value = serde_json::to_value(dataset)?;
        let plan = Plan::of(&crate::schema::bundle());
        let mut writer = Writer {
            plan: &plan,
            tables: (0..plan.tables.len())
                .map(|i| empty_table(&plan, i))
                .collect(),
        };
        for (member, table) in &plan.roots {
            if let Some(Value::Array(items)) = value.get(member) {
                for (i, item) in items.iter().enumerate() {
                    writer.emit(*table, item, format!("/{}/{i}", escape(member)), None, i);
                }
            }
        }
        let dataset_rest = match &value {
            Value::Object(object) => rest(object, &plan.known),
            _ => Map::new(),
        };
        let mut tables = writer.tables;
        let rows: HashMap<&str, &str> = tables
            .iter()
            .flat_map(|t| {
                t.rows
                    .iter()
                    .filter_map(|r| r.first().and_then(Value::as_str))
                    .map(|p| (p, t.name.as_str()))
            })
            .collect();
        let findings = findings_table(findings, &rows);
        tables.push(findings);
        Ok(Package {
            dataset: dataset_rest,
            tables,
        })
    }

    /// The table `name`.
    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.name == name)
    }

    /// The package descriptor, `datapackage.json`, for tables written in `format`.
    pub fn descriptor(&self, format: Format) -> Value {
        let resources: Vec<Value> = self
            .tables
            .iter()
            .map(|table| {
                let fields: Vec<Value> = table
                    .fields
                    .iter()
                    .map(|f| {
                        let mut field = json!({"name": f.name, "type": f.field_type.name()});
                        if let Some(d) = &f.description {
                            field["description"] = json!(d);
                        }
                        field
                    })
                    .collect();
                let mut schema = json!({"fields": fields, "primaryKey": table.primary_key});
                if !table.foreign_keys.is_empty() {
                    schema["foreignKeys"] = table
                        .foreign_keys
                        .iter()
                        .map(|k| {
                            json!({"fields": [k.field], "reference": {"resource": k.table, "fields": [k.key]}})
                        })
                        .collect();
                }
                let mut resource = json!({
                    "name": table.name,
                    "path": format!("{}.{}", table.name, format.extension()),
                    "profile": "tabular-data-resource",
                    "format": format.extension(),
                    "mediatype": format.mediatype(),
                    "encoding": "utf-8",
                });
                if let Some(d) = &table.description {
                    resource["description"] = json!(d);
                }
                resource["schema"] = schema;
                resource
            })
            .collect();
        let mut descriptor = json!({
            "profile": "tabular-data-package",
            "name": "igf",
            "title": "Internet Governance Forum (IGF) data, as tables",
        });
        if let Some(description) = self.dataset.get("description") {
            descriptor["description"] = description.clone();
        }
        descriptor["dataset"] = Value::Object(self.dataset.clone());
        descriptor["resources"] = Value::Array(resources);
        descriptor
    }

    /// Every file of the package in `format`: `(file name, text)`,
    /// `datapackage.json` first.
    pub fn files(&self, format: Format) -> Result<Vec<(String, String)>, serde_json::Error> {
        let mut descriptor = serde_json::to_string_pretty(&self.descriptor(format))?;
        descriptor.push('\n');
        let mut files = vec![("datapackage.json".to_owned(), descriptor)];
        for table in &self.tables {
            let text = match format {
                Format::Csv => table.to_csv(),
                Format::JsonLines => table.to_json_lines()?,
            };
            files.push((format!("{}.{}", table.name, format.extension()), text));
        }
        Ok(files)
    }

    /// Writes every file of the package in `format` into `dir` (created
    /// when missing); other files there are left alone. Returns the names
    /// written.
    pub fn write(&self, dir: &Path, format: Format) -> std::io::Result<Vec<String>> {
        std::fs::create_dir_all(dir)?;
        let files = self.files(format).map_err(std::io::Error::from)?;
        let mut names = Vec::with_capacity(files.len());
        for (name, text) in files {
            std::fs::write(dir.join(&name), text)?;
            names.push(name);
        }
        Ok(names)
    }
}

/// The reference history ([`crate::reference::all`]) as a package, as
/// committed under `data/tables/` in CSV.
pub fn reference_tables() -> Result<Package, serde_json::Error> {
    Package::of(crate::reference::all())
}

/// The files of `package` in `format` that are missing from `dir` or differ
/// there, and the files of that format in `dir` the package does not have
/// (tables that are gone): what [`Package::write`] and a clean-up would change.
pub fn drifted(package: &Package, dir: &Path, format: Format) -> std::io::Result<Vec<String>> {
    let files = package.files(format).map_err(std::io::Error::from)?;
    let mut drifted: Vec<String> = files
        .iter()
        .filter(|(name, text)| {
            std::fs::read_to_string(dir.join(name)).map_or(true, |on_disk| on_disk != *text)
        })
        .map(|(name, _)| name.clone())
        .collect();
    if dir.is_dir() {
        let suffix = format!(".{}", format.extension());
        for entry in std::fs::read_dir(dir)? {
            let name = entry?.file_name().to_string_lossy().into_owned();
            if name.ends_with(&suffix) && !files.iter().any(|(n, _)| *n == name) {
                drifted.push(name);
            }
        }
    }
    drifted.sort();
    Ok(drifted)
}

#[cfg(test)]
mod tests {
    use super::{escape, rest, unescape, Known};
    use serde_json::json;

    #[test]
    fn pointer_tokens_escape_and_back() {
        assert_eq!(escape("a/b~c"), "a~1b~0c");
        assert_eq!(unescape("a~1b~0c"), "a/b~c");
        assert_eq!(unescape(&escape("~1")), "~1");
    }

    #[test]
    fn the_rest_is_what_no_column_holds_nested_as_in_the_record() {
        let mut source = Known::default();
        source.0.insert("document".into(), None);
        let mut known = Known::default();
        known.0.insert("title".into(), None);
        known.0.insert("source".into(), Some(source));
        let record = json!({"title": "T", "x-a": 1, "source": {"document": "d", "x-b": [2]}});
        let left = rest(record.as_object().unwrap(), &known);
        assert_eq!(
            serde_json::Value::Object(left),
            json!({"x-a": 1, "source": {"x-b": [2]}})
        );
        let plain = json!({"title": "T", "source": {"document": "d"}});
        assert!(rest(plain.as_object().unwrap(), &known).is_empty());
    }
}
