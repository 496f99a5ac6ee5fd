//! Splits the input, as UTF-8 text, into pieces (the whole text, its
//! lines, and the parts between double quotes, so that the strings of a
//! JSON document are pieces too), and tries every parser of the crate on
//! each piece: the identifiers kept as written (`SessionCode`, with its
//! label and number, `DcAcronym`, `WgAcronym`), `Year`, `FormatVersion`,
//! and every enumeration. Whenever a
//! parse succeeds, `to_string()` must give back the input exactly, and
//! parsing that again must succeed with an equal value. For the checked
//! identifiers and the enumerations, reading the text as a string through
//! serde must agree with `FromStr`, and serde_json must write it back as
//! the same JSON string.
//!
//! Pieces longer than `MAX_PIECE` bytes are skipped: no identifier or known
//! name is longer (identifiers are at most 64 bytes, names at most 40), so
//! only open enumerations could read them, into `Other`. At most
//! `MAX_PIECES` distinct pieces are tried per input: without these limits a
//! 140 kB seed takes a fifth of a second, and the target crawls.
#![no_main]

use std::collections::HashSet;
use std::fmt::{Debug, Display};
use std::str::FromStr;

use igf_model::serde_json::{self, Value};
use igf_model::validate::{Rule, Severity};
use igf_model::*;
use libfuzzer_sys::fuzz_target;
use serde::de::value::{Error as DeError, StrDeserializer};
use serde::de::IntoDeserializer;

/// `FromStr` and `Display` agree on `text`.
fn check_display<T>(text: &str) -> Option<T>
where
    T: FromStr + Display + PartialEq + Debug,
{
    let value = text.parse::<T>().ok()?;
    let printed = value.to_string();
    assert_eq!(
        printed,
        text,
        "{} printed {text:?} back differently",
        std::any::type_name::<T>()
    );
    match printed.parse::<T>() {
        Ok(again) => assert_eq!(
            again,
            value,
            "{} parsed {printed:?} differently",
            std::any::type_name::<T>()
        ),
        Err(_) => panic!(
            "{} does not parse its own output {printed:?}",
            std::any::type_name::<T>()
        ),
    }
    Some(value)
}

/// `FromStr`, `Display` and serde agree on `text`.
fn check_string<T>(text: &str)
where
    T: FromStr + Display + PartialEq + Debug + serde::Serialize + serde::de::DeserializeOwned,
{
    let parsed = check_display::<T>(text);
    // Serde's own string deserialiser: the same visitor calls as a JSON
    // string, without building serde_json's error messages (which would
    // take half the time of this target).
    let read = T::deserialize(text.into_deserializer() as StrDeserializer<'_, DeError>).ok();
    assert_eq!(
        parsed,
        read,
        "{}: FromStr and serde disagree on {text:?}",
        std::any::type_name::<T>()
    );
    if let Some(value) = parsed {
        let written = serde_json::to_value(&value).expect("serialise");
        assert_eq!(
            written,
            Value::String(text.to_owned()),
            "{}: serde wrote {text:?} differently",
            std::any::type_name::<T>()
        );
    }
}

fn check_all(text: &str) {
    check_string::<SessionCode>(text);
    // A code's label and number are parts of its text, which it keeps. The
    // label need not start the text: spaces, brackets ("(WS180)") and a
    // year ("IGF 2019 WS #341") may come first.
    let code = SessionCode::new(text);
    assert!(text.contains(code.label()), "{text:?}: label {:?}", code.label());
    if let Some(n) = code.number() {
        assert!(code.label().len() < text.len(), "{text:?}: number {n} without text");
    }
    check_string::<DcAcronym>(text);
    check_string::<WgAcronym>(text);
    check_string::<FormatVersion>(text);
    // A year is written as a JSON number, not a string.
    if let Some(year) = check_display::<Year>(text) {
        let written = serde_json::to_string(&year).expect("serialise");
        assert_eq!(written, text, "Year: serde wrote {text:?} differently");
        let read: Year =
            serde_json::from_str(&written).expect("Year: serde does not read its output");
        assert_eq!(read, year);
    }

    // The enumerations of the data (all open).
    check_string::<SessionType>(text);
    check_string::<Measure>(text);
    check_string::<TrackKind>(text);
    check_string::<PersonRole>(text);
    check_string::<Participation>(text);
    check_string::<PanelRole>(text);
    check_string::<GdcObjective>(text);
    check_string::<StakeholderGroup>(text);
    check_string::<UnRegionalGroup>(text);
    check_string::<Counted>(text);
    check_string::<Dimension>(text);
    check_string::<LeadersTrackTheme>(text);
    check_string::<MeetingFormat>(text);
    check_string::<Qualifier>(text);
    check_string::<ReportKind>(text);
    check_string::<SessionFormat>(text);
    check_string::<DcStatus>(text);
    check_string::<NriKind>(text);
    check_string::<OutputKind>(text);
    check_string::<ActivityKind>(text);
    check_string::<CommitmentKind>(text);
    check_string::<RoadmapArea>(text);
    check_string::<TimeFrame>(text);
    check_string::<WsisActionLine>(text);
    // The crate's own, closed lists.
    check_string::<Severity>(text);
    check_string::<Rule>(text);
}

/// The longest piece tried, in bytes.
const MAX_PIECE: usize = 80;
/// The most distinct pieces tried per input.
const MAX_PIECES: usize = 256;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut seen = HashSet::new();
    let pieces = std::iter::once(text)
        .chain(text.split('\n'))
        .chain(text.split('\n').filter_map(|line| line.strip_suffix('\r')))
        .chain(text.split('"'));
    for piece in pieces {
        if piece.len() <= MAX_PIECE && seen.insert(piece) {
            check_all(piece);
            if seen.len() == MAX_PIECES {
                break;
            }
        }
    }
});
