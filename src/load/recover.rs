//! The error path of loading: every shape problem of a document, not only
//! the first.
//!
//! serde stops at the first problem. Once the fast path has failed, the
//! document is read into a `serde_json::Value` and each record is read on
//! its own, from the innermost records out: a record whose nested records
//! have problems is read again without them, and a record with a problem in
//! one of its own members is read again without that member, until it reads
//! or can no longer be read (a required member missing or unreadable). Each
//! problem is reported once, with the JSON Pointer of the offending value in
//! the original document, and with its line and column there.

use std::collections::HashMap;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{escape_token, Located};
use crate::{
    ActivityRef, BestPracticeForum, BpfCycle, BpfOutput, Commitment, Dataset, DynamicCoalition,
    Figure, Mag, Meeting, MessageSet, Nri, NriMeeting, Organiser, Phase, PolicyNetwork,
    RoadmapMapping, Session, SessionReport, Share, Track, WorkingGroup,
};

/// A problem found on the error path: where (a pointer into the original
/// document) and why.
struct Problem {
    pointer: String,
    reason: String,
}

type CheckFn = fn(&Value, &str, &mut Vec<Problem>);

/// A record type and its arrays of nested records, which are read one by
/// one so that a problem in one does not hide the problems of the others.
trait Record: DeserializeOwned {
    const CHILDREN: &'static [(&'static str, CheckFn)];
}

macro_rules! records {
    ($($ty:ty { $($field:literal: $child:ty),* })*) => {$(
        impl Record for $ty {
            const CHILDREN: &'static [(&'static str, CheckFn)] = &[$(($field, check::<$child>)),*];
        }
    )*};
}

