//! How numbers and dates are read from JSON, so that serde agrees with the
//! JSON Schema the crate publishes:
//!
//! - an **integer** is a number with an integral value, however written:
//!   JSON Schema's `integer` admits `2020.0`, `2.02e3` and `-0.0`, so loading
//!   does too; a fraction or a value outside the field's range is a load
//!   error naming the value;
//! - a **date** is RFC 3339's `full-date`, `YYYY-MM-DD`, exactly (the
//!   schema's `date` format): no sign, no white space, four-digit years, two
//!   digits for month and day, a day that exists;
//! - an **instant** is RFC 3339's `date-time` (the schema's `date-time`
//!   format): `YYYY-MM-DDTHH:MM:SS`, an optional fraction, then `Z` or an
//!   offset `+HH:MM`; `T` and `Z` in either case. It is kept in UTC.

use std::fmt;
use std::marker::PhantomData;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, Utc};
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;

/// Reads a string and hands it to `f` without copying it: serde's own
/// `Cow<str>` always allocates (it does not borrow without `#[serde(borrow)]`).
pub(crate) fn with_str<'de, D, T, F>(d: D, expected: &'static str, f: F) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    F: FnOnce(&str) -> Result<T, String>,
{
    struct V<F>(F, &'static str);
    impl<'de, T, F: FnOnce(&str) -> Result<T, String>> Visitor<'de> for V<F> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.1)
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            (self.0)(v).map_err(E::custom)
        }
    }
    d.deserialize_str(V(f, expected))
}

/// An integer of type `T`, read from any JSON number with an integral value.
pub(crate) struct Int<T>(pub(crate) T);

struct IntVisitor<T>(PhantomData<T>);

impl<T: TryFrom<i64> + TryFrom<u64>> IntVisitor<T> {
    fn range<E: de::Error>(&self, value: impl fmt::Display) -> E {
        E::custom(format!(
            "integer {value} is out of range for {}",
            std::any::type_name::<T>()
        ))
    }
}

impl<'de, T: TryFrom<i64> + TryFrom<u64>> Visitor<'de> for IntVisitor<T> {
    type Value = Int<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Int<T>, E> {
        T::try_from(v).map(Int).map_err(|_| self.range(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Int<T>, E> {
        T::try_from(v).map(Int).map_err(|_| self.range(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Int<T>, E> {
        if v.fract() != 0.0 || !v.is_finite() {
            return Err(E::invalid_type(de::Unexpected::Float(v), &self));
        }
        // Integral and within i64 or u64: exact (every such f64 is).
        if (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&v) {
            self.visit_i64(v as i64)
        } else if (0.0..1.844_674_407_370_955_2e19).contains(&v) {
            self.visit_u64(v as u64)
        } else {
            Err(self.range(v))
        }
    }
}

impl<'de, T: TryFrom<i64> + TryFrom<u64>> Deserialize<'de> for Int<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(IntVisitor(PhantomData))
    }
}

/// `deserialize_with` for an integer field.
pub(crate) fn int<'de, D: Deserializer<'de>, T: TryFrom<i64> + TryFrom<u64>>(
    d: D,
) -> Result<T, D::Error> {
    Int::<T>::deserialize(d).map(|Int(v)| v)
}

/// `deserialize_with` for an optional integer field (with `default`).
pub(crate) fn opt_int<'de, D: Deserializer<'de>, T: TryFrom<i64> + TryFrom<u64>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    Option::<Int<T>>::deserialize(d).map(|o| o.map(|Int(v)| v))
}

fn digits(s: &[u8]) -> bool {
    s.iter().all(u8::is_ascii_digit)
}

/// The date of `text` when it is exactly `YYYY-MM-DD` and exists.
pub(crate) fn parse_date(text: &str) -> Option<NaiveDate> {
    if !text.is_ascii() {
        return None;
    }
    let b = text.as_bytes();
    let shaped = b.len() == 10
        && digits(&b[0..4])
        && b[4] == b'-'
        && digits(&b[5..7])
        && b[7] == b'-'
        && digits(&b[8..10]);
    if !shaped {
        return None;
    }
    let year: i32 = text[0..4].parse().ok()?;
    let month: u32 = text[5..7].parse().ok()?;
    let day: u32 = text[8..10].parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The instant of `text` when it is an RFC 3339 `date-time`.
pub(crate) fn parse_instant(text: &str) -> Option<DateTime<Utc>> {
    parse_local_instant(text).map(|t| t.with_timezone(&Utc))
}

/// The instant of `text`, with the offset from UTC it was written with,
/// when it is an RFC 3339 `date-time`.
pub(crate) fn parse_local_instant(text: &str) -> Option<DateTime<FixedOffset>> {
    // Only ASCII can be a date-time; checking first also keeps every slice
    // below on a character boundary.
    if !text.is_ascii() {
        return None;
    }
    let b = text.as_bytes();
    if b.len() < 20 || parse_date(&text[..10]).is_none() || !matches!(b[10], b'T' | b't') {
        return None;
    }
    let time = &b[11..];
    let clock = time.len() >= 8
        && digits(&time[0..2])
        && time[2] == b':'
        && digits(&time[3..5])
        && time[5] == b':'
        && digits(&time[6..8]);
    if !clock {
        return None;
    }
    let mut rest = &time[8..];
    if let Some(fraction) = rest.strip_prefix(b".") {
        let n = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return None;
        }
        rest = &fraction[n..];
    }
    // The offset from UTC, in minutes.
    let offset = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] if digits(&[*h1, *h2, *m1, *m2]) => {
            let minutes = i32::from(h1 - b'0') * 600
                + i32::from(h2 - b'0') * 60
                + i32::from(m1 - b'0') * 10
                + i32::from(m2 - b'0');
            if *sign == b'-' {
                -minutes
            } else {
                minutes
            }
        }
        _ => return None,
    };
    // A leap second (second 60) falls only at the end of a UTC day, 23:59
    // in UTC, as the formats of JSON Schema validators check it.
    if &time[6..8] == b"60" {
        let local = i32::from(time[0] - b'0') * 600
            + i32::from(time[1] - b'0') * 60
            + i32::from(time[3] - b'0') * 10
            + i32::from(time[4] - b'0');
        if (local - offset).rem_euclid(24 * 60) != 23 * 60 + 59 {
            return None;
        }
    }
    DateTime::parse_from_rfc3339(text).ok()
}

/// Writes an instant as RFC 3339 with the offset it was read with (`Z`
/// for UTC), and fractions of a second only where there are any.
pub(crate) fn write_local_instant<S: serde::Serializer>(
    instant: &Option<DateTime<FixedOffset>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match instant {
        Some(t) => s.serialize_str(&t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)),
        None => s.serialize_none(),
    }
}

