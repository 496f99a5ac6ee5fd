//! # igf-model
//!
//! The typed model of the **Internet Governance Forum** (IGF), the United
//! Nations' multistakeholder forum on Internet public policy, from 2006 to
//! today: its annual meetings and their sessions, the intersessional work of
//! its community, the Multistakeholder Advisory Group, the Leadership Panel,
//! the Parliamentary Track, voluntary commitments, and the frameworks IGF
//! work maps to (the UN Secretary-General's Roadmap for Digital Cooperation,
//! the Global Digital Compact). The crate reads data as the IGF publishes
//! it, checks it, and exports JSON Schema so tools in any language can build
//! on the same model.
//!
//! ## The IGF in a few paragraphs
//!
//! The IGF was one of the outcomes of the World Summit on the Information
//! Society (WSIS, 2003-2005); the UN Secretary-General first convened it in
//! 2006. Each year it holds an **annual meeting** ([`Meeting`]): the 1st in
//! Athens in 2006, the 14th in Berlin in 2019, the 15th (2020) entirely
//! online, hosted by the UN Secretariat through UN DESA and split into two
//! **phases** ([`Phase`]). A meeting is organised in **thematic tracks**
//! ([`Track`]), which change every year (2020: Data, Environment, Inclusion,
//! Trust), and consists of **sessions** ([`Session`]) of many types
//! ([`SessionType`]): workshops ("WS #207"), Open Forums ("OF #31"), pre-events,
//! Dynamic Coalition and Best Practice Forum sessions, main sessions, the
//! High-Level Leaders Track. Organisers submit a short **report** within 12
//! hours of a session and a detailed one two weeks later ([`SessionReport`]).
//! Each meeting publishes **figures** ([`Figure`]): registrations,
//! sessions, connections, sometimes more than once and not always in
//! agreement; the crate keeps each publication as published (a further
//! publication of a number is a [`Statement`] of the figure's value, with
//! its own qualifier and source) and lets the validator report
//! disagreements.
//!
//! Between meetings the community works in **intersessional** tracks:
//! **Dynamic Coalitions** ([`DynamicCoalition`], 23 in 2020), **National,
//! Regional, Sub-regional and Youth IGF initiatives** ([`Nri`], 131 in 2020),
//! **Best Practice Forums** ([`BestPracticeForum`]) and, from 2021, **policy
//! networks** ([`PolicyNetwork`]). The programme is prepared by the
//! **Multistakeholder Advisory Group** ([`Mag`]) and its working groups
//! ([`WorkingGroup`]). IGF 2020 issued the first call for **voluntary
//! commitments** ([`Commitment`]); in 2021 the MAG mapped the areas of the
//! **Roadmap for Digital Cooperation** ([`RoadmapArea`]) to IGF activities
//! ([`RoadmapMapping`]).
//!
//! Since 2021 the meetings have been **hybrid**, often with several
//! **hosts** ([`Host`]: Ethiopia's Ministry of Innovation and Technology with
//! UNECA in 2022, Norway with UN DESA in 2025) and a **Day 0** before the
//! opening (`Meeting::day_zero`). Their programmes run themes or sub-themes
//! beside **programme tracks** for youth, parliamentarians and business
//! ([`TrackKind`]), and print session codes such as `"Open Forum #27"`,
//! `"Day 0 Event #178"` or `"Launch / Award Event #34"` ([`SessionCode`]).
//! The UN Secretary-General appointed the IGF **Leadership Panel**
//! ([`LeadershipPanel`]) on 16 August 2022; the **Parliamentary Track**
//! ([`ParliamentaryEvent`]) has met at the annual meetings and at regional
//! IGFs since 2021; policy networks work in yearly **cycles** ([`Cycle`])
//! with their outputs ([`Output`]); and in 2024 the UN General Assembly
//! adopted the **Global Digital Compact**, whose objectives
//! ([`GdcObjective`]) IGF work now maps to beside the Roadmap.
//!
//! Every record cites its **source** ([`Source`]): a document of the
//! dataset's bibliography ([`Document`]), by title, issuer, date and link.
//! A [`Dataset`] holds all of these: it is what one JSON file contains.
//!
//! ## Reading, checking and writing
//!
//! - [`load`] reads a dataset from JSON. It rejects only what cannot be
//!   data, and then reports every problem at once, each with its JSON
//!   Pointer, line and column.
//! - [`validate`] checks a whole dataset against every rule and returns
//!   every finding, each with a stable code, a severity, a JSON Pointer and
//!   a message. Each entity also implements [`Validate`].
//! - [`Index`] looks records up and follows references between them, with
//!   the same lookups the validator's reference rules use.
//! - [`schema`] exports the JSON Schema (draft 2020-12) that the committed
//!   files under `schemas/` hold.
//! - [`export`] writes a dataset as a tabular data package (CSV or JSON
//!   Lines tables and `datapackage.json`) for pandas, R and spreadsheets.
//! - [`reference`](mod@reference) embeds datasets encoded from the IGF's own
//!   documents and pages, 2006-2025, and gives them as one history
//!   ([`reference::all`]).
//!
//! Every record is built the same way from outside the crate: `new` with
//! the parts the record cannot do without, then its public fields. Records
//! are `#[non_exhaustive]`, so the IGF's next field is not a breaking change.
//!
//! ```
//! use igf_model::chrono::NaiveDate;
//! use igf_model::{
//!     Commitment, Dataset, Document, Host, Meeting, MeetingFormat, Pledger, Session, SessionRef,
//!     SessionType, Source, Track, Year,
//! };
//!
//! let year = Year::new(2020)?;
//! let source = Source::new("igf-2020-report");
//!
//! let mut meeting = Meeting::new(year, source.clone());
//! meeting.edition = Some(15);
//! meeting.theme = Some("Internet for human resilience and solidarity".into());
//! meeting.hosts.push(Host::united_nations("UN DESA"));
//! meeting.format = Some(MeetingFormat::Online);
//! meeting.start_date = NaiveDate::from_ymd_opt(2020, 11, 2);
//! meeting.end_date = NaiveDate::from_ymd_opt(2020, 11, 17);
//! meeting.tracks.push(Track::new("Environment"));
//!
//! let mut session = Session::new("Tech for the Planet", SessionType::Workshop, source.clone());
//! session.code = Some("WS #72".into());
//! session.tracks.push("Environment".into());
//! meeting.sessions.push(session);
//!
//! let mut pledge = Commitment::new(
//!     year,
//!     Pledger::person_of_organisation("Nick Wise", "Oceanmind"),
//!     "Nick Wise (Oceanmind) pledged to remain committed to improving the health of the ocean using technology.",
//!     Source::new("igf-2020-voluntary-commitments-v1").with_section("Environment"),
//! );
//! pledge.session = Some(SessionRef::code("WS #72".into()));
//! pledge.track = Some("Environment".into());
//!
//! let mut dataset = Dataset::new();
//! dataset.documents.push(Document::new("igf-2020-report", "The IGF 2020 Report"));
//! dataset.documents.push(Document::new(
//!     "igf-2020-voluntary-commitments-v1",
//!     "Compilation: IGF 2020 Voluntary Commitments",
//! ));
//! dataset.meetings.push(meeting);
//! dataset.commitments.push(pledge);
//! assert!(igf_model::validate::validate(&dataset).is_empty());
//!
//! let json = serde_json::to_string_pretty(&dataset)?;
//! let back = igf_model::load::from_str(&json)?;
//! assert_eq!(back, dataset);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## A format that evolves
//!
//! Other tools build on the JSON format, so it is versioned (see
//! [`format`](mod@format)): a file states its `format_version`, may name its schema in
//! `$schema`, and may carry a user's own data in `x-...` members on any
//! record ([`Extensions`]). Files of older versions are upgraded as they are
//! read (`igf migrate` rewrites them); files of newer versions are read as
//! far as possible, their unknown members kept and reported as warnings.
//!
//! ```
//! use igf_model::{load, validate::{validate, Rule}};
//!
//! let newer = r#"{"format_version": "0.9",
//!     "documents": [{"id": "igf-2020-report", "title": "The IGF 2020 Report"}],
//!     "nris": [{"name": "Haiti IGF", "charter": 2016, "x-note": "mine",
//!               "source": {"document": "igf-2020-report"}}]}"#;
//! let dataset = load::from_str(newer)?;
//! let findings = validate(&dataset);
//! assert_eq!(findings.len(), 1);
//! assert_eq!(findings[0].rule, Rule::NewerFormatMember);
//! assert_eq!(findings[0].path, "/nris/0/charter");
//! // Written back unchanged, unknown and extension members included.
//! let back: serde_json::Value = serde_json::to_value(&dataset)?;
//! assert_eq!(back, serde_json::from_str::<serde_json::Value>(newer)?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Features
//!
//! - `cli`: the `igf` command-line validator (`cargo install igf-model --features cli`).
#![doc = include_str!("../docs/entity-diagram.md")]
// On docs.rs the diagram above is drawn as a picture: rustdoc prints a
// `mermaid` code block as text, and this script (the docs' HTML only)
// hands each one to Mermaid.
#![doc = r#"<script type="module">
const blocks = document.querySelectorAll("pre.language-mermaid");
if (blocks.length > 0) {
  const { default: mermaid } = await import("https://cdn.jsdelivr.net/npm/mermaid@11/dist/mermaid.esm.min.mjs");
  for (const pre of blocks) {
    const picture = document.createElement("div");
    picture.className = "mermaid";
    picture.textContent = pre.textContent;
    pre.replaceWith(picture);
  }
  mermaid.initialize({ startOnLoad: false, theme: "neutral" });
  await mermaid.run({ querySelector: "div.mermaid" });
}
</script>"#]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(unreachable_pub)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod body;
mod enums;
mod extensions;
pub mod format;
mod text;

