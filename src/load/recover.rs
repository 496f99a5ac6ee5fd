//! The error path of loading: every shape problem of a document, not only
//! the first.
//!
//! serde stops at the first problem. Once the fast path has failed, each
//! record is read on its own, from its own slice of the document's text,
//! from the innermost records out: a record reads its nested records one by
//! one, then its own members (held as values, without its lists of
//! records), and a record with a problem in one of its own members is read
//! again without that member, until it reads or can no longer be read (a
//! required member missing or unreadable). So diagnosing a document holds
//! the document and at most one record's members at a time. Each
//! problem is reported once, with the JSON Pointer of the offending value in
//! the original document, and with its line and column there. A record
//! whose own members are read again more than [`PER_RECORD`] times reports
//! the problems found so far and says how many.

use std::collections::HashMap;

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use serde_json::Value;

use super::{escape_token, Located};
use crate::dataset::AsWritten;
use crate::{
    ActivityRef, Basis, BestPracticeForum, CoLocatedEvent, Commitment, Coverage, Cycle,
    DcStandards, Document, Donor, DynamicCoalition, Figure, GdcMapping, Host, LeadershipPanel, Mag,
    MagOfficer, Meeting, MessageSet, Milestone, Nri, NriMeeting, Organiser, OtherName, Output,
    PanelMember, ParliamentaryEvent, Person, Phase, PolicyNetwork, RoadmapMapping, Session,
    SessionReport, Share, Source, Statement, TimeSlot, Track, WorkingGroup,
};

/// A problem found on the error path: where (a pointer into the original
/// document) and why.
struct Problem {
    pointer: String,
    reason: String,
}

type CheckFn = fn(&str, &str, &mut Vec<Problem>);

/// The most problems reported in one record's own members (its nested
/// records each count on their own): each is found by reading the record
/// again, so this bounds the work for a record with a huge list of bad
/// values.
const PER_RECORD: usize = 200;

/// A record type and its arrays of nested records, which are read one by
/// one so that a problem in one does not hide the problems of the others.
trait Record: DeserializeOwned {
    const CHILDREN: &'static [(&'static str, CheckFn)];
}

/// The table of records and their lists of records. It is kept by hand,
/// and a test compares it with the types' JSON Schema: every list of
/// records the schema has, at any depth reachable from a dataset, is in
/// the table, with the record type the schema gives it.
macro_rules! records {
    ($($ty:ty { $($field:literal: $child:ty),* })*) => {
        $(
            impl Record for $ty {
                const CHILDREN: &'static [(&'static str, CheckFn)] =
                    &[$(($field, check::<$child>)),*];
            }
        )*
        /// Each record type of the table, by its schema name, with its lists
        /// of records and their types' schema names.
        #[cfg(test)]
        fn table() -> Vec<(String, Vec<(&'static str, String)>)> {
            use schemars::JsonSchema;
            vec![$((
                <$ty>::schema_name().into_owned(),
                vec![$(($field, <$child>::schema_name().into_owned())),*],
            )),*]
        }
    };
}