/// The day of `instant` in the offset it was written with; `None` when
/// that day lies beyond the dates chrono holds (never a panic).
pub(crate) fn local_date(instant: &DateTime<FixedOffset>) -> Option<NaiveDate> {
    instant
        .naive_utc()
        .checked_add_offset(*instant.offset())
        .map(|local| local.date())
}

/// True when `date` can be written as RFC 3339 `full-date` (a year from
/// 0000 to 9999), so that what the crate writes, it and the schema read.
pub(crate) fn date_writable(date: NaiveDate) -> bool {
    use chrono::Datelike;
    (0..=9999).contains(&date.year())
}

/// True when `instant` can be written as an RFC 3339 `date-time` that the
/// crate and the schema read back: a four-digit year, and a leap second
/// (which chrono holds at the end of any minute) only at 23:59 UTC.
pub(crate) fn instant_writable(instant: &DateTime<Utc>) -> bool {
    utc_writable(&instant.naive_utc())
}

/// [`instant_writable`] of the instant whose UTC time is `utc`, read
/// straight from it (chrono's accessors on a `DateTime` add the offset
/// first, even UTC's).
fn utc_writable(utc: &NaiveDateTime) -> bool {
    use chrono::Timelike;
    let leap = utc.nanosecond() >= 1_000_000_000;
    date_writable(utc.date()) && (!leap || (utc.hour() == 23 && utc.minute() == 59))
}

/// True when `instant` can be written as an RFC 3339 `date-time` in the
/// offset it was read with: its local date has a four-digit year, and a
/// leap second falls at 23:59 UTC (see [`instant_writable`]).
pub(crate) fn local_instant_writable(instant: &DateTime<FixedOffset>) -> bool {
    use chrono::Datelike;
    let utc = instant.naive_utc();
    // An offset is less than a day, so a UTC year from 1 to 9998 puts the
    // local date within 0000 to 9999 too, without adding the offset.
    let local = (1..=9998).contains(&utc.year()) || local_date(instant).is_some_and(date_writable);
    local && utc_writable(&utc)
}

/// A date read strictly (see the module docs).
pub(crate) struct Date(pub(crate) NaiveDate);

/// An instant read strictly (see the module docs).
pub(crate) struct Instant(pub(crate) DateTime<Utc>);

/// An instant read strictly, keeping its offset from UTC.
pub(crate) struct LocalInstant(pub(crate) DateTime<FixedOffset>);