pub mod community;
mod dataset;
pub mod export;
pub mod forum;
pub mod gate;
pub mod index;
pub mod intersessional;
pub mod leadership_panel;
pub mod load;
pub mod mag;
pub mod outcomes;
pub mod parliamentary_track;
pub mod provenance;
pub(crate) use provenance::record;
pub mod reference;
pub mod schema;
pub mod summary;
pub mod validate;
mod when;
mod wire;
mod year;

/// The date and time types the model uses (`NaiveDate`, `DateTime<Utc>`),
/// re-exported so that users can name them without their own dependency.
pub use chrono;
/// The JSON values the model hands out (`Number` for figure values, `Value`
/// for extension members), re-exported for the same reason.
pub use serde_json;

pub use body::Body;
#[doc(inline)]
pub use community::{StakeholderGroup, UnRegionalGroup};
pub use dataset::{Basis, Dataset};
pub use enums::UnknownVariant;
pub use extensions::{is_extension_name, Extensions, EXTENSION_PREFIX};
#[doc(inline)]
pub use format::{FormatVersion, InvalidFormatVersion};
#[doc(inline)]
pub use forum::{
    CoLocatedEvent, Counted, Dimension, Donor, Figure, Host, LeadersTrackTheme, Measure, Meeting,
    MeetingFormat, MessageSet, Milestone, Organiser, Participation, Person, PersonRole, Phase,
    Qualifier, ReportKind, Session, SessionCode, SessionFormat, SessionKey, SessionReport,
    SessionType, Share, TimeSlot, Track, TrackKind, UtcOffset,
};
#[doc(inline)]
pub use index::Index;
#[doc(inline)]
pub use intersessional::{
    BestPracticeForum, BpfCycle, BpfOutput, Cycle, DcAcronym, DcStandards, DcStatus,
    DynamicCoalition, Nri, NriKind, NriMeeting, Output, OutputKind, PolicyNetwork,
};
#[doc(inline)]
pub use leadership_panel::{LeadershipPanel, PanelMember, PanelRole};
#[doc(inline)]
pub use mag::{Mag, MagOfficer, WgAcronym, WgStatus, WorkingGroup};
#[doc(inline)]
pub use outcomes::{
    ActivityKind, ActivityRef, Commitment, CommitmentKind, GdcMapping, GdcObjective, Pledger,
    RoadmapArea, RoadmapMapping, SessionRef, TimeFrame, WsisActionLine,
};
#[doc(inline)]
pub use parliamentary_track::ParliamentaryEvent;
#[doc(inline)]
pub use provenance::{Coverage, Document, Extent, Link, OtherName, Rank, Source, Statement};
#[doc(inline)]
pub use validate::Validate;
pub use when::When;
pub use year::{InvalidYear, Year, FIRST_IGF_YEAR, FIRST_RECORD_YEAR, LAST_PLAUSIBLE_YEAR};

/// The examples in README.md, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
