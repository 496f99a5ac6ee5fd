//! Calendar years, as the IGF's records use them.

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The bounds of the IGF's life as literals, written once: the constants
/// below and the rule catalogue's text both take them from here.
macro_rules! igf_life {
    (first) => {
        2006
    };
    (last) => {
        2100
    };
    (record) => {
        1990
    };
}
pub(crate) use igf_life;

/// The year of the first annual IGF meeting (Athens, 2006; The IGF 2020 Report notes the
/// Forum was convened on 18 July 2006). Years before it are outside the
/// IGF's life; the validator reports them (rule `shape.year_out_of_range`).
pub const FIRST_IGF_YEAR: u16 = igf_life!(first);

/// The earliest year the validator accepts for a year that may come
/// before the first IGF: the year an NRI was founded or met (the Caribbean
/// IGF was founded in 2005), a document was published (the Tunis Agenda,
/// 2005), or another name came into use. A plausibility floor, well
/// before the World Summit on the Information Society (2003 and 2005).
///
/// Every other year member (a meeting's, a MAG's, a BPF cycle's, a
/// coalition's years, a commitment's meeting, a figure's year) is a year
/// of the IGF's life, from [`FIRST_IGF_YEAR`]. The committed JSON Schema
/// gives each member the same range as its `minimum` and `maximum`.
pub const FIRST_RECORD_YEAR: u16 = igf_life!(record);

/// The latest year the validator accepts as within the IGF's life: a sanity
/// bound, well past any published plan.
pub const LAST_PLAUSIBLE_YEAR: u16 = igf_life!(last);

/// A calendar year written with four digits, such as the year of an annual
/// meeting (`2020` for the 15th IGF), of a MAG, or of a BPF cycle.
///
/// Parsing accepts any four-digit year, so that a year outside the IGF's life
/// can still be read and then reported by the validator; it rejects anything
/// else with a message that names the value and the expected form.
///
/// ```
/// use igf_model::Year;
///
/// let year: Year = "2020".parse()?;
/// assert_eq!(year.get(), 2020);
/// assert_eq!(year.to_string(), "2020");
/// assert!("20".parse::<Year>().is_err());
/// assert_eq!(serde_json::to_string(&year).unwrap(), "2020");
/// # Ok::<(), igf_model::InvalidYear>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Year(u16);

/// A value that is not a four-digit year.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
#[error("invalid year {value}: expected a four-digit calendar year such as 2020")]
pub struct InvalidYear {
    /// The rejected value, as given.
    pub value: String,
}

impl Year {
    /// The year `value` in a `const`: `None` unless it has four digits
    /// (1000 to 9999).
    ///
    /// ```
    /// use igf_model::Year;
    ///
    /// const BERLIN: Year = match Year::checked(2019) {
    ///     Some(year) => year,
    ///     None => panic!("not a year"),
    /// };
    /// assert_eq!(BERLIN.get(), 2019);
    /// assert!(Year::checked(99).is_none());
    /// ```
    pub const fn checked(value: u16) -> Option<Self> {
        if value >= 1000 && value <= 9999 {
            Some(Year(value))
        } else {
            None
        }
    }

    /// The year `value`, if it has four digits (1000 to 9999).
    pub fn new(value: u16) -> Result<Self, InvalidYear> {
        if (1000..=9999).contains(&value) {
            Ok(Year(value))
        } else {
            Err(InvalidYear {
                value: value.to_string(),
            })
        }
    }

    /// The year as a number.
    pub fn get(self) -> u16 {
        self.0
    }

    /// True when the year lies within the IGF's life
    /// ([`FIRST_IGF_YEAR`] to [`LAST_PLAUSIBLE_YEAR`]).
    pub fn is_within_igf_life(self) -> bool {
        (FIRST_IGF_YEAR..=LAST_PLAUSIBLE_YEAR).contains(&self.0)
    }

    /// True when the year is a plausible year of the IGF's records,
    /// founding and publication years included ([`FIRST_RECORD_YEAR`] to
    /// [`LAST_PLAUSIBLE_YEAR`]).
    pub fn is_plausible_record_year(self) -> bool {
        (FIRST_RECORD_YEAR..=LAST_PLAUSIBLE_YEAR).contains(&self.0)
    }

    /// Reports the year, at the checker's position, when it lies outside
    /// [`FIRST_RECORD_YEAR`] to [`LAST_PLAUSIBLE_YEAR`]: for founding,
    /// meeting years of NRIs, publication years and other names' years.
    pub(crate) fn check_record(self, c: &mut crate::validate::Checker) {
        if !self.is_plausible_record_year() {
            c.report(
                crate::validate::Rule::YearOutOfRange,
                format!(
                    "year {self} is outside the plausible range of this member ({FIRST_RECORD_YEAR} to {LAST_PLAUSIBLE_YEAR}: a founding, NRI meeting, publication or name year may come before the first IGF)"
                ),
            );
        }
    }

    /// The edition number of the annual meeting of this year: the 1st IGF
    /// was held in 2006, so the 15th is 2020 (edition = year - 2005).
    pub fn edition(self) -> i32 {
        i32::from(self.0) - i32::from(FIRST_IGF_YEAR) + 1
    }
}

impl FromStr for Year {
    type Err = InvalidYear;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid = || InvalidYear {
            value: s.to_owned(),
        };
        if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        s.parse::<u16>()
            .ok()
            .and_then(|v| Year::new(v).ok())
            .ok_or_else(invalid)
    }
}

impl TryFrom<u16> for Year {
    type Error = InvalidYear;
    fn try_from(value: u16) -> Result<Self, Self::Error> {
        Year::new(value)
    }
}

impl From<Year> for u16 {
    fn from(year: Year) -> u16 {
        year.0
    }
}

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for Year {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u16(self.0)
    }
}

impl<'de> Deserialize<'de> for Year {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Year;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a four-digit calendar year such as 2020")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Year, E> {
                match u64::try_from(v) {
                    Ok(v) => self.visit_u64(v),
                    Err(_) => Err(E::custom(InvalidYear {
                        value: v.to_string(),
                    })),
                }
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Year, E> {
                u16::try_from(v)
                    .ok()
                    .and_then(|v| Year::new(v).ok())
                    .ok_or_else(|| {
                        E::custom(InvalidYear {
                            value: v.to_string(),
                        })
                    })
            }
            /// JSON Schema's `integer` admits `2020.0`: so does a year.
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Year, E> {
                if v.fract() == 0.0 && (0.0..=9999.0).contains(&v.abs()) {
                    self.visit_i64(v as i64)
                } else {
                    Err(E::custom(InvalidYear {
                        value: v.to_string(),
                    }))
                }
            }
        }
        d.deserialize_any(Visitor)
    }
}

impl JsonSchema for Year {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Year".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "integer",
            "description": "A calendar year written with four digits, such as 2020.",
            "minimum": 1000,
            "maximum": 9999,
        })
    }
}

/// The year's rule: it lies within the IGF's life.
impl crate::validate::Check for Year {
    /// Reports the year, at the checker's position, when it lies outside
    /// the IGF's life.
    fn check(&self, c: &mut crate::validate::Checker) {
        if !self.is_within_igf_life() {
            c.report(
                crate::validate::Rule::YearOutOfRange,
                format!(
                    "year {self} is outside the IGF's life ({FIRST_IGF_YEAR} to {LAST_PLAUSIBLE_YEAR})"
                ),
            );
        }
    }
}
