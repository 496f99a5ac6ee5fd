//! The two shapes of enumeration in the crate.
//!
//! - **Open** lists are every list of values read from data: session types
//!   (town halls and lightning talks appeared after 2020), formats, stakeholder
//!   groups, even the Roadmap's areas and the WSIS action lines, since a
//!   document may print a value the crate does not know yet. An unknown
//!   value is kept as written in an `Other` variant and the validator
//!   reports it as a warning (`shape.unknown_value`); loading never fails on
//!   it.
//! - **Closed** lists are the crate's own: rule codes and severities. An
//!   unknown value is an error ([`UnknownVariant`](crate::UnknownVariant)).
//!
//! Both print and parse (strum's `Display` / `FromStr`) with exactly the names
//! serde reads and writes, and iterate with strum's `IntoEnumIterator`.

/// A closed enumeration: serde, strum and schemars names agree, in `$case`.
/// `FromStr` fails with [`UnknownVariant`](crate::UnknownVariant), which
/// names the value and every accepted one; `ALL` lists the variants in order.
macro_rules! closed_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident in $case:literal {
            $($(#[$vmeta:meta])* $var:ident),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize, schemars::JsonSchema,
            strum::Display, strum::EnumIter, strum::AsRefStr, strum::IntoStaticStr,
            strum::VariantNames,
        )]
        #[serde(rename_all = $case)]
        #[strum(serialize_all = $case)]
        pub enum $name {
            $($(#[$vmeta])* $var),+
        }

        impl $name {
            /// Every variant, in order.
            pub const ALL: &'static [$name] = &[$($name::$var),+];

            /// The name of every variant as serde and `Display` write it, in order.
            pub const NAMES: &'static [&'static str] = <$name as strum::VariantNames>::VARIANTS;
        }

        impl std::str::FromStr for $name {
            type Err = crate::UnknownVariant;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::NAMES
                    .iter()
                    .position(|name| *name == s)
                    .map(|at| Self::ALL[at])
                    .ok_or_else(|| crate::UnknownVariant::new(stringify!($name), s, Self::NAMES))
            }
        }
    };
}

/// An open enumeration: known values in `$case` (snake_case unless
/// stated), anything else kept in `Other(String)` exactly as written.
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $var:ident),+ $(,)?
        }
    ) => {
        crate::enums::open_enum! {
            $(#[$meta])*
            pub enum $name in "snake_case" {
                $($(#[$vmeta])* $var),+
            }
        }
    };
    (
        $(#[$meta:meta])*
        pub enum $name:ident in $case:literal {
            $($(#[$vmeta:meta])* $var:ident),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord,
            strum::Display, strum::EnumIter, strum::VariantNames,
        )]
        #[strum(serialize_all = $case)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* $var,)+
            /// A value this crate does not know yet, kept exactly as written;
            /// the validator reports it as a warning (`shape.unknown_value`).
            #[strum(default)]
            Other(String),
        }

        impl std::str::FromStr for $name {
            /// Never fails: an unknown value lands in `Other`.
            type Err = std::convert::Infallible;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok(Self::NAMES
                    .iter()
                    .position(|name| *name == s)
                    .map_or_else(|| Self::Other(s.to_owned()), |at| Self::ALL[at].clone()))
            }
        }

        impl $name {
            /// Every value this crate knows, in order (every variant but `Other`).
            pub const ALL: &'static [$name] = &[$($name::$var),+];

            /// The names of the known values as serde and `Display` write
            /// them, in order.
            pub const NAMES: &'static [&'static str] = {
                let all = <$name as strum::VariantNames>::VARIANTS;
                // `Other` is the last variant: leave its name out.
                all.split_at(all.len() - 1).0
            };

            /// The values this crate knows, in order (every variant but `Other`).
            pub fn known() -> impl Iterator<Item = Self> {
                Self::ALL.iter().cloned()
            }

            /// False for a value kept in `Other`.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Other(_))
            }
        }

        impl crate::enums::OpenList for $name {
            const LIST: &'static str = stringify!($name);
            const NAMES: &'static [&'static str] = $name::NAMES;
            fn is_known(&self) -> bool {
                $name::is_known(self)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                // An unknown value lands in `Other`.
                crate::wire::with_str(d, "a string", |text| match text.parse() {
                    Ok(value) => Ok(value),
                    Err(never) => match never {},
                })
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let description = format!(
                    "An open list: one of {} or a newer value, kept as written (the validator warns about values it does not know).",
                    Self::NAMES.join(", ")
                );
                schemars::json_schema!({
                    "type": "string",
                    "description": description,
                    "examples": Self::NAMES,
                })
            }
        }
    };
}

/// What the validator needs of an open list: whether a value is known, and
/// the list's name and known values for its message.
pub(crate) trait OpenList {
    /// The list, by type name.
    const LIST: &'static str;
    /// The known values, as written.
    const NAMES: &'static [&'static str];
    /// False for a value kept as written because the crate does not know it.
    fn is_known(&self) -> bool;
}

pub(crate) use closed_enum;
pub(crate) use open_enum;

/// A name that is not one of a closed list's values (the crate's own
/// lists: rule codes and severities): it names the list, the value and
/// every accepted value.
///
/// ```
/// use igf_model::validate::Severity;
///
/// let err = "fatal".parse::<Severity>().unwrap_err();
/// assert_eq!(err.value, "fatal");
/// assert_eq!(err.accepted, ["warning", "error"]);
/// assert_eq!(
///     err.to_string(),
///     "unknown Severity \"fatal\": expected one of warning, error"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
#[error("unknown {list} {value:?}: expected one of {}", accepted.join(", "))]
pub struct UnknownVariant {
    /// The list, by type name.
    pub list: &'static str,
    /// The rejected text, as given.
    pub value: String,
    /// Every accepted value, in order.
    pub accepted: &'static [&'static str],
}

impl UnknownVariant {
    pub(crate) fn new(list: &'static str, value: &str, accepted: &'static [&'static str]) -> Self {
        UnknownVariant {
            list,
            value: value.to_owned(),
            accepted,
        }
    }
}
