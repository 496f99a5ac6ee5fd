//! The version of the crate's JSON format, and how older files are upgraded.
//!
//! A dataset file states the format version it follows in its
//! `format_version` member, and may name its JSON Schema in `$schema` (what
//! editors use to offer completion and checking). The format changes only
//! with a new version, and every change comes with an upgrade of older files:
//!
//! | version | what changed |
//! | --- | --- |
//! | 0.1 | the first format (igf-model 0.1); files carry no version |
//! | 0.2 | `format_version` and `$schema` at the root; `x-` extension members on every record; a newer format's members kept |
//! | 0.4 | statements: any member of any record stated by several documents, each with its value, printed text, citation, note and rank (`statements`); a `note` on every record; other names with their years and sources on every named body (`other_names`, which replaces a coalition's `former_names`); the coverage of lists, complete or a sample (`coverage`); a figure's `scope`, and ranges (`between`, `value_to`); a meeting's theme wordings become statements of its `theme` |
//! | 0.3 | a bibliography (`documents`) that sources cite by id; several `hosts` (was `host`); a session's `tracks` (was `track`); an NRI's `kinds` (was `kind`); Day 0, theme wordings, timeline, donors, co-located events; track kinds; session times as published, rooms, people, the activity that held a session; policy network cycles; the Leadership Panel, the Parliamentary Track and the Global Digital Compact; figures as of a date or expected; every list of values open and every code kept as written |
//!
//! Upgrading 0.3 to 0.4 turns each theme wording of a meeting into a
//! statement of its `theme` (the adopted theme, printed as the wording
//! reads, ranked `adopted`; a wording of a meeting with no theme is another
//! reading), and each former name of a coalition into an other name marked
//! `former`. A list of other names as plain strings reads unchanged. A
//! published count is now compared only with a list whose `coverage` says
//! it is complete: an older file draws no `figure.count_vs_items` warning
//! until it says so.
//!
//! Upgrading 0.2 to 0.3 wraps `host`, `track` and `kind` in one-element
//! lists under their new names, and builds the bibliography from the
//! documents the file's sources name: each distinct `document` text becomes
//! a document whose id and title are that text, so every citation resolves
//! and nothing is invented.
//!
//! Reading ([`crate::load`]) upgrades a file of an older version to
//! [`FormatVersion::CURRENT`] with the same meaning. A file of a *newer*
//! version is read as far as possible: the members this crate does not know
//! are kept in each record's [`Extensions`](crate::Extensions), written back
//! unchanged, and reported as warnings (`format.newer_member`) naming both
//! versions. The `igf migrate FILE` command writes a file in the current
//! format.
//!
//! ```
//! use igf_model::FormatVersion;
//!
//! let old = igf_model::load::from_str(r#"{"meetings": []}"#)?;
//! assert_eq!(old.format_version, FormatVersion::CURRENT);
//! let text = igf_model::Dataset::new().to_json_pretty()?;
//! assert!(text.contains(&format!("\"format_version\": \"{}\"", FormatVersion::CURRENT)));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// A version of the JSON format: `MAJOR.MINOR`, such as `"0.2"`.
///
/// Versions compare by number, so `0.10` is newer than `0.9`.
///
/// ```
/// use igf_model::FormatVersion;
///
/// let v: FormatVersion = "0.2".parse()?;
/// assert_eq!(v, FormatVersion::new(0, 2));
/// assert!(FormatVersion::new(0, 10) > FormatVersion::new(0, 9));
/// assert!("2".parse::<FormatVersion>().is_err());
/// # Ok::<(), igf_model::InvalidFormatVersion>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FormatVersion {
    /// The major version: a change that old readers cannot follow.
    pub major: u16,
    /// The minor version.
    pub minor: u16,
}

/// A string that is not a format version: it names the value and the form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
#[error(
    "invalid format version {value:?}: expected MAJOR.MINOR, such as \"{}\"",
    FormatVersion::CURRENT
)]
pub struct InvalidFormatVersion {
    /// The rejected text, as given.
    pub value: String,
}

impl FormatVersion {
    /// The format this crate reads and writes.
    pub const CURRENT: FormatVersion = FormatVersion::new(0, 4);

