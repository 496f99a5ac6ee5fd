//! Intersessional work: what the IGF community does between annual
//! meetings. Dynamic Coalitions, National/Regional/Youth IGF initiatives
//! (NRIs), Best Practice Forums and policy networks.

mod best_practice_forum;
mod dynamic_coalition;
mod nri;
mod output;
mod policy_network;

pub use best_practice_forum::{BestPracticeForum, BpfCycle, BpfOutput};
pub use dynamic_coalition::{DcAcronym, DcStandards, DcStatus, DynamicCoalition};
pub use nri::{Nri, NriKind, NriMeeting};
pub use output::{Cycle, Output, OutputKind};
pub use policy_network::PolicyNetwork;

/// How a reference names a record, the one rule the crate uses everywhere
/// (the records' `answers_to` and the [`Index`](crate::Index)): after
/// normalising both (case, punctuation, `&` for "and", and the words that
/// only say the kind, such as "Dynamic Coalition on", "BPF", "IGF"), the
/// reference is one of the record's names, or the leading whole words of
/// one. Where several records of a dataset answer, the index prefers exact
/// names and reports leading words that fit more than one as ambiguous.
///
/// ```
/// use igf_model::intersessional::names_match;
///
/// let names = ["Sustainability of Journalism and News Media", "DC-Sustainability"];
/// assert!(names_match(names, "Dynamic Coalition on Sustainability of Journalism and News Media"));
/// assert!(names_match(names, "Dynamic Coalition Sustainability"));
/// assert!(!names_match(names, "Dynamic Coalition on Journalism"));
/// ```
pub fn names_match<'n>(names: impl IntoIterator<Item = &'n str>, reference: &str) -> bool {
    let wanted = normalise_name(reference);
    if wanted.is_empty() {
        return false;
    }
    names.into_iter().any(|name| {
        let name = normalise_name(name);
        name == wanted
            || name
                .strip_prefix(wanted.as_str())
                .is_some_and(|rest| rest.starts_with(' '))
    })
}

/// The words that only say what kind of entity a name is.
const FILLER: &[&str] = &[
    "dynamic",
    "coalition",
    "dc",
    "on",
    "the",
    "best",
    "practice",
    "forum",
    "bpf",
    "igf",
    "policy",
    "network",
    "pn",
    "of",
    "in",
    "an",
    "a",
];

/// A name reduced for matching references: lower case, `&` read as "and",
/// punctuation dropped, and the words that only say what kind of entity it
/// is ("Dynamic Coalition on", "DC", "Best Practice Forum on", "BPF", "IGF",
/// "the") and years ("BPF 2021 on ...") left out.
///
/// Words are split at every character that is neither alphanumeric nor an
/// apostrophe, and lose their leading and trailing apostrophes. An ASCII
/// name (nearly every name) is reduced in one pass into one string; any
/// other is lower-cased first, by Unicode's rules.
pub(crate) fn normalise_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    if name.is_ascii() {
        push_words(name, &mut out);
    } else {
        push_words(&name.to_lowercase().replace('’', "'"), &mut out);
    }
    out
}

/// Appends the words of `text` to `out` as [`normalise_name`] keeps them,
/// lower-casing ASCII letters; `text` is ASCII or already lower case.
fn push_words(text: &str, out: &mut String) {
    let mut push = |word: &str| {
        let word = word.trim_matches('\'');
        let year = word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit());
        if word.is_empty() || year {
            return;
        }
        // The word is written lower-cased, then taken back if it is filler.
        let before = out.len();
        if before > 0 {
            out.push(' ');
        }
        let at = out.len();
        out.push_str(word);
        out[at..].make_ascii_lowercase();
        if FILLER.contains(&&out[at..]) {
            out.truncate(before);
        }
    };
    // Called at each character `c` (at byte `i`) that ends a word.
    let mut start = 0;
    let mut split = |i: usize, c: char| {
        push(&text[start..i]);
        if c == '&' {
            push("and");
        }
        start = i + c.len_utf8();
    };
    if text.is_ascii() {
        // Byte by byte: every byte of ASCII text is a character.
        for (i, &b) in text.as_bytes().iter().enumerate() {
            if !b.is_ascii_alphanumeric() && b != b'\'' {
                split(i, char::from(b));
            }
        }
    } else {
        for (i, c) in text.char_indices() {
            if !c.is_alphanumeric() && c != '\'' {
                split(i, c);
            }
        }
    }
    push(&text[start..]);
}

#[cfg(test)]
mod tests {
    use super::{normalise_name, FILLER};
    use proptest::prelude::*;

    /// The rule as first written, in five allocations: the reference the
    /// one-pass [`normalise_name`] must agree with.
    fn normalise_name_as_first_written(name: &str) -> String {
        let lowered = name.to_lowercase().replace('&', " and ").replace('’', "'");
        lowered
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .map(|w| w.trim_matches('\''))
            .filter(|w| !w.is_empty() && !FILLER.contains(w))
            .filter(|w| !(w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())))
            .collect::<Vec<_>>()
            .join(" ")
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn one_pass_agrees_with_the_rule_as_first_written(
            name in r"([A-Za-z0-9 '’&,.\-/ΣσςÉéİ]|the|THE|Dynamic|DC|2021|on){0,24}|\PC{0,24}"
        ) {
            prop_assert_eq!(normalise_name(&name), normalise_name_as_first_written(&name));
        }
    }

    #[test]
    fn kind_words_case_punctuation_and_years_are_left_out() {
        assert_eq!(
            normalise_name("Dynamic Coalition on Child Online Safety"),
            "child online safety"
        );
        assert_eq!(
            normalise_name("DC Child Online Safety"),
            "child online safety"
        );
        assert_eq!(
            normalise_name("BPF 2021 on Gender & Digital Rights"),
            "gender and digital rights"
        );
        assert_eq!(
            normalise_name("Children’s Rights in the Digital Environment"),
            "children's rights digital environment"
        );
        assert_eq!(normalise_name("IoT, Big Data, AI"), "iot big data ai");
    }

    #[test]
    fn names_of_different_things_stay_different() {
        assert_ne!(
            normalise_name("Dynamic Coalition on Internet Rights and Principles"),
            normalise_name("Dynamic Coalition on Internet Universality")
        );
        assert_eq!(normalise_name("The Dynamic Coalition"), "");
        // A year is left out only as a whole four-digit word.
        assert_eq!(normalise_name("DC 3 on 20202"), "3 20202");
    }
}