records! {
    AsWritten {
        "builds_on": Basis, "documents": Document, "meetings": Meeting, "dynamic_coalitions": DynamicCoalition,
        "nris": Nri, "best_practice_forums": BestPracticeForum,
        "policy_networks": PolicyNetwork, "mags": Mag, "leadership_panels": LeadershipPanel,
        "parliamentary_track": ParliamentaryEvent, "commitments": Commitment,
        "roadmap_mappings": RoadmapMapping, "gdc_mappings": GdcMapping, "coverage": Coverage
    }
    Meeting {
        "hosts": Host, "phases": Phase, "tracks": Track,
        "sessions": Session, "figures": Figure, "messages": MessageSet, "timeline": Milestone,
        "donors": Donor, "co_located_events": CoLocatedEvent, "coverage": Coverage,
        "statements": Statement
    }
    Session { "people": Person, "organisers": Organiser, "reports": SessionReport, "held_by": ActivityRef, "statements": Statement }
    Figure { "breakdown": Share, "statements": Statement }
    DynamicCoalition { "other_sources": Source, "other_names": OtherName, "statements": Statement }
    Nri { "meetings": NriMeeting, "other_sources": Source, "other_names": OtherName, "statements": Statement }
    BestPracticeForum { "cycles": Cycle, "other_sources": Source, "other_names": OtherName, "statements": Statement }
    PolicyNetwork { "cycles": Cycle, "other_sources": Source, "other_names": OtherName, "statements": Statement }
    Cycle { "outputs": Output, "statements": Statement }
    Mag { "working_groups": WorkingGroup, "officers": MagOfficer, "coverage": Coverage, "statements": Statement }
    MagOfficer { "statements": Statement }
    LeadershipPanel { "members": PanelMember, "outputs": Output, "other_sources": Source, "other_names": OtherName, "statements": Statement }
    ParliamentaryEvent { "outputs": Output, "statements": Statement }
    RoadmapMapping { "igf_activities": ActivityRef, "statements": Statement }
    GdcMapping { "igf_activities": ActivityRef, "statements": Statement }
    Track { "other_names": OtherName, "statements": Statement }
    WorkingGroup { "other_names": OtherName, "statements": Statement }
    Document { "statements": Statement } Host { "statements": Statement } Phase { "statements": Statement }
    MessageSet { "statements": Statement } Milestone { "statements": Statement } Donor { "statements": Statement }
    CoLocatedEvent { "statements": Statement } Person { "statements": Statement } Organiser { "statements": Statement }
    SessionReport { "statements": Statement } Share { "statements": Statement } NriMeeting { "statements": Statement }
    Output { "statements": Statement } PanelMember { "statements": Statement } Commitment { "statements": Statement }
    Coverage { "statements": Statement } OtherName { "statements": Statement }
    DcStandards { "statements": Statement } TimeSlot { "statements": Statement }
    Basis {} Source {} ActivityRef {} Statement {}
}

/// The JSON Pointer of serde_path_to_error's path.
pub(super) fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => {
                out.push('/');
                out.push_str(&index.to_string());
            }
            Segment::Map { key } => {
                out.push('/');
                out.push_str(&escape_token(key));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

/// The member serde reports missing, from its message "missing field `x`".
fn missing_field(reason: &str) -> Option<&str> {
    reason
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
}

/// The reason of a serde_json error, without the position it appends
/// (the problems of records read on their own are placed by pointer).
fn reason_of(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(at) if err.line() > 0 => text[..at].to_owned(),
        _ => text,
    }
}

/// Reads the record whose text is `raw` as a `T`, reporting every problem
/// under `at`.
fn check<T: Record>(raw: &str, at: &str, out: &mut Vec<Problem>) {
    if serde_json::from_str::<T>(raw).is_err() {
        check_members::<T>(raw, at, out);
    }
}

/// The members of a record, each as the text it has in the document.
type Members<'a> = std::collections::BTreeMap<String, &'a RawValue>;

