//! The tables of a package, read from the JSON Schema bundle: which tables
//! there are, their columns with types, and where in a record each column
//! and child table takes its values from.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::{FieldType, ForeignKey};

/// The column of a row's own JSON Pointer, its primary key.
pub(crate) const POINTER: &str = "pointer";
/// The column of the parent row's pointer, in a child table.
pub(crate) const PARENT: &str = "parent";
/// The column of a row's index in the list that holds it.
pub(crate) const POSITION: &str = "position";
/// The column of what no other column or table holds (`x-` extension
/// members, members of a newer format), as a JSON object.
pub(crate) const REST: &str = "x-members";
/// The column of a long table's value.
pub(crate) const VALUE: &str = "value";

/// What a schema describes, as far as tables are concerned.
#[derive(Debug, Clone)]
enum Kind {
    /// A scalar: one typed cell.
    Scalar(FieldType),
    /// Anything else: one cell of JSON text.
    Json(FieldType),
    /// A single object: prefixed columns.
    Object(Shape),
    /// A list of objects: a child table.
    ObjectList(Shape),
    /// A list of scalars: a long table.
    ScalarList(FieldType),
}

/// The members of an object, sorted by name.
#[derive(Debug, Clone, Default)]
struct Shape {
    members: Vec<Member>,
}

#[derive(Debug, Clone)]
struct Member {
    name: String,
    description: Option<String>,
    reference: Option<String>,
    kind: Kind,
}

/// Which members of an object the columns and child tables hold: `None`
/// for a member held whole, `Some` for an object spread over columns.
#[derive(Debug, Clone, Default)]
pub(crate) struct Known(pub(crate) BTreeMap<String, Option<Known>>);

/// A column of a records table.
#[derive(Debug, Clone)]
pub(crate) struct Column {
    pub(crate) name: String,
    /// The member path from the record to the value.
    pub(crate) path: Vec<String>,
    pub(crate) field_type: FieldType,
    /// True when the cell holds JSON text.
    pub(crate) json: bool,
    pub(crate) description: Option<String>,
    /// The schema's `$comment` "reference: ..." on the member.
    pub(crate) reference: Option<String>,
}

/// A child table, by the member path from the parent record to its list.
#[derive(Debug, Clone)]
pub(crate) struct Child {
    pub(crate) path: Vec<String>,
    pub(crate) table: usize,
}

/// What a table holds.
#[derive(Debug, Clone)]
pub(crate) enum Content {
    /// One row per record of a list of objects.
    Records {
        columns: Vec<Column>,
        children: Vec<Child>,
        known: Known,
    },
    /// One row per value of a list of scalars.
    Values {
        field_type: FieldType,
        json: bool,
        reference: Option<String>,
    },
}

/// One table of the plan.
#[derive(Debug, Clone)]
pub(crate) struct TablePlan {
    pub(crate) name: String,
    pub(crate) description: Option<String>,
    /// The schema definition of the records (`Meeting`), when named.
    pub(crate) def: Option<String>,
    pub(crate) parent: Option<usize>,
    pub(crate) content: Content,
}

/// Every table a dataset makes, in the order of the package: each table
/// followed by its child tables.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    /// The root's lists of records, by member name, and their tables.
    pub(crate) roots: Vec<(String, usize)>,
    /// Which root members the tables hold.
    pub(crate) known: Known,
    pub(crate) tables: Vec<TablePlan>,
}

/// The first paragraph of a schema description.
fn short(description: Option<&Value>) -> Option<String> {
    description
        .and_then(Value::as_str)
        .and_then(|d| d.lines().next())
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_owned)
}

struct Reader<'a> {
    defs: &'a Map<String, Value>,
}

