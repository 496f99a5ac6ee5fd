//! Reference datasets encoded from the IGF's own documents and web pages,
//! embedded in the crate. Every record cites a document of its file's
//! bibliography, by section or page, and every document gives its title,
//! issuer, date and links as far as it states them.
//!
//! | function | file | what it holds | from |
//! | --- | --- | --- | --- |
//! | [`igf2019`] | `data/igf2019.json` | IGF 2019 (Berlin): themes, figures, MAG | the IGF's submission to the CSTD on its 2019 work |
//! | [`igf2020`] | `data/igf2020.json` | IGF 2020 (online): phases, tracks, sessions, takeaways, commitments, figures, messages, timeline, donors, the parliamentary roundtable | The IGF 2020 Report, the IGF 2020 Phase 1 Summary, the Compilation of IGF 2020 Voluntary Commitments |
//! | [`igf2021`] | `data/igf2021.json` | IGF 2021 (Katowice): issue areas, MAG, the Roadmap mapping | the MAG Chair's letter of 29 November 2021 and its Annex I |
//! | [`igf2022`] ... [`igf2025`] | `data/igf2022.json` ... `data/igf2025.json` | each meeting: hosts, Day 0 and dates, theme wordings, themes or sub-themes and programme tracks, published participation and programme figures, a sample of sessions with their printed codes, the MAG | the IGF's meeting, theme, statistics, session and schedule pages, transcripts, UN press releases |
//! | [`intersessional`] | `data/intersessional.json` | the Dynamic Coalitions, NRIs, BPFs and policy networks of 2019-2025, each once, with their cycles and outputs; the Leadership Panel; the Parliamentary Track | the documents above and the IGF's DC, NRI, BPF, policy network, Leadership Panel and Parliamentary Track pages |
//! | [`meetings`] | `data/meetings.json` | the annual meetings 2006-2018: hosts, dates, Day 0, themes | the IGF's meeting pages and UN press releases |
//!
//! [`all`] gives them as one history: every meeting, coalition, NRI and
//! forum once. A file on its own may name a record another file holds (the
//! Roadmap mapping of 2021 names the coalitions of `intersessional.json`):
//! such a file says so (`builds_on`, see [`Basis`](crate::Basis)), and the
//! gate ([`crate::gate`], `igf validate`) validates it together with what
//! it builds on, so every file validates alone; validate [`all`] to check
//! every reference of the history at once.
//!
//! Day 0 is handled one way in every meeting: `start_date` and `end_date`
//! are the official days, and `day_zero` the day before the opening, where
//! a source dates it.
//!
//! Each file is parsed once, on first use, and shared: the functions return
//! `&'static Dataset` (clone one to change it).
//!
//! The data is faithful, never corrected: where the documents disagree, each
//! statement is kept as published and the validator reports the
//! disagreement as a warning.

use std::sync::OnceLock;

use crate::Dataset;

/// The embedded files, by name: `(file name, JSON text)`. A `static`, so
/// the texts are in the binary once, however many places read them.
pub static FILES: [(&str, &str); COUNT] = [
    ("igf2020.json", include_str!("../data/igf2020.json")),
    ("igf2019.json", include_str!("../data/igf2019.json")),
    ("igf2021.json", include_str!("../data/igf2021.json")),
    ("igf2022.json", include_str!("../data/igf2022.json")),
    ("igf2023.json", include_str!("../data/igf2023.json")),
    ("igf2024.json", include_str!("../data/igf2024.json")),
    ("igf2025.json", include_str!("../data/igf2025.json")),
    (
        "intersessional.json",
        include_str!("../data/intersessional.json"),
    ),
    ("meetings.json", include_str!("../data/meetings.json")),
];

/// Each embedded file, parsed on first use and kept.
static PARSED: [OnceLock<Dataset>; COUNT] = [const { OnceLock::new() }; COUNT];

/// How many files are embedded.
const COUNT: usize = 9;

/// The embedded dataset of file `name` (one of [`FILES`]), parsed once, or
/// the whole history for `"all"` (see [`all`]).
///
/// The embedded files are part of the crate and its tests load every one of
/// them: a file that does not load is a bug of the crate, and this panics
/// with the file's name and the problem rather than hand out an empty or
/// partial dataset.
///
/// ```
/// let igf2019 = igf_model::reference::get("igf2019.json").unwrap();
/// assert_eq!(igf2019.meetings[0].year.get(), 2019);
/// assert!(igf_model::reference::get("igf1999.json").is_none());
/// ```
pub fn get(name: &str) -> Option<&'static Dataset> {
    if name == "all" {
        return Some(all());
    }
    let at = FILES.iter().position(|(file, _)| *file == name)?;
    Some(PARSED[at].get_or_init(|| {
        let (file, text) = FILES[at];
        crate::load::from_str(text)
            .unwrap_or_else(|err| panic!("the embedded reference file {file} does not load: {err}"))
    }))
}