/// Every problem of the record `raw`, which does not read as a `T`. The
/// record's text is a slice of the document: its nested records are read
/// one by one from their own slices, and only its other members are held
/// as values, so the memory this takes is bounded by the largest record,
/// not the document.
fn check_members<T: Record>(raw: &str, at: &str, out: &mut Vec<Problem>) {
    let Ok(members) = serde_json::from_str::<Members<'_>>(raw) else {
        // Not an object at all: one problem, at the record.
        if let Err(err) = serde_json::from_str::<T>(raw) {
            out.push(Problem {
                pointer: at.to_owned(),
                reason: reason_of(&err),
            });
        }
        return;
    };
    // Nested records first, each on its own. Their problems are reported
    // here, so the record is read again with each of its lists of records
    // empty: what is left to find is in its own members.
    let mut own = serde_json::Map::new();
    for (field, raw) in members {
        let child = T::CHILDREN.iter().find(|(name, _)| *name == field);
        let items = child.and_then(|_| serde_json::from_str::<Vec<&RawValue>>(raw.get()).ok());
        let value = match (child, items) {
            (Some((_, check_child)), Some(items)) => {
                for (i, item) in items.into_iter().enumerate() {
                    check_child(
                        item.get(),
                        &format!("{at}/{}/{i}", escape_token(&field)),
                        out,
                    );
                }
                Value::Array(Vec::new())
            }
            // Well-formed: the document was checked before.
            _ => serde_json::from_str(raw.get()).unwrap_or(Value::Null),
        };
        own.insert(field, value);
    }
    // Then the record's own members: each problem reported, the offending
    // value (the innermost member or element) left out, and the record read
    // again. Array elements left out are tracked so that later problems keep
    // their original index.
    let mut record = Value::Object(own);
    let mut removed: Vec<Vec<Step>> = Vec::new();
    let mut renumbered: HashMap<Vec<Step>, Vec<usize>> = HashMap::new();
    let own_start = out.len();
    for round in 0.. {
        if round == PER_RECORD {
            // Said with the number actually reported: a round may find a
            // problem already reported (a member missing from an object
            // left out before).
            let reported = out.len() - own_start;
            out.push(Problem {
                pointer: at.to_owned(),
                reason: format!(
                    "this record has more than {reported} problems of its own; the first {reported} are reported: correct them and read the file again"
                ),
            });
            return;
        }
        // Read from text, as the document is: one reading of each type
        // serves the whole error path.
        let text = record.to_string();
        let err = match serde_path_to_error::deserialize::<_, T>(
            &mut serde_json::Deserializer::from_str(&text),
        ) {
            Ok(_) => return,
            Err(err) => err,
        };
        let reason = reason_of(err.inner());
        let mut path: Vec<Step> = err.path().iter().filter_map(Step::of).collect();
        if missing_field(&reason).is_none() {
            if let Some(key) = member_at_fault::<T>(&record, &path, &reason) {
                path.push(Step::Key(key));
            }
        }
        if let Some(field) = missing_field(&reason) {
            let mut lacking = path.clone();
            lacking.push(Step::Key(field.to_owned()));
            if !removed.contains(&lacking) {
                out.push(Problem {
                    pointer: format!("{at}{}", original(&path, &renumbered)),
                    reason,
                });
            }
            // The object that lacks it cannot be read: leave it out too.
        } else {
            out.push(Problem {
                pointer: format!("{at}{}", original(&path, &renumbered)),
                reason,
            });
        }
        if path.is_empty() || !remove(&mut record, &path, &mut renumbered) {
            return;
        }
        removed.push(std::mem::take(&mut path));
    }
}

/// The member of the object at `path` in `record` that makes it fail to
/// read with `reason`, where the reading names the object but not the
/// member: a member of a part flattened into its record (a record's
/// [`When`](crate::When)) is read after the record's own members, where
/// no path reaches. Found by leaving each member out in turn: the one
/// without which the record reads, or fails otherwise than for a member
/// it then lacks.
fn member_at_fault<T: Record>(record: &Value, path: &[Step], reason: &str) -> Option<String> {
    let mut here = record;
    for step in path {
        here = match (here, step) {
            (Value::Object(m), Step::Key(k)) => m.get(k)?,
            (Value::Array(items), Step::Index(i)) => items.get(*i)?,
            _ => return None,
        };
    }
    let Value::Object(members) = here else {
        return None;
    };
    members.keys().find_map(|key| {
        let mut without = record.clone();
        let mut object = &mut without;
        for step in path {
            object = match (object, step) {
                (Value::Object(m), Step::Key(k)) => m.get_mut(k)?,
                (Value::Array(items), Step::Index(i)) => items.get_mut(*i)?,
                _ => return None,
            };
        }
        object.as_object_mut()?.remove(key);
        let read = serde_json::from_str::<T>(&without.to_string());
        let at_fault = match &read {
            Ok(_) => true,
            Err(err) => {
                let now = reason_of(err);
                now != reason && missing_field(&now) != Some(key.as_str())
            }
        };
        at_fault.then(|| key.clone())
    })
}

/// One step of a path within a record.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Step {
    Key(String),
    Index(usize),
}

impl Step {
    fn of(segment: &serde_path_to_error::Segment) -> Option<Step> {
        use serde_path_to_error::Segment;
        match segment {
            Segment::Seq { index } => Some(Step::Index(*index)),
            Segment::Map { key } => Some(Step::Key(key.clone())),
            Segment::Enum { .. } | Segment::Unknown => None,
        }
    }
}

/// The pointer of `path` with each array index as it was in the document.
fn original(path: &[Step], renumbered: &HashMap<Vec<Step>, Vec<usize>>) -> String {
    let mut out = String::new();
    let mut prefix: Vec<Step> = Vec::new();
    for step in path {
        match step {
            Step::Key(k) => {
                out.push('/');
                out.push_str(&escape_token(k));
                prefix.push(step.clone());
            }
            Step::Index(i) => {
                let at = original_index(renumbered, &prefix, *i);
                out.push_str(&format!("/{at}"));
                prefix.push(Step::Index(at));
            }
        }
    }
    out
}