    /// The first format, which files without a `format_version` follow.
    pub const UNVERSIONED: FormatVersion = FormatVersion::new(0, 1);

    /// The ECMA-262 pattern of a version in the JSON Schema.
    /// Each part is a number from 0 to 65535 without leading zeros; the
    /// pattern says exactly that, so what it accepts, this crate reads.
    pub const PATTERN: &'static str = "^(0|[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])\\.(0|[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$";

    /// The version `major.minor`.
    pub const fn new(major: u16, minor: u16) -> Self {
        FormatVersion { major, minor }
    }

    /// True for a version newer than the one this crate reads.
    pub fn is_newer_than_current(self) -> bool {
        self > Self::CURRENT
    }
}

impl Default for FormatVersion {
    /// The current version.
    fn default() -> Self {
        Self::CURRENT
    }
}

impl fmt::Display for FormatVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

fn number(part: &str) -> Option<u16> {
    let canonical = part == "0" || (!part.starts_with('0') && !part.is_empty());
    if canonical && part.len() <= 5 && part.bytes().all(|b| b.is_ascii_digit()) {
        part.parse().ok()
    } else {
        None
    }
}

impl FromStr for FormatVersion {
    type Err = InvalidFormatVersion;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parsed = s
            .split_once('.')
            .and_then(|(major, minor)| Some(FormatVersion::new(number(major)?, number(minor)?)));
        parsed.ok_or_else(|| InvalidFormatVersion {
            value: s.to_owned(),
        })
    }
}

impl Serialize for FormatVersion {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for FormatVersion {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::wire::with_str(d, "a format version MAJOR.MINOR", |text| {
            text.parse()
                .map_err(|e: InvalidFormatVersion| e.to_string())
        })
    }
}

impl JsonSchema for FormatVersion {
    fn schema_name() -> Cow<'static, str> {
        "FormatVersion".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": format!(
                "The version of the igf-model JSON format the file follows, MAJOR.MINOR; this schema describes version {}. A file without it follows version {}.",
                FormatVersion::CURRENT, FormatVersion::UNVERSIONED
            ),
            "pattern": FormatVersion::PATTERN,
            "examples": [FormatVersion::CURRENT.to_string()],
        })
    }
}

/// The version a file without `format_version` follows.
pub(crate) fn unversioned() -> FormatVersion {
    FormatVersion::UNVERSIONED
}

/// Upgrades a dataset read in an older format version to the current one,
/// step by step, with the same meaning. A problem in a member that the
/// older format had and the current one reads differently (a `host` that
/// is not a host) is returned with its pointer, in the file as written.
pub(crate) fn upgrade(dataset: &mut crate::Dataset) -> Result<(), Vec<(String, String)>> {
    // 0.1 -> 0.2: the format only gained members (`format_version`,
    // `$schema`, `x-` extension members), so a 0.1 file means the same in 0.2.
    if dataset.format_version >= FormatVersion::CURRENT {
        return Ok(());
    }
    if dataset.format_version < FormatVersion::new(0, 3) {
        upgrade_to_0_3(dataset)?;
    }
    upgrade_to_0_4(dataset)?;
    dataset.format_version = FormatVersion::CURRENT;
    Ok(())
}