macro_rules! strict_text {
    ($ty:ident, $parse:path, $inner:ty, $expected:literal) => {
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expected)
                    }
                    fn visit_str<E: de::Error>(self, v: &str) -> Result<$ty, E> {
                        $parse(v)
                            .map($ty)
                            .ok_or_else(|| E::custom(format!("{v:?} is not {}", $expected)))
                    }
                }
                d.deserialize_str(V)
            }
        }
    };
}

strict_text!(
    Date,
    parse_date,
    NaiveDate,
    "a date written YYYY-MM-DD (RFC 3339 full-date) that exists"
);
strict_text!(
    Instant,
    parse_instant,
    DateTime<Utc>,
    "an RFC 3339 date-time such as 2020-11-10T09:00:00Z or 2024-12-16T10:30:00+03:00"
);

/// `deserialize_with` for a date field.
pub(crate) fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    Date::deserialize(d).map(|Date(v)| v)
}

/// `deserialize_with` for an optional date field (with `default`).
pub(crate) fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    Option::<Date>::deserialize(d).map(|o| o.map(|Date(v)| v))
}

strict_text!(
    LocalInstant,
    parse_local_instant,
    DateTime<FixedOffset>,
    "an RFC 3339 date-time such as 2020-11-10T09:00:00Z or 2024-12-16T10:30:00+03:00"
);

/// `deserialize_with` for an optional instant field that keeps its offset
/// (with `default`).
pub(crate) fn opt_local_instant<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
    Option::<LocalInstant>::deserialize(d).map(|o| o.map(|LocalInstant(v)| v))
}

/// `deserialize_with` for an optional instant field (with `default`).
pub(crate) fn opt_instant<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    Option::<Instant>::deserialize(d).map(|o| o.map(|Instant(v)| v))
}

/// `deserialize_with` for every list of the model: the elements in order,
/// in a vector of exactly their number.
///
/// A vector grown one push at a time keeps spare room: room for four at the
/// first element, double at each growth after. The model's lists are mostly
/// of one or two elements (a session's one report, one moderator), so that
/// room would be most of the memory a loaded dataset takes. Here a list of
/// one is allocated once at its size; a longer list grows as usual and gives
/// back what it did not use.
pub(crate) fn list<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct List<T>(PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for List<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a sequence")
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let Some(first) = seq.next_element()? else {
                return Ok(Vec::new());
            };
            let Some(second) = seq.next_element()? else {
                return Ok(vec![first]);
            };
            // A size hint is trusted only as far as serde's own `Vec` trusts
            // one (a megabyte), so a false hint cannot exhaust memory.
            let trusted = (1 << 20) / std::mem::size_of::<T>().max(1);
            let hinted = seq.size_hint().unwrap_or(0).min(trusted);
            let mut out = Vec::with_capacity(hinted.saturating_add(2).max(4));
            out.push(first);
            out.push(second);
            while let Some(next) = seq.next_element()? {
                out.push(next);
            }
            out.shrink_to_fit();
            Ok(out)
        }
    }
    d.deserialize_seq(List(PhantomData))
}