/// The index element `i` of the array at `prefix` had in the document,
/// before elements were left out of it.
fn original_index(renumbered: &HashMap<Vec<Step>, Vec<usize>>, prefix: &[Step], i: usize) -> usize {
    renumbered
        .get(prefix)
        .and_then(|m| m.get(i))
        .copied()
        .unwrap_or(i)
}

/// Removes the value at `path` (current indices) from `record`; false when
/// there is nothing there to remove.
fn remove(
    record: &mut Value,
    path: &[Step],
    renumbered: &mut HashMap<Vec<Step>, Vec<usize>>,
) -> bool {
    let Some((last, parents)) = path.split_last() else {
        return false;
    };
    // The array's identity: its path with original indices.
    let mut prefix: Vec<Step> = Vec::new();
    let mut here = record;
    for step in parents {
        here = match (here, step) {
            (Value::Object(m), Step::Key(k)) => match m.get_mut(k) {
                Some(v) => v,
                None => return false,
            },
            (Value::Array(items), Step::Index(i)) => match items.get_mut(*i) {
                Some(v) => v,
                None => return false,
            },
            _ => return false,
        };
        prefix.push(match step {
            Step::Index(i) => {
                let at = original_index(renumbered, &prefix, *i);
                Step::Index(at)
            }
            key => key.clone(),
        });
    }
    match (here, last) {
        (Value::Object(m), Step::Key(k)) => m.remove(k).is_some(),
        (Value::Array(items), Step::Index(i)) if *i < items.len() => {
            let map = renumbered
                .entry(prefix)
                .or_insert_with(|| (0..items.len()).collect());
            map.remove(*i);
            items.remove(*i);
            true
        }
        _ => false,
    }
}

/// Every shape problem of `bytes`, in document order. `first` is the
/// problem the path-tracking parse of the text found, with serde_json's own
/// line and column; it stands for the problem found again at its pointer,
/// and is kept even where reading from a `Value` cannot see it (a duplicate
/// member).
pub(super) fn problems(bytes: &[u8], first: Located) -> Vec<Located> {
    // The rest of the document must be well-formed for its records to be
    // read one by one; the first problem is all there is to say otherwise.
    let Ok(text) = std::str::from_utf8(bytes) else {
        return vec![first];
    };
    if serde_json::from_str::<serde::de::IgnoredAny>(text).is_err() {
        return vec![first];
    }
    let mut found = Vec::new();
    check_members::<AsWritten>(text, "", &mut found);
    let pointers: Vec<String> = found
        .iter()
        .map(|p| p.pointer.clone())
        .chain(std::iter::once(first.pointer.clone()))
        .collect();
    let offsets = positions(bytes, pointers.iter().map(String::as_str));
    let first_offset = offsets.get(first.pointer.as_str()).copied();
    // Each problem with its offset; the first keeps serde_json's position.
    let mut out: Vec<(usize, Option<Located>, Option<Problem>)> =
        Vec::with_capacity(found.len() + 1);
    let mut first = Some(first);
    for problem in found {
        let offset = offsets.get(problem.pointer.as_str()).copied().unwrap_or(0);
        if first.as_ref().is_some_and(|f| f.pointer == problem.pointer) {
            out.push((offset, first.take(), None));
        } else if first.as_ref().is_some_and(|f| {
            f.reason == problem.reason
                && problem
                    .pointer
                    .strip_prefix(f.pointer.as_str())
                    .is_some_and(|rest| rest.starts_with('/'))
        }) {
            // The same problem, found at the member where the first reading
            // named only its record: kept there.
            first = None;
            out.push((offset, None, Some(problem)));
        } else {
            out.push((offset, None, Some(problem)));
        }
    }
    if let Some(first) = first {
        out.push((first_offset.unwrap_or(0), Some(first), None));
    }
    // In document order, with lines and columns counted in one sweep.
    out.sort_by_key(|(offset, _, _)| *offset);
    let mut lines = Lines::default();
    out.into_iter()
        .filter_map(|(offset, located, problem)| match (located, problem) {
            (Some(located), _) => Some(located),
            (None, Some(problem)) => {
                let (line, column) = lines.at(bytes, offset);
                Some(Located {
                    pointer: problem.pointer,
                    line,
                    column,
                    reason: problem.reason,
                })
            }
            (None, None) => None,
        })
        .collect()
}

