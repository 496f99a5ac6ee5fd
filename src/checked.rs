//! The machinery shared by the crate's checked identifier newtypes: a value
//! that can only exist when it follows its grammar. `FromStr`, `TryFrom`
//! and `Deserialize` all go through the same parse; `Display` and
//! `Serialize` print the value back exactly as it was read.

/// Defines a checked string newtype whose grammar is checked by `$check`
/// (a `fn(&str) -> bool`), with the JSON Schema `pattern` `$pattern`
/// (ECMA-262, ASCII classes) that says the same thing.
macro_rules! checked_string {
    (
        $(#[$meta:meta])*
        $name:ident, error = $err:ident, check = $check:path,
        pattern = $pattern:literal, expected = $expected:literal,
        min_len = $min:literal, max_len = $max:literal
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        #[doc = concat!("A string that is not a valid [`", stringify!($name), "`]: it names the value and the expected form.")]
        #[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
        #[non_exhaustive]
        #[error("invalid {what} {value:?}: expected {expected}", what = $name::WHAT, expected = $name::EXPECTED)]
        pub struct $err {
            /// The rejected text, exactly as given.
            pub value: String,
        }

        impl $name {
            /// What the value is, in words, for messages.
            pub const WHAT: &'static str = stringify!($name);
            /// The expected form, in words, for messages.
            pub const EXPECTED: &'static str = $expected;
            /// The ECMA-262 pattern the JSON Schema gives for this value.
            pub const PATTERN: &'static str = $pattern;
            /// The shortest accepted value, in bytes.
            pub const MIN_LEN: usize = $min;
            /// The longest accepted value, in bytes.
            pub const MAX_LEN: usize = $max;

            /// Checks `value` against the grammar and wraps it.
            pub fn parse(value: &str) -> Result<Self, $err> {
                if ($min..=$max).contains(&value.len()) && $check(value) {
                    Ok($name(value.to_owned()))
                } else {
                    Err($err { value: value.to_owned() })
                }
            }

            /// The value as written.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = $err;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::parse(s)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = $err;
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                $name::parse(s)
            }
        }

        impl TryFrom<String> for $name {
            type Error = $err;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                $name::parse(&s)
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
                crate::wire::with_str(d, $expected, |text| {
                    $name::parse(text).map_err(|e| e.to_string())
                })
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "description": $expected,
                    "pattern": $pattern,
                    "minLength": $min,
                    "maxLength": $max,
                })
            }
        }
    };
}

pub(crate) use checked_string;

/// True for an ASCII letter or digit.
pub(crate) fn alnum(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// True when `s` is one or more runs of ASCII letters and digits joined by
/// single `sep` characters (no leading, trailing or doubled separator).
pub(crate) fn runs_joined_by(s: &str, seps: &[char]) -> bool {
    !s.is_empty()
        && s.split(|c| seps.contains(&c))
            .all(|run| !run.is_empty() && run.chars().all(alnum))
}