fn embedded(name: &str) -> &'static Dataset {
    get(name).unwrap_or_else(|| panic!("no embedded reference file {name}"))
}

/// IGF 2020, the 15th and first entirely online IGF: the meeting, its phases,
/// tracks and session types, the sessions the documents name with their key
/// takeaways, the voluntary commitments, the published figures, the
/// messages, the preparatory timeline, donors and co-located events, the
/// parliamentary roundtable and the MAG. (Its Dynamic Coalitions, BPFs and
/// NRIs are in [`intersessional`].)
///
/// ```
/// let igf2020 = igf_model::reference::igf2020();
/// assert_eq!(igf2020.meetings[0].year.get(), 2020);
/// assert_eq!(igf2020.documents.len(), 3);
/// ```
pub fn igf2020() -> &'static Dataset {
    embedded("igf2020.json")
}

/// IGF 2019, the 14th, in Berlin: its themes, BPFs, MAG working groups,
/// figures, the NRIs named and the WSIS action lines.
///
/// ```
/// let igf2019 = igf_model::reference::igf2019();
/// assert_eq!(igf2019.meetings[0].tracks.len(), 3);
/// ```
pub fn igf2019() -> &'static Dataset {
    embedded("igf2019.json")
}

/// IGF 2022 (Addis Ababa), from the IGF's pages.
///
/// ```
/// let igf2022 = igf_model::reference::igf2022();
/// assert_eq!(igf2022.meetings[0].hosts.len(), 2);
/// ```
pub fn igf2022() -> &'static Dataset {
    embedded("igf2022.json")
}

/// IGF 2023 (Kyoto), from the IGF's pages.
///
/// ```
/// let igf2023 = igf_model::reference::igf2023();
/// assert_eq!(igf2023.meetings[0].tracks.len(), 8);
/// ```
pub fn igf2023() -> &'static Dataset {
    embedded("igf2023.json")
}

/// IGF 2024 (Riyadh), from the IGF's pages and its schedule.
///
/// ```
/// let igf2024 = igf_model::reference::igf2024();
/// assert_eq!(igf2024.meetings[0].year.get(), 2024);
/// ```
pub fn igf2024() -> &'static Dataset {
    embedded("igf2024.json")
}

/// IGF 2025 (Lillestrøm), from the IGF's pages.
///
/// ```
/// let igf2025 = igf_model::reference::igf2025();
/// assert_eq!(igf2025.meetings[0].day_zero.map(|d| d.to_string()).as_deref(), Some("2025-06-23"));
/// ```
pub fn igf2025() -> &'static Dataset {
    embedded("igf2025.json")
}

/// IGF 2021 as the MAG Chair's letter of November 2021 describes it, with the
/// mapping of the Roadmap for Digital Cooperation to IGF activities.
///
/// ```
/// let igf2021 = igf_model::reference::igf2021();
/// assert_eq!(igf2021.roadmap_mappings.len(), 9);
/// ```
pub fn igf2021() -> &'static Dataset {
    embedded("igf2021.json")
}

/// The annual meetings that have no file of their own, 2006-2018: hosts,
/// dates, Day 0, theme and format, from the IGF's pages.
///
/// ```
/// let meetings = igf_model::reference::meetings();
/// assert_eq!(meetings.meetings.len(), 13);
/// ```
pub fn meetings() -> &'static Dataset {
    embedded("meetings.json")
}

/// The Dynamic Coalitions, NRIs, BPFs and policy networks the documents of
/// 2019-2025 name, each once, with the years and cycles each document
/// states; the Leadership Panel; the events of the Parliamentary Track.
///
/// ```
/// let bodies = igf_model::reference::intersessional();
/// assert!(bodies.dynamic_coalitions.iter().any(|dc| dc.answers_to("DC-ISSS")));
/// ```
pub fn intersessional() -> &'static Dataset {
    embedded("intersessional.json")
}

/// Every embedded dataset as one history of the IGF, built once: meetings
/// and MAGs in year order, every coalition, NRI, forum and policy network
/// once, and one bibliography (see [`Dataset::merge`]).
///
/// ```
/// use igf_model::{reference, validate::validate, Year};
///
/// let history = reference::all();
/// let years: Vec<u16> = history.meetings.iter().map(|m| m.year.get()).collect();
/// assert_eq!(years, (2006..=2025).collect::<Vec<_>>());
/// assert!(validate(history).iter().all(|f| !f.is_error()));
/// ```
pub fn all() -> &'static Dataset {
    static ALL: OnceLock<Dataset> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all = Dataset::new();
        all.description = Some(
            "The IGF across its years: every reference dataset of igf-model as one history.".into(),
        );
        for (file, _) in FILES {
            all.merge(embedded(file).clone());
        }
        // The history holds every file, so it builds on nothing further.
        all.builds_on.clear();
        all.meetings.sort_by_key(|m| m.year);
        all.mags.sort_by_key(|m| m.year);
        all.parliamentary_track.sort_by_key(|e| e.year);
        all
    })
}