impl Reader<'_> {
    /// Follows a `$ref` to `#/$defs/NAME`.
    fn resolve<'s>(&'s self, schema: &'s Value) -> (&'s Value, Option<&'s str>) {
        let mut schema = schema;
        let mut name = None;
        for _ in 0..16 {
            let Some(target) = schema
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/$defs/"))
            else {
                break;
            };
            match self.defs.get(target) {
                Some(def) => {
                    schema = def;
                    name = Some(target);
                }
                None => break,
            }
        }
        (schema, name)
    }

    /// The non-null alternatives of a schema (`anyOf` with `null`), or itself.
    fn non_null<'s>(&'s self, schema: &'s Value) -> Vec<&'s Value> {
        match schema.get("anyOf").and_then(Value::as_array) {
            Some(options) => options
                .iter()
                .filter(|o| o.get("type").and_then(Value::as_str) != Some("null"))
                .collect(),
            None => vec![schema],
        }
    }

    /// The JSON types a schema admits, `null` aside.
    fn types(schema: &Value) -> Vec<&str> {
        match schema.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        }
        .into_iter()
        .filter(|t| *t != "null")
        .collect()
    }

    fn kind(&self, schema: &Value, stack: &mut Vec<String>) -> Kind {
        let options = self.non_null(schema);
        let [only] = options.as_slice() else {
            return Kind::Json(FieldType::Any);
        };
        let (schema, def) = self.resolve(only);
        let types = Self::types(schema);
        match types.as_slice() {
            ["object"] => match self.shape(schema, def, stack) {
                Some(shape) => Kind::Object(shape),
                None => Kind::Json(FieldType::Object),
            },
            ["array"] => {
                let items = schema.get("items").unwrap_or(&Value::Bool(true));
                match self.kind(items, stack) {
                    Kind::Object(shape) => Kind::ObjectList(shape),
                    Kind::Scalar(t) => Kind::ScalarList(t),
                    _ => Kind::Json(FieldType::Array),
                }
            }
            ["string"] => Kind::Scalar(match schema.get("format").and_then(Value::as_str) {
                Some("date") => FieldType::Date,
                Some("date-time") => FieldType::DateTime,
                _ => FieldType::String,
            }),
            ["integer"] => Kind::Scalar(FieldType::Integer),
            ["number"] => Kind::Scalar(FieldType::Number),
            ["boolean"] => Kind::Scalar(FieldType::Boolean),
            _ => Kind::Json(FieldType::Any),
        }
    }

    /// The members of an object schema (of every branch of a `oneOf`), or
    /// `None` for a free-form or recursive one.
    fn shape(&self, schema: &Value, def: Option<&str>, stack: &mut Vec<String>) -> Option<Shape> {
        if let Some(def) = def {
            if stack.iter().any(|d| d == def) {
                return None;
            }
            stack.push(def.to_owned());
        }
        let mut branches = vec![schema];
        if let Some(Value::Array(variants)) = schema.get("oneOf") {
            branches = variants.iter().map(|v| self.resolve(v).0).collect();
        }
        let mut members: BTreeMap<String, Member> = BTreeMap::new();
        let mut any = false;
        for branch in branches {
            let Some(properties) = branch.get("properties").and_then(Value::as_object) else {
                continue;
            };
            any = true;
            for (name, member) in properties {
                let kind = self.kind(member, stack);
                let description = short(member.get("description"));
                let reference = member
                    .get("$comment")
                    .and_then(Value::as_str)
                    .and_then(|c| c.strip_prefix("reference: "))
                    .map(str::to_owned);
                members
                    .entry(name.clone())
                    .and_modify(|m| {
                        if !same_kind(&m.kind, &kind) {
                            m.kind = Kind::Json(FieldType::Any);
                        }
                    })
                    .or_insert(Member {
                        name: name.clone(),
                        description,
                        reference,
                        kind,
                    });
            }
        }
        if def.is_some() {
            stack.pop();
        }
        any.then(|| Shape {
            members: members.into_values().collect(),
        })
    }
}

/// Two kinds that give the same columns (the branches of a `oneOf` agree):
/// scalars of one type, or objects whose members agree (the `source` of
/// every variant of a statement).
fn same_kind(a: &Kind, b: &Kind) -> bool {
    match (a, b) {
        (Kind::Scalar(a), Kind::Scalar(b)) | (Kind::ScalarList(a), Kind::ScalarList(b)) => a == b,
        (Kind::Object(a), Kind::Object(b)) | (Kind::ObjectList(a), Kind::ObjectList(b)) => {
            a.members.len() == b.members.len()
                && a.members
                    .iter()
                    .zip(&b.members)
                    .all(|(x, y)| x.name == y.name && same_kind(&x.kind, &y.kind))
        }
        (Kind::Json(a), Kind::Json(b)) => a == b,
        _ => false,
    }
}

impl Plan {
    /// The plan of the schema bundle `bundle` (see [`crate::schema::bundle`]).
    pub(crate) fn of(bundle: &Value) -> Plan {
        let empty = Map::new();
        let reader = Reader {
            defs: bundle
                .get("$defs")
                .and_then(Value::as_object)
                .unwrap_or(&empty),
        };
        let mut stack = Vec::new();
        let root = reader.shape(bundle, None, &mut stack).unwrap_or_default();
        let mut plan = Plan {
            roots: Vec::new(),
            known: Known::default(),
            tables: Vec::new(),
        };
        for member in &root.members {
            if let Kind::ObjectList(shape) = &member.kind {
                let def = reader
                    .non_null(
                        bundle["properties"][&member.name]
                            .get("items")
                            .unwrap_or(&Value::Null),
                    )
                    .first()
                    .and_then(|s| reader.resolve(s).1)
                    .map(str::to_owned);
                let table = plan.records(
                    member.name.clone(),
                    member.description.clone(),
                    def,
                    None,
                    shape,
                );
                plan.roots.push((member.name.clone(), table));
                plan.known.0.insert(member.name.clone(), None);
            }
        }
        plan
    }

