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

/// A name reduced for matching references: lower case, `&` read as "and",
/// punctuation dropped, and the words that only say what kind of entity it
/// is ("Dynamic Coalition on", "DC", "Best Practice Forum on", "BPF", "IGF",
/// "the") and years ("BPF 2021 on ...") left out.
pub(crate) fn normalise_name(name: &str) -> String {
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
    let lowered = name.to_lowercase().replace('&', " and ").replace('’', "'");
    lowered
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .filter(|w| !(w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::normalise_name;

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
