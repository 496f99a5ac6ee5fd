//! The machinery shared by the crate's text newtypes (acronyms, links): the
//! text is kept exactly as written, whatever the IGF prints; the validator
//! judges it (blank text is reported), loading never rejects it.

/// Defines a newtype over `String` that reads and writes the text exactly
/// as given, with `From`, an infallible `FromStr`, `Display`, `AsRef<str>`,
/// serde and a JSON Schema string with `$examples` (and the `pattern` the
/// validator asks for, where given).
macro_rules! text_newtype {
    (
        $(#[$meta:meta])*
        $name:ident, what = $what:literal, examples = [$($example:literal),+ $(,)?]
        $(, pattern = $pattern:literal)?
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// What the value is, in words, for messages.
            pub const WHAT: &'static str = $what;

            /// The text, kept as given.
            pub fn new(text: impl Into<String>) -> Self {
                $name(text.into())
            }

            /// The value as written.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::str::FromStr for $name {
            /// Never fails: any text is kept as written.
            type Err = std::convert::Infallible;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok($name(s.to_owned()))
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                String::deserialize(d).map($name)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                #[allow(unused_mut)]
                let mut schema = schemars::json_schema!({
                    "type": "string",
                    "description": concat!($what, ", kept exactly as the source prints it."),
                    "examples": [$($example),+],
                });
                $(schema.insert("pattern".into(), $pattern.into());)?
                schema
            }
        }
    };
}

pub(crate) use text_newtype;
