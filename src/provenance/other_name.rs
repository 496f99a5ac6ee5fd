use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::validate::{Check, Checker};
use crate::{Source, Year};

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
#[serde(from = "NameOrRecord")]
#[schemars(with = "NameOrRecord")]
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
    /// A curator's note on the name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Members the model does not define: `x-` extension members, and
    /// members of a newer format version (see [`Extensions`](crate::Extensions)).
    #[serde(flatten)]
    pub extensions: crate::Extensions,
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

/// What an other name is read from: a plain string, or the record.
#[derive(Deserialize, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "OtherName")]
enum NameOrRecord {
    /// The name alone.
    Name(String),
    /// The name with what is known of it.
    Record(#[schemars(with = "OtherNameRecord")] Record),
}

/// The members of an other name (see [`OtherName`]).
#[derive(Deserialize)]
struct Record {
    name: String,
    #[serde(default)]
    former: bool,
    from: Option<Year>,
    until: Option<Year>,
    source: Option<Source>,
    note: Option<String>,
    #[serde(flatten)]
    extensions: crate::Extensions,
}

/// The schema of an other name written as a record: [`OtherName`]'s own members.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct OtherNameRecord {
    /// The name, exactly as printed.
    #[schemars(length(min = 1))]
    name: String,
    /// True for a name no longer used.
    #[serde(default)]
    former: bool,
    /// The first year the name was used, where known.
    #[schemars(extend("minimum" = crate::year::FIRST_RECORD_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    from: Option<Year>,
    /// The last year the name was used, where known.
    #[schemars(extend("minimum" = crate::year::FIRST_RECORD_YEAR, "maximum" = crate::year::LAST_PLAUSIBLE_YEAR))]
    until: Option<Year>,
    /// The document that prints the name; absent where it is the body's own source.
    source: Option<Source>,
    /// A curator's note on the name.
    note: Option<String>,
    /// Extension members.
    #[serde(flatten)]
    extensions: crate::Extensions,
}

impl From<NameOrRecord> for OtherName {
    fn from(read: NameOrRecord) -> Self {
        match read {
            NameOrRecord::Name(name) => OtherName::new(name),
            NameOrRecord::Record(r) => OtherName {
                name: r.name,
                former: r.former,
                from: r.from,
                until: r.until,
                source: r.source,
                note: r.note,
                extensions: r.extensions,
            },
        }
    }
}

impl From<&str> for OtherName {
    fn from(name: &str) -> Self {
        OtherName::new(name)
    }
}

impl Check for OtherName {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        c.text("name", &self.name, "the other name");
        for (key, year) in [("from", self.from), ("until", self.until)] {
            if let Some(year) = year {
                c.field(key, |c| year.check_record(c));
            }
        }
        c.opt_text("note", self.note.as_deref(), "the name's note");
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