    /// Adds the table of a list of `shape` records and its child tables.
    fn records(
        &mut self,
        name: String,
        description: Option<String>,
        def: Option<String>,
        parent: Option<usize>,
        shape: &Shape,
    ) -> usize {
        let index = self.tables.len();
        self.tables.push(TablePlan {
            name: name.clone(),
            description,
            def,
            parent,
            content: Content::Values {
                field_type: FieldType::Any,
                json: false,
                reference: None,
            },
        });
        let mut columns = Vec::new();
        let mut children = Vec::new();
        let known = self.spread(index, &name, &[], shape, &mut columns, &mut children);
        let reserved = [POINTER, PARENT, POSITION, REST];
        for column in &mut columns {
            if reserved.contains(&column.name.as_str()) {
                column.name = format!("member:{}", column.name);
            }
        }
        self.tables[index].content = Content::Records {
            columns,
            children,
            known,
        };
        index
    }

    /// Spreads the members of `shape` (at `prefix` in the record of table
    /// `index`) over columns and child tables.
    fn spread(
        &mut self,
        index: usize,
        table: &str,
        prefix: &[String],
        shape: &Shape,
        columns: &mut Vec<Column>,
        children: &mut Vec<Child>,
    ) -> Known {
        let mut known = Known::default();
        for member in &shape.members {
            let mut path = prefix.to_vec();
            path.push(member.name.clone());
            let dotted = path.join(".");
            match &member.kind {
                Kind::Scalar(t) | Kind::Json(t) => {
                    columns.push(Column {
                        name: dotted,
                        path,
                        field_type: *t,
                        json: matches!(member.kind, Kind::Json(_)),
                        description: member.description.clone(),
                        reference: member.reference.clone(),
                    });
                    known.0.insert(member.name.clone(), None);
                }
                Kind::Object(inner) => {
                    let sub = self.spread(index, table, &path, inner, columns, children);
                    known.0.insert(member.name.clone(), Some(sub));
                }
                Kind::ObjectList(inner) => {
                    let child = self.records(
                        format!("{table}.{dotted}"),
                        member.description.clone(),
                        None,
                        Some(index),
                        inner,
                    );
                    children.push(Child { path, table: child });
                    known.0.insert(member.name.clone(), None);
                }
                Kind::ScalarList(t) => {
                    let child = self.tables.len();
                    self.tables.push(TablePlan {
                        name: format!("{table}.{dotted}"),
                        description: member.description.clone(),
                        def: None,
                        parent: Some(index),
                        content: Content::Values {
                            field_type: *t,
                            json: false,
                            reference: member.reference.clone(),
                        },
                    });
                    children.push(Child { path, table: child });
                    known.0.insert(member.name.clone(), None);
                }
            }
        }
        known
    }

    /// The foreign keys of table `index`: its `parent` to the parent's
    /// `pointer`, and the references the schema annotates that name one
    /// root table by one of its columns, in the whole dataset (`"reference:
    /// Document by id, in the same dataset"`, `"reference: Meeting by
    /// year"`). References scoped to a meeting, or to several kinds of
    /// record, or by several members, are not foreign keys.
    pub(crate) fn foreign_keys(&self, index: usize) -> Vec<ForeignKey> {
        let table = &self.tables[index];
        let mut keys = Vec::new();
        if let Some(parent) = table.parent {
            keys.push(ForeignKey {
                field: PARENT.to_owned(),
                table: self.tables[parent].name.clone(),
                key: POINTER.to_owned(),
            });
        }
        let annotated: Vec<(&str, &str)> = match &table.content {
            Content::Records { columns, .. } => columns
                .iter()
                .filter_map(|c| c.reference.as_deref().map(|r| (c.name.as_str(), r)))
                .collect(),
            Content::Values { reference, .. } => reference
                .as_deref()
                .map(|r| (VALUE, r))
                .into_iter()
                .collect(),
        };
        for (field, reference) in annotated {
            if let Some((target, key)) = self.resolvable(reference) {
                keys.push(ForeignKey {
                    field: field.to_owned(),
                    table: target,
                    key,
                });
            }
        }
        keys
    }