records! {
    Dataset {
        "meetings": Meeting, "dynamic_coalitions": DynamicCoalition, "nris": Nri,
        "best_practice_forums": BestPracticeForum, "policy_networks": PolicyNetwork,
        "mags": Mag, "commitments": Commitment, "roadmap_mappings": RoadmapMapping
    }
    Meeting {
        "phases": Phase, "tracks": Track, "sessions": Session, "figures": Figure,
        "messages": MessageSet
    }
    Session { "organisers": Organiser, "reports": SessionReport }
    Figure { "breakdown": Share }
    BestPracticeForum { "cycles": BpfCycle }
    BpfCycle { "outputs": BpfOutput }
    Nri { "meetings": NriMeeting }
    Mag { "working_groups": WorkingGroup }
    RoadmapMapping { "igf_activities": ActivityRef }
    Phase {} Track {} Organiser {} SessionReport {} Share {} MessageSet {} BpfOutput {}
    NriMeeting {} WorkingGroup {} ActivityRef {} DynamicCoalition {} PolicyNetwork {}
    Commitment {}
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

/// The first step of a path: a member name, or an array index.
fn first_step(path: &serde_path_to_error::Path) -> Option<String> {
    use serde_path_to_error::Segment;
    path.iter().find_map(|segment| match segment {
        Segment::Seq { index } => Some(index.to_string()),
        Segment::Map { key } => Some(key.clone()),
        Segment::Enum { .. } | Segment::Unknown => None,
    })
}

/// The member serde reports missing, from its message "missing field `x`".
fn missing_field(reason: &str) -> Option<&str> {
    reason
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
}

/// Reads `value` as a `T`, reporting every problem under `at`.
fn check<T: Record>(value: &Value, at: &str, out: &mut Vec<Problem>) {
    if T::deserialize(value).is_ok() {
        return;
    }
    let Value::Object(members) = value else {
        // Not an object at all: one problem, at the record.
        if let Err(err) = T::deserialize(value) {
            out.push(Problem {
                pointer: at.to_owned(),
                reason: err.to_string(),
            });
        }
        return;
    };
    let mut members = members.clone();
    // Nested records first, each on its own; those with problems are left out.
    for (field, check_child) in T::CHILDREN {
        if let Some(Value::Array(items)) = members.get_mut(*field) {
            let mut keep = Vec::with_capacity(items.len());
            for (i, item) in items.drain(..).enumerate() {
                let before = out.len();
                check_child(&item, &format!("{at}/{}/{i}", escape_token(field)), out);
                if out.len() == before {
                    keep.push(item);
                }
            }
            *items = keep;
        }
    }
    // Then the record's own members: each problem reported, the member left
    // out, and the record read again. Array elements that are left out are
    // tracked so that later problems keep their original index.
    let mut removed: Vec<String> = Vec::new();
    let mut original_index: HashMap<String, Vec<usize>> = HashMap::new();
    for _ in 0..=members.len() * 2 + 1 {
        let candidate = Value::Object(members.clone());
        let err = match serde_path_to_error::deserialize::<_, T>(&candidate) {
            Ok(_) => return,
            Err(err) => err,
        };
        let reason = err.inner().to_string();
        let segments: Vec<_> = err.path().iter().cloned().collect();
        if segments.is_empty() {
            if missing_field(&reason).is_some_and(|f| removed.iter().any(|r| r == f)) {
                // Caused by a member left out because of a problem already reported.
                return;
            }
            out.push(Problem {
                pointer: at.to_owned(),
                reason,
            });
            return;
        }
        let Some(field) = first_step(err.path()) else {
            return;
        };
        // An element of an array of plain values: leave out that element only.
        let index = match segments.get(1) {
            Some(serde_path_to_error::Segment::Seq { index }) => Some(*index),
            _ => None,
        };
        let mut pointer = format!("{at}/{}", escape_token(&field));
        match (index, members.get_mut(&field)) {
            (Some(i), Some(Value::Array(items))) if i < items.len() => {
                let map = original_index
                    .entry(field.clone())
                    .or_insert_with(|| (0..items.len()).collect());
                let original = map.remove(i);
                items.remove(i);
                pointer.push_str(&format!("/{original}"));
                let rest = pointer_of_tail(&segments[2..]);
                pointer.push_str(&rest);
            }
            _ => {
                pointer.push_str(&pointer_of_tail(&segments[1..]));
                members.remove(&field);
                removed.push(field);
            }
        }
        out.push(Problem { pointer, reason });
    }
}

fn pointer_of_tail(segments: &[serde_path_to_error::Segment]) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("/{index}")),
            Segment::Map { key } => {
                out.push('/');
                out.push_str(&escape_token(key));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

/// Every shape problem of `bytes`, in document order. `first` is the
/// problem the path-tracking parse of the text found, with serde_json's own
/// line and column; it stands for the problem found again at its pointer,
/// and is kept even where reading from a `Value` cannot see it (a duplicate
/// member).
pub(super) fn problems(bytes: &[u8], first: Located) -> Vec<Located> {
    let Ok(value) = serde_json::from_slice::<Value>(bytes) else {
        return vec![first];
    };
    let mut found = Vec::new();
    check::<Dataset>(&value, "", &mut found);
    let pointers: Vec<String> = found
        .iter()
        .map(|p| p.pointer.clone())
        .chain(std::iter::once(first.pointer.clone()))
        .collect();
    let offsets = positions(bytes, pointers.iter().map(String::as_str));
    let first_offset = offsets.get(first.pointer.as_str()).copied();
    let mut out: Vec<(usize, Located)> = Vec::with_capacity(found.len() + 1);
    let mut first = Some(first);
    for problem in found {
        let offset = offsets.get(problem.pointer.as_str()).copied().unwrap_or(0);
        if first.as_ref().is_some_and(|f| f.pointer == problem.pointer) {
            if let Some(first) = first.take() {
                out.push((offset, first));
            }
            continue;
        }
        let (line, column) = line_column(bytes, offset);
        out.push((
            offset,
            Located {
                pointer: problem.pointer,
                line,
                column,
                reason: problem.reason,
            },
        ));
    }
    if let Some(first) = first {
        out.push((first_offset.unwrap_or(0), first));
    }
    out.sort_by_key(|(offset, _)| *offset);
    out.into_iter().map(|(_, at)| at).collect()
}

/// The line and column (from 1) of byte `offset`.
fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    (line, offset - line_start + 1)
}

/// The byte offset of the value at each wanted pointer, in one walk over the
/// (well-formed) document.
fn positions<'a>(bytes: &[u8], wanted: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let wanted: Vec<&str> = wanted.collect();
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
        if let Some(w) = wanted.iter().find(|w| **w == pointer) {
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
            Some(b'{') => {
                self.at += 1;
                loop {
                    self.skip_ws();
                    match self.bytes.get(self.at) {
                        Some(b'}') | None => {
                            self.at += 1;
                            return;
                        }
                        Some(b',') => self.at += 1,
                        _ => {
                            let key = self.string();
                            self.skip_ws();
                            self.at += 1; // ':'
                            let len = self.pointer.len();
                            self.pointer.push('/');
                            self.pointer.push_str(&escape_token(&key));
                            self.value(seen);
                            self.pointer.truncate(len);
                        }
                    }
                }
            }
            Some(b'[') => {
                self.at += 1;
                let mut index = 0;
                loop {
                    self.skip_ws();
                    match self.bytes.get(self.at) {
                        Some(b']') | None => {
                            self.at += 1;
                            return;
                        }
                        Some(b',') => self.at += 1,
                        _ => {
                            let len = self.pointer.len();
                            self.pointer.push_str(&format!("/{index}"));
                            self.value(seen);
                            self.pointer.truncate(len);
                            index += 1;
                        }
                    }
                }
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
}
