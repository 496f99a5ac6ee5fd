//! The two shapes of enumeration in the model.
//!
//! - **Closed** lists are the lists a source fixes (the Roadmap's areas, WSIS
//!   action lines, stakeholder groups on a form): an unknown value is an
//!   error when reading.
//! - **Open** lists grow every year (session types: town halls and lightning
//!   talks appeared after 2020): an unknown value is kept as written in an
//!   `Other` variant and the validator reports it as a warning.
//!
//! Both print and parse (strum's `Display` / `FromStr`) with exactly the names
//! serde reads and writes, and iterate with strum's `IntoEnumIterator`.

/// A closed enumeration: serde, strum and schemars names agree, in `$case`.
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
            strum::Display, strum::EnumString, strum::EnumIter, strum::AsRefStr,
            strum::IntoStaticStr,
        )]
        #[serde(rename_all = $case)]
        #[strum(serialize_all = $case)]
        pub enum $name {
            $($(#[$vmeta])* $var),+
        }
    };
}

/// An open enumeration: known values in snake_case, anything else kept in
/// `Other(String)` exactly as written.
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $var:ident),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord,
            strum::Display, strum::EnumString, strum::EnumIter,
        )]
        #[strum(serialize_all = "snake_case")]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* $var,)+
            /// A value this crate does not know yet, kept exactly as written;
            /// the validator reports it as a warning (`shape.unknown_value`).
            #[strum(default)]
            Other(String),
        }

        impl $name {
            /// The values this crate knows, in order (every variant but `Other`).
            pub fn known() -> impl Iterator<Item = Self> {
                <Self as strum::IntoEnumIterator>::iter().filter(Self::is_known)
            }

            /// False for a value kept in `Other`.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Other(_))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                // Infallible: an unknown value lands in `Other`.
                Ok(text.parse().unwrap_or_else(|_| Self::Other(text.into_owned())))
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let known: Vec<String> = Self::known().map(|v| v.to_string()).collect();
                let description = format!(
                    "An open list: one of {} or a newer value, kept as written (the validator warns about values it does not know).",
                    known.join(", ")
                );
                schemars::json_schema!({
                    "type": "string",
                    "description": description,
                    "examples": known,
                })
            }
        }
    };
}

pub(crate) use closed_enum;
pub(crate) use open_enum;
