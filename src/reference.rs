//! Reference datasets encoded from the IGF's own documents, embedded in the
//! crate. Every record cites its document and section.
//!
//! | function | file | from |
//! | --- | --- | --- |
//! | [`igf2020`] | `data/igf2020.json` | the IGF 2020 final report, its Phase 1 summary and the compilation of voluntary commitments |
//! | [`igf2019`] | `data/igf2019.json` | the IGF's input to the CSTD on 2019 |
//! | [`igf2021`] | `data/igf2021.json` | the MAG Chair's letter of 29 November 2021 and its Annex I (the Roadmap mapping) |
//! | [`meetings`] | `data/meetings.json` | the annual meetings 2006-2025, from the IGF's meeting pages |
//!
//! Each file is parsed once, on first use, and shared: the functions return
//! `&'static Dataset` (clone one to change it).
//!
//! The data is faithful, never corrected: where the documents disagree, each
//! statement is kept as published and the validator reports the
//! disagreement as a warning.

use std::sync::OnceLock;

use crate::Dataset;

/// The embedded files, by name: `(file name, JSON text)`.
pub const FILES: &[(&str, &str)] = &[
    ("igf2020.json", include_str!("../data/igf2020.json")),
    ("igf2019.json", include_str!("../data/igf2019.json")),
    ("igf2021.json", include_str!("../data/igf2021.json")),
    ("meetings.json", include_str!("../data/meetings.json")),
];

/// Each embedded file, parsed on first use and kept.
static PARSED: [OnceLock<Dataset>; FILES.len()] = [const { OnceLock::new() }; FILES.len()];

/// The embedded dataset of file `name` (one of [`FILES`]), parsed once.
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
/// takeaways, the voluntary commitments, the published figures, the 23
/// Dynamic Coalitions, the BPFs, the MAG working groups and the NRIs named.
///
/// ```
/// let igf2020 = igf_model::reference::igf2020();
/// assert_eq!(igf2020.meetings[0].year.get(), 2020);
/// assert_eq!(igf2020.dynamic_coalitions.len(), 23);
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

/// The annual meetings from 2006 to 2025: host, dates, theme and format.
///
/// ```
/// let meetings = igf_model::reference::meetings();
/// assert_eq!(meetings.meetings.len(), 20);
/// ```
pub fn meetings() -> &'static Dataset {
    embedded("meetings.json")
}
