use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::validate::{Check, Checker};
use crate::{Source, Year};

crate::record! {
/// Another name of a named body: a former name (the Dynamic Coalition on
/// Children's Rights in the Digital Environment was the DC on Child Online
/// Safety), or another current one (an abbreviation, a wording of another
/// page), with the years it was used where known and the document that
/// prints it (after Popolo's `other_names`). Lookups and the validator's
/// references resolve every other name.
///
/// ```
/// use igf_model::{OtherName, Source, Year};
///
/// let mut name = OtherName::former("Dynamic Coalition on Child Online Safety");
/// name.until = Some(Year::new(2020)?);
/// name.source = Some(Source::new("igf-gdc-letter-2021").with_section("Annex I"));
/// assert!(name.former);
/// # Ok::<(), igf_model::InvalidYear>(())
/// ```
///
/// A plain string reads as a name with nothing else known, so a list of
/// names as older files wrote it reads unchanged; a name is always
/// written as an object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct OtherName {
    /// The name, exactly as printed.
    #[schemars(length(min = 1))]
    pub name: String,
    /// True for a name no longer used.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub former: bool,
    /// The first year the name was used, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("minimum" = crate::year::FIRST_RECORD_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    pub from: Option<Year>,
    /// The last year the name was used, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("minimum" = crate::year::FIRST_RECORD_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    pub until: Option<Year>,
    /// The document that prints the name; absent where it is the body's own source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}
source: optional
}

impl OtherName {
    /// Another current name.
    pub fn new(name: impl Into<String>) -> Self {
        OtherName {
            name: name.into(),
            former: false,
            from: None,
            until: None,
            source: None,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }

    /// A former name.
    pub fn former(name: impl Into<String>) -> Self {
        OtherName {
            former: true,
            ..OtherName::new(name)
        }
    }
}

impl Serialize for OtherName {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        OtherName::serialize(self, s)
    }
}

impl<'de> Deserialize<'de> for OtherName {
    /// A plain string is a name with nothing else known; an object, the record.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = OtherName;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a name, or an object with a name")
            }
            fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<OtherName, E> {
                Ok(OtherName::new(name))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<OtherName, A::Error> {
                OtherName::deserialize(serde::de::value::MapAccessDeserializer::new(map))
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// The schema of an other name: a plain string, or the record.
pub(crate) struct NameOrRecord;

impl JsonSchema for NameOrRecord {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "OtherNameOrString".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let record = generator.subschema_for::<OtherName>();
        schemars::json_schema!({
            "description": "Another name of a body: a plain string (the name alone), or the record.",
            "anyOf": [{"type": "string", "minLength": 1}, record],
        })
    }
}

/// The schema of a list of other names (each a string or a record).
pub(crate) type OtherNames = Vec<NameOrRecord>;

impl From<&str> for OtherName {
    fn from(name: &str) -> Self {
        OtherName::new(name)
    }
}

impl Check for OtherName {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.text("name", &self.name, "the other name");
        for (key, year) in [("from", self.from), ("until", self.until)] {
            if let Some(year) = year {
                c.field(key, |c| year.check_record(c));
            }
        }
        if let (Some(from), Some(until)) = (self.from, self.until) {
            if from > until {
                c.report_at(
                    "until",
                    crate::validate::Rule::DateOrder,
                    format!("the name was used until {until}, before its first year {from}"),
                );
            }
        }
        if let Some(source) = &self.source {
            c.field("source", |c| source.check(c));
        }
    }
}