    /// The root table and column a reference annotation names, when it is
    /// a plain foreign key.
    fn resolvable(&self, reference: &str) -> Option<(String, String)> {
        let (target, rest) = reference.split_once(" by ")?;
        let (key, scope) = match rest.split_once(", ") {
            Some((key, scope)) => (key, Some(scope)),
            None => (rest, None),
        };
        let single = |word: &str| {
            !word.is_empty() && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        };
        if !single(target) || !single(key) || !matches!(scope, None | Some("in the same dataset")) {
            return None;
        }
        let mut tables = self.roots.iter().map(|(_, t)| &self.tables[*t]).filter(|t| {
            t.def.as_deref() == Some(target)
                && matches!(&t.content, Content::Records { columns, .. } if columns.iter().any(|c| c.name == key))
        });
        let found = tables.next()?;
        if tables.next().is_some() {
            return None;
        }
        Some((found.name.clone(), key.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::{Content, Plan};
    use crate::export::FieldType;
    use serde_json::json;

    /// A schema of the shape the bundle has, with members a later format
    /// may add: a list of statements on a record, other names as records,
    /// a free-form value.
    fn bundle() -> serde_json::Value {
        json!({
            "type": "object",
            "properties": {
                "format_version": {"type": "string"},
                "documents": {"type": "array", "items": {"$ref": "#/$defs/Document"}},
                "nris": {"type": "array", "items": {"$ref": "#/$defs/Nri"}}
            },
            "$defs": {
                "Document": {"type": "object", "properties": {"id": {"type": "string"}}},
                "Source": {"type": "object", "properties": {
                    "document": {"type": "string", "$comment": "reference: Document by id, in the same dataset"},
                    "page": {"type": ["string", "null"]}}},
                "Statement": {"type": "object", "properties": {
                    "member": {"type": "string"},
                    "value": true,
                    "rank": {"type": ["integer", "null"]},
                    "source": {"$ref": "#/$defs/Source"}}},
                "OtherName": {"type": "object", "properties": {
                    "name": {"type": "string"},
                    "source": {"anyOf": [{"$ref": "#/$defs/Source"}, {"type": "null"}]}}},
                "Nri": {"type": "object", "properties": {
                    "name": {"type": "string"},
                    "founded": {"type": ["string", "null"], "format": "date"},
                    "note": {"type": ["string", "null"]},
                    "kinds": {"type": "array", "items": {"type": "string"}},
                    "other_names": {"type": "array", "items": {"$ref": "#/$defs/OtherName"}},
                    "statements": {"type": "array", "items": {"$ref": "#/$defs/Statement"}},
                    "source": {"$ref": "#/$defs/Source"}}}
            }
        })
    }

    #[test]
    fn new_members_of_the_schema_become_columns_and_tables() {
        let plan = Plan::of(&bundle());
        let names: Vec<&str> = plan.tables.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "documents",
                "nris",
                "nris.kinds",
                "nris.other_names",
                "nris.statements"
            ]
        );
        let columns = |name: &str| -> Vec<(String, FieldType, bool)> {
            let table = plan.tables.iter().find(|t| t.name == name).unwrap();
            match &table.content {
                Content::Records { columns, .. } => columns
                    .iter()
                    .map(|c| (c.name.clone(), c.field_type, c.json))
                    .collect(),
                Content::Values { .. } => panic!("{name} is a long table"),
            }
        };
        let nris = columns("nris");
        assert_eq!(
            nris,
            [
                ("founded".to_owned(), FieldType::Date, false),
                ("name".to_owned(), FieldType::String, false),
                ("note".to_owned(), FieldType::String, false),
                ("source.document".to_owned(), FieldType::String, false),
                ("source.page".to_owned(), FieldType::String, false),
            ]
        );
        let statements = columns("nris.statements");
        assert!(statements.contains(&("value".to_owned(), FieldType::Any, true)));
        assert!(statements.contains(&("rank".to_owned(), FieldType::Integer, false)));
        let statements_index = plan
            .tables
            .iter()
            .position(|t| t.name == "nris.statements")
            .unwrap();
        let keys: Vec<(String, String, String)> = plan
            .foreign_keys(statements_index)
            .into_iter()
            .map(|k| (k.field, k.table, k.key))
            .collect();
        assert_eq!(
            keys,
            [
                ("parent".to_owned(), "nris".to_owned(), "pointer".to_owned()),
                (
                    "source.document".to_owned(),
                    "documents".to_owned(),
                    "id".to_owned()
                )
            ]
        );
        assert!(matches!(
            plan.tables[2].content,
            Content::Values {
                field_type: FieldType::String,
                ..
            }
        ));
    }

    #[test]
    fn scoped_or_plural_references_are_not_foreign_keys() {
        let plan = Plan::of(&bundle());
        assert!(plan
            .resolvable("Document by id, in the same dataset")
            .is_some());
        assert!(plan
            .resolvable("Document by id, in the same meeting")
            .is_none());
        assert!(plan.resolvable("Document or Nri by id").is_none());
        assert!(plan.resolvable("Nri by name or acronym").is_none());
        assert!(
            plan.resolvable("Meeting by year").is_none(),
            "no meetings table here"
        );
    }
}