/// Problems found after reading (by the format upgrade), each at a pointer
/// into `bytes`, with their lines and columns.
pub(super) fn locate(bytes: &[u8], problems: Vec<(String, String)>) -> Vec<Located> {
    let at = positions(bytes, problems.iter().map(|(p, _)| p.as_str()));
    let mut located: Vec<(usize, Located)> = problems
        .iter()
        .map(|(pointer, reason)| {
            let offset = at.get(pointer.as_str()).copied().unwrap_or(0);
            let (line, column) = Lines::default().at(bytes, offset);
            (
                offset,
                Located {
                    pointer: pointer.clone(),
                    line,
                    column,
                    reason: reason.clone(),
                },
            )
        })
        .collect();
    located.sort_by_key(|(offset, _)| *offset);
    located.into_iter().map(|(_, l)| l).collect()
}

/// Gives each finding the line and column of its pointer in `bytes` (of
/// the nearest enclosing value the text has, for a member it lacks), in
/// one walk of the document and one sweep of its lines.
pub(super) fn locate_findings(bytes: &[u8], findings: &mut [crate::validate::Finding]) {
    let mut wanted: Vec<&str> = Vec::new();
    for f in findings.iter() {
        let mut pointer = f.path.as_str();
        loop {
            wanted.push(pointer);
            match pointer.rfind('/') {
                Some(at) => pointer = &pointer[..at],
                None => break,
            }
        }
    }
    let at = positions(bytes, wanted.into_iter());
    let mut offsets: Vec<(usize, usize)> = findings
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let mut pointer = f.path.as_str();
            let offset = loop {
                if let Some(&offset) = at.get(pointer) {
                    break offset;
                }
                match pointer.rfind('/') {
                    Some(cut) => pointer = &pointer[..cut],
                    None => break 0,
                }
            };
            (offset, i)
        })
        .collect();
    offsets.sort_unstable();
    let mut lines = Lines::default();
    for (offset, i) in offsets {
        let (line, column) = lines.at(bytes, offset);
        findings[i].line = Some(line);
        findings[i].column = Some(column);
    }
}

/// Lines and columns of increasing offsets, counted in one sweep.
#[derive(Default)]
struct Lines {
    scanned: usize,
    line: usize,
    line_start: usize,
}

impl Lines {
    /// The line and column (from 1) of byte `offset`, not before the last one asked.
    fn at(&mut self, bytes: &[u8], offset: usize) -> (usize, usize) {
        let offset = offset.min(bytes.len());
        for (i, &b) in bytes[self.scanned.min(offset)..offset].iter().enumerate() {
            if b == b'\n' {
                self.line += 1;
                self.line_start = self.scanned + i + 1;
            }
        }
        self.scanned = self.scanned.max(offset);
        (self.line + 1, offset - self.line_start + 1)
    }
}

/// The line and column (from 1) of byte `offset`, counted from the start.
pub(super) fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    Lines::default().at(bytes, offset)
}

/// The byte offset of the value at each wanted pointer, in one walk over the
/// (well-formed) document.
fn positions<'a>(bytes: &[u8], wanted: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    // A set: a file with a million problems wants a million positions.
    let wanted: std::collections::HashSet<&str> = wanted.collect();
    let mut found = HashMap::new();
    if wanted.is_empty() {
        return found;
    }
    let mut walker = Walker {
        bytes,
        at: 0,
        pointer: String::new(),
    };
    walker.value(&mut |pointer, offset| {
        if let Some(w) = wanted.get(pointer) {
            found.entry(*w).or_insert(offset);
        }
    });
    found
}

/// A minimal walk over well-formed JSON that reports each value's pointer
/// and offset.
struct Walker<'b> {
    bytes: &'b [u8],
    at: usize,
    pointer: String,
}

