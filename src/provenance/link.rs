//! A link: the web address of a document, a page or a record, kept exactly
//! as the source prints it. One type for every link of the model, with its
//! one rule (`link.format`) and its one schema.

use std::borrow::Cow;

use crate::validate::{Checker, Rule};

/// A web address, kept exactly as written. Loading never rejects a link;
/// the validator reports one that is not an absolute http(s) address
/// without white space (rule `link.format`), and the committed schema
/// gives the same form as a pattern.
///
/// A `Link` reads as text wherever text is read: it dereferences to `str`,
/// so `record.link.as_deref()` is an `Option<&str>`.
///
/// ```
/// use igf_model::Link;
///
/// let page = Link::new("https://www.intgovforum.org/en/content/igf-2020");
/// assert!(page.is_http());
/// assert!(page.starts_with("https://www.intgovforum.org"));
/// assert!(!Link::from("www.intgovforum.org").is_http());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Link(String);

impl Link {
    /// The link, kept as given.
    pub fn new(text: impl Into<String>) -> Self {
        Link(text.into())
    }

    /// The link as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True for an absolute http(s) address without white space: the form
    /// the validator asks for.
    pub fn is_http(&self) -> bool {
        is_http_link(&self.0)
    }

    /// The rule of a link at member `key`: an absolute http(s) address.
    pub(crate) fn check_at(c: &mut Checker, key: &'static str, link: Option<&Link>) {
        if let Some(link) = link.filter(|l| !l.is_http()) {
            c.report_at(
                key,
                Rule::LinkFormat,
                format!(
                    "link {:?} is not an absolute http(s) address: write it as https://host/path",
                    link.0
                ),
            );
        }
    }
}

/// True for an absolute http(s) address without white space.
fn is_http_link(link: &str) -> bool {
    let rest = link
        .strip_prefix("https://")
        .or_else(|| link.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !crate::validate::has_white_space(r))
}

impl std::ops::Deref for Link {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Link {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Link {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for Link {
    /// Never fails: any text is kept as written.
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Link(s.to_owned()))
    }
}

impl From<&str> for Link {
    fn from(s: &str) -> Self {
        Link(s.to_owned())
    }
}

impl From<String> for Link {
    fn from(s: String) -> Self {
        Link(s)
    }
}

impl From<Link> for String {
    fn from(link: Link) -> Self {
        link.0
    }
}

impl PartialEq<str> for Link {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Link {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl std::fmt::Display for Link {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl serde::Serialize for Link {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Link {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Link)
    }
}

impl schemars::JsonSchema for Link {
    fn schema_name() -> Cow<'static, str> {
        "Link".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^https?://[^ ]+$",
            "description": "A web address, kept exactly as the source prints it: an absolute http(s) address.",
            "examples": ["https://www.intgovforum.org/en/content/igf-2020"],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::is_http_link;

    #[test]
    fn a_link_is_an_absolute_http_address_without_white_space() {
        for good in [
            "https://www.intgovforum.org/en",
            "http://a",
            "https://例え.jp/パス",
            "https://a/\u{1}b",
        ] {
            assert!(is_http_link(good), "{good:?}");
        }
        for bad in [
            "",
            "https://",
            "ftp://a",
            "www.intgovforum.org",
            "https://a b",
            "https://a\tb",
            "https://a\u{a0}b",
            "https://例え\u{3000}jp",
        ] {
            assert!(!is_http_link(bad), "{bad:?}");
        }
    }
}
