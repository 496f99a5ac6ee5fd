//! Local clock times with no zone, as many programme pages print them
//! ("Tuesday, 13 November, 2018 16:30 to 17:50"), and the meeting's fixed
//! offset from UTC they are read in.

use std::borrow::Cow;
use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDateTime, NaiveTime};
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The pattern of a [`UtcOffset`] as written: `+HH:MM` or `-HH:MM`, hours
/// 00 to 14.
const OFFSET_PATTERN: &str = r"^[+-](0[0-9]|1[0-4]):[0-5][0-9]$";

/// The pattern of a local time as written: `YYYY-MM-DDTHH:MM`, with
/// seconds optional.
const LOCAL_PATTERN: &str = r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$";

/// A fixed offset from UTC, written `+01:00` (Paris in November) or
/// `-03:00` (Rio de Janeiro): the offset a meeting's local clock times are
/// read in. Hours run from 00 to 14, either sign.
///
/// ```
/// use igf_model::UtcOffset;
///
/// let paris: UtcOffset = "+01:00".parse()?;
/// assert_eq!(paris.seconds(), 3600);
/// assert_eq!(paris.to_string(), "+01:00");
/// assert!("+1:00".parse::<UtcOffset>().is_err());
/// assert!("+15:00".parse::<UtcOffset>().is_err());
/// # Ok::<(), String>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UtcOffset(FixedOffset);

impl UtcOffset {
    /// The offset as chrono's `FixedOffset`.
    pub fn get(self) -> FixedOffset {
        self.0
    }

    /// The offset in seconds east of UTC.
    pub fn seconds(self) -> i32 {
        self.0.local_minus_utc()
    }

    /// `local`, a clock time in this offset, as an instant.
    pub fn read(self, local: NaiveDateTime) -> Option<DateTime<FixedOffset>> {
        local.and_local_timezone(self.0).single()
    }
}

impl std::str::FromStr for UtcOffset {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let bad =
            || format!("{s:?} is not an offset from UTC written +HH:MM or -HH:MM (hours 00 to 14)");
        let b = s.as_bytes();
        if b.len() != 6 || b[3] != b':' || !(b[0] == b'+' || b[0] == b'-') {
            return Err(bad());
        }
        let digits = |x: &[u8]| -> Option<i32> {
            x.iter()
                .all(u8::is_ascii_digit)
                .then(|| x.iter().fold(0, |n, d| n * 10 + i32::from(d - b'0')))
        };
        let (Some(h), Some(m)) = (digits(&b[1..3]), digits(&b[4..6])) else {
            return Err(bad());
        };
        if h > 14 || m > 59 {
            return Err(bad());
        }
        let secs = (h * 60 + m) * 60 * if b[0] == b'-' { -1 } else { 1 };
        FixedOffset::east_opt(secs).map(UtcOffset).ok_or_else(bad)
    }
}

impl fmt::Display for UtcOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.seconds();
        let sign = if secs < 0 { '-' } else { '+' };
        let minutes = secs.unsigned_abs() / 60;
        write!(f, "{sign}{:02}:{:02}", minutes / 60, minutes % 60)
    }
}

impl Serialize for UtcOffset {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for UtcOffset {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::wire::with_str(d, "an offset from UTC written +HH:MM", str::parse)
    }
}

impl JsonSchema for UtcOffset {
    fn schema_name() -> Cow<'static, str> {
        "UtcOffset".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A fixed offset from UTC, +HH:MM or -HH:MM (hours 00 to 14): the offset the meeting's local clock times are read in.",
            "pattern": OFFSET_PATTERN,
            "examples": ["+01:00", "-03:00"],
        })
    }
}

/// Reads a local time written `YYYY-MM-DDTHH:MM[:SS]`, exactly, on a day
/// that exists.
pub(crate) fn parse_local(s: &str) -> Option<NaiveDateTime> {
    let b = s.as_bytes();
    if !(b.len() == 16 || b.len() == 19) || b[10] != b'T' {
        return None;
    }
    let date = crate::wire::parse_date(&s[..10])?;
    let time = &s[11..];
    let ok = time.bytes().enumerate().all(|(i, c)| {
        if i == 2 || i == 5 {
            c == b':'
        } else {
            c.is_ascii_digit()
        }
    });
    if !ok {
        return None;
    }
    let n = |r: std::ops::Range<usize>| time[r].parse::<u32>().ok();
    let seconds = if time.len() == 8 { n(6..8)? } else { 0 };
    let at = NaiveTime::from_hms_opt(n(0..2)?, n(3..5)?, seconds)?;
    Some(NaiveDateTime::new(date, at))
}

/// `deserialize_with` for an optional local time (with `default`).
pub(crate) fn opt_local<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<NaiveDateTime>, D::Error> {
    struct Local(NaiveDateTime);
    impl<'de> Deserialize<'de> for Local {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            crate::wire::with_str(d, "a local time YYYY-MM-DDTHH:MM[:SS]", |s| {
                parse_local(s).map(Local).ok_or_else(|| {
                    format!("{s:?} is not a local time written YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS on a day that exists")
                })
            })
        }
    }
    Option::<Local>::deserialize(d).map(|o| o.map(|Local(v)| v))
}

/// `serialize_with` for an optional local time: seconds only where not zero.
pub(crate) fn write_local<S: Serializer>(
    at: &Option<NaiveDateTime>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match at {
        Some(at) => s.collect_str(&show(*at)),
        None => s.serialize_none(),
    }
}

/// A local time as written: seconds only where not zero.
pub(crate) fn show(at: NaiveDateTime) -> String {
    use chrono::Timelike;
    if at.second() == 0 {
        at.format("%Y-%m-%dT%H:%M").to_string()
    } else {
        at.format("%Y-%m-%dT%H:%M:%S").to_string()
    }
}

/// The schema of a local time member.
pub(crate) fn local_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "type": "string",
        "description": "A local clock time with no offset, YYYY-MM-DDTHH:MM[:SS], read in the meeting's utc_offset.",
        "pattern": LOCAL_PATTERN,
        "examples": ["2018-11-13T16:30"],
    })
}