impl Walker<'_> {
    fn skip_ws(&mut self) {
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| b.is_ascii_whitespace())
        {
            self.at += 1;
        }
    }

    fn value(&mut self, seen: &mut dyn FnMut(&str, usize)) {
        self.skip_ws();
        seen(&self.pointer, self.at);
        match self.bytes.get(self.at) {
            Some(b'{') => self.items(b'}', &mut |w: &mut Self| {
                let key = w.string();
                w.skip_ws();
                w.at += 1; // ':'
                let len = w.pointer.len();
                w.pointer.push('/');
                w.pointer.push_str(&escape_token(&key));
                w.value(seen);
                w.pointer.truncate(len);
            }),
            Some(b'[') => {
                let mut index = 0;
                self.items(b']', &mut |w: &mut Self| {
                    let len = w.pointer.len();
                    w.pointer.push_str(&format!("/{index}"));
                    w.value(seen);
                    w.pointer.truncate(len);
                    index += 1;
                });
            }
            Some(b'"') => {
                self.string();
            }
            _ => {
                while self
                    .bytes
                    .get(self.at)
                    .is_some_and(|b| !matches!(b, b',' | b'}' | b']') && !b.is_ascii_whitespace())
                {
                    self.at += 1;
                }
            }
        }
    }

    /// Walks the members of an object or the elements of an array, from
    /// its opening bracket to `close`, calling `each` at the start of each.
    fn items(&mut self, close: u8, each: &mut dyn FnMut(&mut Self)) {
        self.at += 1;
        loop {
            self.skip_ws();
            match self.bytes.get(self.at) {
                Some(&b) if b == close => {
                    self.at += 1;
                    return;
                }
                None => return,
                Some(b',') => self.at += 1,
                _ => each(self),
            }
        }
    }

    /// Reads a string starting at its opening quote and returns its text.
    fn string(&mut self) -> String {
        let start = self.at;
        self.at += 1;
        while let Some(&b) = self.bytes.get(self.at) {
            self.at += 1;
            match b {
                b'\\' => self.at += 1,
                b'"' => break,
                _ => {}
            }
        }
        let raw = &self.bytes[start..self.at.min(self.bytes.len())];
        serde_json::from_slice::<String>(raw).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_find_values_by_pointer() {
        let text = br#"{"a": [1, {"b/c": "x\"y"}],
 "d": {"~": null}}"#;
        let found = positions(text, ["/a/1/b~1c", "/d/~0", "/a/0", ""].into_iter());
        assert_eq!(found["/a/1/b~1c"], 18);
        assert_eq!(found["/a/0"], 7);
        assert_eq!(found[""], 0);
        let (line, column) = line_column(text, found["/d/~0"]);
        assert_eq!((line, column), (2, 13));
    }

    #[test]
    fn missing_field_reads_serde_message() {
        assert_eq!(missing_field("missing field `title`"), Some("title"));
        assert_eq!(missing_field("invalid type"), None);
    }
    /// The lists of records of every record type the schema reaches from a
    /// dataset, by the record's schema name.
    fn schema_lists() -> std::collections::BTreeMap<String, Vec<(String, String)>> {
        use schemars::JsonSchema;
        let bundle = crate::schema::bundle();
        let defs = bundle["$defs"].as_object().unwrap().clone();
        let target = |v: &Value| -> Option<String> {
            let r = v.get("$ref")?.as_str()?;
            Some(r.rsplit('/').next()?.to_owned())
        };
        let is_record = |name: &str| {
            let d = &defs[name];
            d["type"] == "object" || d.get("oneOf").is_some() || d.get("anyOf").is_some()
        };
        let mut out = std::collections::BTreeMap::new();
        let mut todo = vec![(crate::Dataset::schema_name().into_owned(), bundle.clone())];
        while let Some((name, schema)) = todo.pop() {
            if out.contains_key(&name) {
                continue;
            }
            let mut lists = Vec::new();
            let mut parts = vec![&schema];
            for key in ["oneOf", "anyOf", "allOf"] {
                if let Some(Value::Array(vs)) = schema.get(key) {
                    parts.extend(vs.iter());
                }
            }
            for part in parts {
                let Some(Value::Object(props)) = part.get("properties") else {
                    continue;
                };
                for (field, p) in props {
                    let mut refs: Vec<String> = target(p).into_iter().collect();
                    for key in ["anyOf", "oneOf"] {
                        if let Some(Value::Array(vs)) = p.get(key) {
                            refs.extend(vs.iter().filter_map(target));
                        }
                    }
                    if let Some(item) = p.get("items").and_then(target) {
                        if is_record(&item) {
                            lists.push((field.clone(), item.clone()));
                        }
                        refs.push(item);
                    }
                    for r in refs {
                        if is_record(&r) {
                            todo.push((r.clone(), defs[&r].clone()));
                        }
                    }
                }
            }
            lists.sort();
            out.insert(name, lists);
        }
        out
    }

    /// The hand-kept table agrees with the types: every list of records at
    /// any depth is read record by record, with its record type.
    #[test]
    fn the_table_has_every_list_of_records_the_types_have() {
        let table: std::collections::BTreeMap<String, Vec<(String, String)>> = table()
            .into_iter()
            .map(|(name, mut lists)| {
                lists.sort();
                let lists = lists.into_iter().map(|(f, t)| (f.to_owned(), t)).collect();
                (name, lists)
            })
            .collect();
        // The schema types each record's statements (`MeetingStatement`:
        // one variant per member) and reads an other name from a string
        // too (`OtherNameOrString`); the records are `Statement` and
        // `OtherName` all the same.
        let record_of = |schema_name: String| {
            if schema_name.ends_with("Statement") {
                "Statement".to_owned()
            } else if schema_name == "OtherNameOrString" {
                "OtherName".to_owned()
            } else {
                schema_name
            }
        };
        for (name, lists) in schema_lists() {
            if lists.is_empty() || name.ends_with("Statement") && name != "Statement" {
                continue;
            }
            let mut lists: Vec<(String, String)> =
                lists.into_iter().map(|(f, t)| (f, record_of(t))).collect();
            // The variants of a tagged enum (a host) list theirs each.
            lists.dedup();
            assert_eq!(
                table.get(&name),
                Some(&lists),
                "the lists of records of {name} in the records! table"
            );
        }
    }

    /// Every list of a dataset, and of a meeting, recovers every bad record:
    /// 250 records that are not records give 250 problems, each at its own
    /// pointer, in order.
    #[test]
    fn every_list_recovers_every_bad_record() {
        let bad: Vec<Value> = (0..250).map(|_| Value::from(5)).collect();
        type Wrap = Box<dyn Fn(Value) -> Value>;
        let mut wrappers: Vec<(String, Wrap, String)> = Vec::new();
        for (field, _) in AsWritten::CHILDREN {
            wrappers.push((
                format!("/{field}"),
                Box::new(move |list| serde_json::json!({ *field: list })),
                field.to_string(),
            ));
        }
        for (field, _) in Meeting::CHILDREN {
            wrappers.push((
                format!("/meetings/0/{field}"),
                Box::new(move |list| {
                    serde_json::json!({"meetings": [
                        {"year": 2020, "source": {"document": "d"}, *field: list}
                    ]})
                }),
                field.to_string(),
            ));
        }
        for (at, wrap, field) in wrappers {
            let text = wrap(Value::Array(bad.clone())).to_string();
            let err = crate::load::from_str(&text).unwrap_err();
            let pointers: Vec<&str> = err.problems().iter().map(|p| p.pointer.as_str()).collect();
            let expected: Vec<String> = (0..250).map(|i| format!("{at}/{i}")).collect();
            assert_eq!(pointers, expected, "{field}");
        }
    }

    /// The note of a record with too many problems says how many are reported.
    #[test]
    fn the_note_counts_the_problems_reported() {
        let bad: Vec<Value> = (0..300).map(|_| Value::from(0.5)).collect();
        let text = serde_json::json!({"dynamic_coalitions": [{"name": "n", "source": {"document": "d"}, "active_in": bad}]}).to_string();
        let err = crate::load::from_str(&text).unwrap_err();
        let notes: Vec<&Located> = err
            .problems()
            .iter()
            .filter(|p| p.reason.contains("problems of its own"))
            .collect();
        assert_eq!(notes.len(), 1);
        for note in notes {
            let own = err
                .problems()
                .iter()
                .filter(|p| p.pointer.starts_with(&format!("{}/", note.pointer)))
                .count();
            assert!(
                note.reason
                    .contains(&format!("the first {own} are reported")),
                "{} ({own} reported)",
                note.reason
            );
        }
    }
}