/// 0.3 -> 0.4: theme wordings become statements of the theme, and former
/// names of coalitions other names; everything else stays as read.
fn upgrade_to_0_4(dataset: &mut crate::Dataset) -> Result<(), Vec<(String, String)>> {
    #[derive(serde::Deserialize)]
    struct Wording {
        text: String,
        source: crate::Source,
        #[serde(flatten)]
        extensions: crate::Extensions,
    }
    let mut problems = Vec::new();
    for (i, meeting) in dataset.meetings.iter_mut().enumerate() {
        let Some(value) = meeting.extensions.remove("theme_wordings") else {
            continue;
        };
        match serde_json::from_value::<Vec<Wording>>(value) {
            Ok(wordings) => {
                for w in wordings {
                    let adopted = meeting.theme.clone();
                    let mut s = crate::Statement::new(
                        "theme",
                        adopted.clone().unwrap_or_else(|| w.text.clone()),
                        w.source,
                    );
                    if adopted.is_some() {
                        s.rank = Some(crate::Rank::Adopted);
                    }
                    if adopted.as_deref() != Some(w.text.as_str()) {
                        s.as_printed = Some(w.text);
                    }
                    s.extensions = w.extensions;
                    meeting.statements.push(s);
                }
            }
            Err(err) => problems.push((format!("/meetings/{i}/theme_wordings"), err.to_string())),
        }
    }
    for (i, dc) in dataset.dynamic_coalitions.iter_mut().enumerate() {
        let Some(value) = dc.extensions.remove("former_names") else {
            continue;
        };
        match serde_json::from_value::<Vec<String>>(value) {
            Ok(names) => dc
                .other_names
                .extend(names.into_iter().map(crate::OtherName::former)),
            Err(err) => problems.push((
                format!("/dynamic_coalitions/{i}/former_names"),
                err.to_string(),
            )),
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// 0.1 -> 0.2 -> 0.3.
fn upgrade_to_0_3(dataset: &mut crate::Dataset) -> Result<(), Vec<(String, String)>> {
    // 0.2 -> 0.3: members renamed into lists, and the bibliography. The old
    // members were read into each record's extensions, in place; they move
    // to their new homes, everything else stays as read.
    let mut problems = Vec::new();
    for (i, meeting) in dataset.meetings.iter_mut().enumerate() {
        into_list(
            &mut meeting.extensions,
            "host",
            &mut meeting.hosts,
            &format!("/meetings/{i}"),
            &mut problems,
        );
        for (j, session) in meeting.sessions.iter_mut().enumerate() {
            into_list(
                &mut session.extensions,
                "track",
                &mut session.tracks,
                &format!("/meetings/{i}/sessions/{j}"),
                &mut problems,
            );
        }
    }
    for (i, nri) in dataset.nris.iter_mut().enumerate() {
        into_list(
            &mut nri.extensions,
            "kind",
            &mut nri.kinds,
            &format!("/nris/{i}"),
            &mut problems,
        );
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if dataset.documents.is_empty() {
        let mut texts = Vec::new();
        if let Ok(value) = serde_json::to_value(&*dataset) {
            cited(&value, &mut texts, &mut std::collections::HashSet::new());
        }
        dataset.documents = texts
            .into_iter()
            .map(|text| crate::Document::new(text.clone(), text))
            .collect();
    }
    Ok(())
}

/// Moves the old member `member` (read into `extensions`) of the record at
/// `record` into `list`, as its only item, unless the list is already
/// given. A member given twice is a problem, as it is in the current
/// format (`duplicate field`), at the record.
fn into_list<T: serde::de::DeserializeOwned>(
    extensions: &mut crate::Extensions,
    member: &str,
    list: &mut Vec<T>,
    record: &str,
    problems: &mut Vec<(String, String)>,
) {
    if !list.is_empty() {
        return;
    }
    let Some(value) = extensions.remove(member) else {
        return;
    };
    if extensions.get(member).is_some() {
        problems.push((record.to_owned(), format!("duplicate field `{member}`")));
        return;
    }
    match serde_json::from_value(value) {
        Ok(item) => list.push(item),
        Err(err) => problems.push((
            format!("{record}/{}", crate::validate::escape_token(member)),
            err.to_string(),
        )),
    }
}

/// The document texts the sources of `value` name, each once, in the order
/// the members are walked.
fn cited(value: &Value, out: &mut Vec<String>, seen: &mut std::collections::HashSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, member) in map {
                if key == "source" || key == "other_sources" {
                    let sources: Vec<&Value> = match member {
                        Value::Array(list) => list.iter().collect(),
                        one => vec![one],
                    };
                    for source in sources {
                        if let Some(Value::String(doc)) = source.get("document") {
                            if seen.insert(doc.clone()) {
                                out.push(doc.clone());
                            }
                        }
                    }
                }
                cited(member, out, seen);
            }
        }
        Value::Array(list) => list.iter().for_each(|v| cited(v, out, seen)),
        _ => {}
    }
}
