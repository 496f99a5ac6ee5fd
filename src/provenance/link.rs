//! A link: the web address of a document, a page or a record, kept exactly
//! as the source prints it. One type for every link of the model, with its
//! one rule (`link.format`) and its one schema.

use crate::validate::{Checker, Rule};

crate::text::text_newtype! {
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
    Link,
    what = "A web address, an absolute http(s) one",
    examples = ["https://www.intgovforum.org/en/content/igf-2020"],
    pattern = "^https?://[^ ]+$"
}

impl Link {
    /// True for an absolute http(s) address without white space: the form
    /// the validator asks for.
    pub fn is_http(&self) -> bool {
        is_http_link(self.as_str())
    }

    /// The rule of a link at member `key`: an absolute http(s) address.
    pub(crate) fn check_at(c: &mut Checker, key: &'static str, link: Option<&Link>) {
        if let Some(link) = link.filter(|l| !l.is_http()) {
            c.report_at(
                key,
                Rule::LinkFormat,
                format!(
                    "link {:?} is not an absolute http(s) address: write it as https://host/path",
                    link.as_str()
                ),
            );
        }
    }
}

impl std::ops::Deref for Link {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// True for an absolute http(s) address without white space.
fn is_http_link(link: &str) -> bool {
    let rest = link
        .strip_prefix("https://")
        .or_else(|| link.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !crate::validate::has_white_space(r))
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