/// Reads a list as [`list`] does, and also a single object as a list of
/// one: the form a member had before it became a list (a session's
/// `held_by` in format 0.3), so older files load with the same meaning.
/// `null` reads as an empty list, as the former optional member's `null`.
pub(crate) fn one_or_list<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct OneOrList<T>(PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for OneOrList<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a sequence (or, as format 0.3 wrote it, one object)")
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut out = Vec::new();
            while let Some(next) = seq.next_element()? {
                out.push(next);
            }
            out.shrink_to_fit();
            Ok(out)
        }
        fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Vec<T>, A::Error> {
            T::deserialize(de::value::MapAccessDeserializer::new(map)).map(|one| vec![one])
        }
        fn visit_unit<E: de::Error>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_none<E: de::Error>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
    }
    d.deserialize_any(OneOrList(PhantomData))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        /// The checks read from UTC agree with chrono's local accessors, as
        /// first written, at every instant chrono holds, leap seconds and
        /// the edges of years 0 and 9999 included.
        #[test]
        fn writable_instants_agree_with_the_local_accessors(
            secs in prop_oneof![
                DateTime::<Utc>::MIN_UTC.timestamp()..=DateTime::<Utc>::MAX_UTC.timestamp(),
                -62_167_305_600i64..=-62_166_960_000,
                253_402_128_000i64..=253_402_387_200,
            ],
            leap in any::<bool>(),
            offset in -86_399i32..=86_399,
        ) {
            let nanos = if leap { 1_000_000_000 } else { 0 };
            let Some(utc) = DateTime::<Utc>::from_timestamp(secs, nanos) else {
                return Ok(());
            };
            let Some(offset) = FixedOffset::east_opt(offset) else {
                return Ok(());
            };
            let utc_as_first_written = {
                use chrono::Timelike;
                date_writable(utc.date_naive())
                    && (!leap || (utc.hour() == 23 && utc.minute() == 59))
            };
            prop_assert_eq!(instant_writable(&utc), utc_as_first_written);
            let local = utc.with_timezone(&offset);
            prop_assert_eq!(
                local_instant_writable(&local),
                local_date(&local).is_some_and(date_writable) && utc_as_first_written
            );
        }
    }

    fn int_of(json: &str) -> Result<u16, serde_json::Error> {
        serde_json::from_str::<Int<u16>>(json).map(|Int(v)| v)
    }

    #[test]
    fn integers_are_read_by_value() {
        assert_eq!(int_of("2020").unwrap(), 2020);
        assert_eq!(int_of("2020.0").unwrap(), 2020);
        assert_eq!(int_of("2.02e3").unwrap(), 2020);
        assert_eq!(int_of("-0.0").unwrap(), 0);
        assert!(int_of("2020.5").unwrap_err().to_string().contains("2020.5"));
        assert!(int_of("70000")
            .unwrap_err()
            .to_string()
            .contains("out of range"));
        assert!(int_of("-1").is_err());
        assert!(int_of("1e300").is_err());
        assert!(int_of("\"2020\"").is_err());
    }

    #[test]
    fn dates_follow_rfc_3339_exactly() {
        assert_eq!(
            parse_date("2020-11-02"),
            NaiveDate::from_ymd_opt(2020, 11, 2)
        );
        for bad in [
            "2020-11-2",
            " 2020-11-06",
            "2021-12-10 ",
            "-0001-01-01",
            "+2020-11-12",
            "2021-02-29",
            "2020-13-01",
            "20201102",
            "2020/11/02",
            "2020-11-0Χ",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn instants_follow_rfc_3339_exactly() {
        let nine = DateTime::parse_from_rfc3339("2020-11-10T09:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(parse_instant("2020-11-10T09:00:00Z"), Some(nine));
        assert_eq!(parse_instant("2020-11-10t09:00:00z"), Some(nine));
        assert_eq!(parse_instant("2020-11-10T12:00:00+03:00"), Some(nine));
        assert!(parse_instant("2020-11-10T09:00:00.250Z").is_some());
        // A leap second only at 23:59 UTC (found by the property tests).
        assert!(parse_instant("2016-12-31T23:59:60Z").is_some());
        assert!(parse_instant("2017-01-01T02:59:60+03:00").is_some());
        assert_eq!(parse_instant("2006-01-01T00:00:60Z"), None);
        assert_eq!(parse_instant("2016-12-31T23:59:60+01:00"), None);
        for bad in [
            "+2020-11-12T13:00:00Z",
            "+262142-12-31T23:59:59Z",
            "2020-11-10 09:00:00Z",
            "2020-11-10T09:00Z",
            "2020-11-10T09:00:00",
            "2020-11-10T09:00:00+0300",
            "2020-11-10T09:00:00.Z",
            " 2020-11-10T09:00:00Z",
            "2020-11-10T25:00:00Z",
            // Found by the fuzzer: a multi-byte character where the 'T' goes
            // made a slice panic.
            "2020-11-1Χ20:00:00Z",
            "2020-11-10T09:00:0Χ",
        ] {
            assert_eq!(parse_instant(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_list_is_read_at_its_exact_length_and_fails_as_a_vec_fails() {
        #[derive(serde::Deserialize)]
        struct Lists {
            #[serde(deserialize_with = "super::list")]
            items: Vec<String>,
        }
        for n in [0, 1, 2, 3, 5, 17] {
            let items: Vec<String> = (0..n).map(|i| i.to_string()).collect();
            let text = serde_json::json!({ "items": items }).to_string();
            let read: Lists = serde_json::from_str(&text).unwrap();
            assert_eq!(read.items, items);
            assert_eq!(read.items.capacity(), n, "{n} elements");
        }
        let ours = serde_json::from_str::<Lists>(r#"{"items": 5}"#)
            .err()
            .unwrap();
        let plain = serde_json::from_str::<Vec<String>>("5").err().unwrap();
        assert_eq!(
            ours.to_string().split(" at line").next(),
            plain.to_string().split(" at line").next()
        );
    }
}
