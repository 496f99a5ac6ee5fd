//! Members of a record that the model does not define: `x-` extension
//! members, and the members of a newer format version.

use std::borrow::Cow;
use std::fmt;

use schemars::JsonSchema;
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// The prefix of extension member names (the OpenAPI convention).
pub const EXTENSION_PREFIX: &str = "x-";

/// The members of a record that the model does not define, kept in the order
/// they were read and written back unchanged:
///
/// - **extension members**, named `x-...`: a user's own data on a record
///   (the OpenAPI convention). Every record accepts them; the JSON Schema
///   describes them with `patternProperties`.
/// - **unknown members**: any other name. In a file that declares a newer
///   [format version](crate::FormatVersion) than this crate reads, they are
///   that format's members: kept, and reported as warnings
///   (`format.newer_member`). In a file of this crate's format they are
///   typos or mistakes: kept, and reported as errors (`shape.unknown_member`).
///
/// Every record of the model has one, in its `extensions` field; in JSON its
/// members stand beside the record's own.
///
/// ```
/// use igf_model::{Extensions, Source};
/// use serde_json::json;
///
/// let mut source = Source::new("IGF 2020 Report");
/// source.extensions.insert("x-checked-by", json!("A. Reader"));
/// let text = serde_json::to_string(&source)?;
/// assert_eq!(text, r#"{"document":"IGF 2020 Report","x-checked-by":"A. Reader"}"#);
///
/// let back: Source = serde_json::from_str(&text)?;
/// assert_eq!(back.extensions.get("x-checked-by"), Some(&json!("A. Reader")));
/// assert_eq!(back, source);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
// A boxed vector on purpose: most records have no members, and then this
// field is one pointer wide rather than a vector's three words.
#[allow(clippy::box_collection)]
pub struct Extensions(Option<Box<Vec<(String, Value)>>>);

impl Extensions {
    /// No members.
    pub const fn new() -> Self {
        Extensions(None)
    }

    /// The members, in order (none for most records: a record without
    /// members pays one pointer for this field, not a vector).
    fn members(&self) -> &[(String, Value)] {
        self.0.as_deref().map_or(&[], Vec::as_slice)
    }

    /// True when there are no members.
    pub fn is_empty(&self) -> bool {
        self.members().is_empty()
    }

    /// The number of members.
    pub fn len(&self) -> usize {
        self.members().len()
    }

    /// The value of member `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.members()
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }

    /// Sets member `name`, in place if it exists (its position kept), else
    /// at the end; returns the value it replaced.
    pub fn insert(&mut self, name: impl Into<String>, value: Value) -> Option<Value> {
        let name = name.into();
        let members = self.0.get_or_insert_with(Box::default);
        match members.iter_mut().find(|(k, _)| *k == name) {
            Some((_, slot)) => Some(std::mem::replace(slot, value)),
            None => {
                members.push((name, value));
                None
            }
        }
    }

    /// Removes member `name` and returns its value.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        let members = self.0.as_mut()?;
        let at = members.iter().position(|(k, _)| k == name)?;
        let (_, value) = members.remove(at);
        if members.is_empty() {
            self.0 = None;
        }
        Some(value)
    }

    /// Every member, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.members().iter().map(|(k, v)| (k.as_str(), v))
    }

    /// The members whose names do not start with `x-`: members of a newer
    /// format, or mistakes.
    pub fn unknown(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.iter().filter(|(k, _)| !is_extension_name(k))
    }
}

/// True for an extension member's name: one that starts with `x-` (the
/// schema's `patternProperties` says the same, `^x-`).
///
/// ```
/// assert!(igf_model::is_extension_name("x-reviewed"));
/// assert!(!igf_model::is_extension_name("reviewed"));
/// ```
pub fn is_extension_name(name: &str) -> bool {
    name.starts_with(EXTENSION_PREFIX)
}

impl Extensions {
    /// Reports the unknown members, at the checker's position: a newer
    /// format's members in a file that declares one, mistakes otherwise.
    #[inline]
    pub(crate) fn check(&self, c: &mut crate::validate::Checker) {
        if self.0.is_none() {
            return;
        }
        self.check_members(c);
    }

    fn check_members(&self, c: &mut crate::validate::Checker) {
        use crate::validate::Rule;
        use crate::FormatVersion;
        for (name, _) in self.unknown() {
            let (rule, message) = match c.newer_format() {
                Some(declared) => (
                    Rule::NewerFormatMember,
                    format!(
                        "member {name:?} is not in format {} that this crate reads; the file declares format {declared}: it is kept and written back unchanged",
                        FormatVersion::CURRENT
                    ),
                ),
                None => (
                    Rule::UnknownMember,
                    format!(
                        "member {name:?} is not defined here by format {}: check its spelling, or name your own data \"x-{name}\"",
                        FormatVersion::CURRENT
                    ),
                ),
            };
            c.report_member(name, rule, message);
        }
    }
}

impl std::hash::Hash for Extensions {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // `Value` has no `Hash`; its compact text is equal exactly when the
        // values are.
        self.len().hash(state);
        for (k, v) in self.members() {
            k.hash(state);
            v.to_string().hash(state);
        }
    }
}

impl<K: Into<String>> FromIterator<(K, Value)> for Extensions {
    fn from_iter<I: IntoIterator<Item = (K, Value)>>(iter: I) -> Self {
        let mut out = Extensions::new();
        for (k, v) in iter {
            out.insert(k, v);
        }
        out
    }
}

impl Serialize for Extensions {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.len()))?;
        for (k, v) in self.members() {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Extensions {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = Extensions;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("members of an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Extensions, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, Value>()? {
                    out.push((k, v));
                }
                Ok(Extensions((!out.is_empty()).then(|| Box::new(out))))
            }
        }
        d.deserialize_map(Members)
    }
}

impl JsonSchema for Extensions {
    fn schema_name() -> Cow<'static, str> {
        "Extensions".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "object",
            "patternProperties": { crate::schema::EXTENSION_PATTERN: {} },
            "additionalProperties": false,
        })
    }
}
