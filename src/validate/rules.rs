//! The rule catalogue: every rule the validator enforces, with its stable
//! code, its severity, what it checks and an example of data that fails it.

use crate::enums::closed_enum;

closed_enum! {
    /// How serious a finding is. A closed list.
    ///
    /// ```
    /// use igf_model::validate::Severity;
    /// assert_eq!(Severity::Warning.to_string(), "warning");
    /// ```
    pub enum Severity in "snake_case" {
        /// Worth a look, but the data may be right: a source that disagrees with
        /// itself, a late report, a value from a list this crate does not know.
        Warning,
        /// The data is wrong or cannot be used as it stands.
        Error,
    }
}

macro_rules! rules {
    ($(
        $(#[$meta:meta])*
        $var:ident = $code:literal, $sev:ident, $checks:expr, $example:literal;
    )+) => {
        crate::enums::closed_enum! {
            /// A rule of the validator, named by its stable code
            /// (`family.name`), which tools may match on.
            ///
            /// In Rust, [`code`](Rule::code), `Display`, `FromStr` and serde
            /// all use the code; parsing an unknown code fails with
            /// [`UnknownVariant`](crate::UnknownVariant).
            ///
            /// ```
            /// use igf_model::validate::{Rule, Severity};
            ///
            /// let rule: Rule = "reference.unknown_track".parse().unwrap();
            /// assert_eq!(rule, Rule::UnknownTrack);
            /// assert_eq!(rule.severity(), Severity::Error);
            /// assert_eq!(rule.to_string(), "reference.unknown_track");
            /// assert_eq!(serde_json::to_string(&rule).unwrap(), "\"reference.unknown_track\"");
            /// assert!("shape.nonsense".parse::<Rule>().is_err());
            /// ```
            #[non_exhaustive]
            pub enum Rule in "snake_case" {
                $($(#[$meta])* #[serde(rename = $code)] #[strum(serialize = $code)] $var,)+
            }
        }

        impl Rule {
            /// The stable code, `family.name`.
            pub fn code(self) -> &'static str {
                self.into()
            }

            /// The severity of the findings this rule reports.
            pub fn severity(self) -> Severity {
                match self { $(Rule::$var => Severity::$sev,)+ }
            }

            /// What the rule checks, in one sentence.
            pub fn checks(self) -> &'static str {
                match self { $(Rule::$var => $checks,)+ }
            }

            /// An example of data that fails the rule.
            pub fn failing_example(self) -> &'static str {
                match self { $(Rule::$var => $example,)+ }
            }
        }
    };
}

rules! {
    /// The input is not JSON (reported by loading, not by `validate`).
    LoadSyntax = "load.syntax", Error,
        "The input is well-formed JSON text in UTF-8.",
        "a file cut off in the middle: `{\"meetings\": [`";
    /// The JSON is not a dataset: a wrong type, a missing member, an
    /// identifier that does not follow its grammar (reported by loading).
    LoadShape = "load.shape", Error,
        "The JSON has the dataset's shape: required members present, JSON types as the format defines them, identifiers (session codes, acronyms, years), dates and the format version that follow their grammar. Every such problem of a file is reported, in document order.",
        "`{\"meetings\": [{\"year\": 20}]}` (a year must have four digits)";
    /// Required text is blank.
    BlankText = "shape.blank_text", Error,
        "Required text (names, titles, pledges, themes, sources) is not empty or only white space.",
        "a session whose `title` is `\"  \"`";
    /// A year outside the IGF's life.
    YearOutOfRange = "shape.year_out_of_range", Error,
        concat!(
            "Years lie within the IGF's life: from ", crate::year::igf_life!(first),
            ", the first annual meeting, to ", crate::year::igf_life!(last), "; ",
            "a year that may come before it (an NRI's founding or meeting year, a document's ",
            "year, another name's years) from ", crate::year::igf_life!(record), "."
        ),
        "a meeting with `\"year\": 1999`";
    /// An end before its start.
    DateOrder = "shape.date_order", Error,
        "A meeting's, phase's or time slot's end is not before its start.",
        "a meeting with `start_date` 2020-11-17 and `end_date` 2020-11-02";
    /// A number below the format's minimum.
    NumberRange = "shape.number_range", Error,
        "Numbers the format counts from 1 start at 1: editions, phase numbers and the phases sessions and figures name.",
        "a phase with `\"number\": 0`";
    /// A date or time that RFC 3339 cannot write.
    DateRange = "shape.date_range", Error,
        "Dates and times are ones RFC 3339 and the schema's `date` and `date-time` formats can write: four-digit years (0000 to 9999), and a leap second only at 23:59 UTC; any other could not be written as valid output.",
        "a session whose time slot ends at `+262142-12-31T23:59:59Z`, built in Rust";
    /// A negative count.
    NegativeCount = "shape.negative_count", Error,
        "Published figures and breakdown counts are not negative.",
        "a figure with `\"value\": -5`";
    /// A percentage outside 0 to 100.
    PercentRange = "shape.percent_range", Error,
        "Percentages lie between 0 and 100.",
        "a breakdown share with `\"percent\": 140`";
    /// A link that is not an http(s) address.
    LinkFormat = "shape.link_format", Error,
        "Links are absolute http or https addresses without spaces.",
        "a source with `\"link\": \"intgovforum.org\"`";
    /// A figure value the crate cannot hold exactly.
    InexactNumber = "shape.inexact_number", Error,
        "A figure's value is held exactly: an integer (up to 2^64) or a float below 2^53 in magnitude; an integer written beyond 64 bits would be rounded, so it is reported rather than silently changed.",
        "a figure with `\"value\": 222222222222222222222431`";
    /// A value from an open list that this crate does not know.
    UnknownValue = "shape.unknown_value", Warning,
        "Values of open lists (session types, figure measures, breakdown categories by stakeholder group or session type) are ones the crate knows; a newer one is kept but reported.",
        "a session with `\"session_type\": \"town_hall\"`";
    /// A member the format does not define, in a file of this crate's format.
    UnknownMember = "shape.unknown_member", Error,
        "A record's members are the ones the format defines, or extension members named `x-...`; in a file of this crate's format version (or an older one) any other member is a mistake, kept as written but reported.",
        "a session with `\"titel\": \"...\"` (for `title`)";
    /// A member of a newer format.
    NewerFormatMember = "format.newer_member", Warning,
        "A file that declares a newer format version than this crate reads may hold members this crate does not know; each is kept, written back unchanged and reported, naming both versions.",
        "`\"participants_onsite\": 3435` on a meeting, in a file declaring `\"format_version\": \"0.9\"`";
    /// Edition and year disagree.
    EditionYear = "consistency.edition_year", Error,
        "A meeting's edition is its year minus 2005 (the 1st IGF was 2006, the 15th 2020).",
        "a meeting with `\"year\": 2020, \"edition\": 14`";
    /// Phases out of order, overlapping, or outside the meeting.
    PhaseOrder = "consistency.phase_order", Error,
        "A meeting's phases are numbered in date order, do not overlap, and lie within the meeting's dates (numbers start at 1: see shape.number_range).",
        "phase 2 starting on 2020-11-05 while phase 1 runs to 2020-11-06";
    /// A session outside its phase or meeting.
    SessionOutsidePhase = "consistency.session_outside_phase", Error,
        "A session's time slot lies within its phase's dates (or the meeting's, when it has no phase).",
        "a phase 1 session (2-6 November 2020) held on 2020-11-12";
    /// A session's local time in a meeting without an offset.
    LocalTimeWithoutOffset = "consistency.local_time_without_offset", Warning,
        "A session's local clock time (`local_start`, `local_end`) is read in its meeting's `utc_offset`; without one it cannot be placed in UTC or compared.",
        "a session with `local_start` 2018-11-13T16:30 in a meeting without `utc_offset`";
    /// A local time that is not the instant the slot's start or end gives.
    LocalTimeMismatch = "consistency.local_time_mismatch", Error,
        "A session's local time, read in its meeting's `utc_offset`, is the same instant as its `start` (or `end`) where both are given.",
        "`local_start` 2018-11-13T16:30 in a meeting at +01:00, with `start` 2018-11-13T16:30:00Z";
    /// A session type the phase does not admit.
    SessionTypeInPhase = "consistency.session_type_in_phase", Error,
        "A session's type is one its phase admits, where the phase lists the types it admits.",
        "a workshop in 2020's phase 1, which admitted pre-events, DC sessions, Open Forums and the like";
    /// A session code whose prefix is not its type's.
    CodeType = "consistency.code_type", Warning,
        "A session code's label matches the session's type (WS or Workshop for workshops, OF or Open Forum for Open Forums, Pre-event or Day 0 Event for Day 0 events, Town Hall, Lightning Talk, Networking Session, Launch / Award Event and the other labels the IGF prints).",
        "an Open Forum coded `\"WS #31\"`";
    /// A reference to a track the meeting does not have.
    UnknownTrack = "reference.unknown_track", Error,
        "A session's, figure's or commitment's track is one of its meeting's tracks.",
        "a 2020 session in track `\"Security\"` (2020's tracks were Data, Environment, Inclusion, Trust)";
    /// A reference to a phase the meeting does not have.
    UnknownPhase = "reference.unknown_phase", Error,
        "A session's or figure's phase is one of its meeting's phases.",
        "a session in phase 3 of a two-phase meeting";
    /// A commitment whose session does not exist.
    UnknownSession = "reference.unknown_session", Error,
        "A commitment's meeting is in the dataset and its session is one of that meeting's sessions.",
        "a commitment made in `\"WS #999\"` when the meeting has no such session";
    /// A Roadmap activity that does not resolve.
    UnresolvedActivity = "reference.unresolved_activity", Error,
        "The activities a Roadmap or Global Digital Compact mapping names, and the activity that held a session, resolve to records of the dataset when they are Dynamic Coalitions, Best Practice Forums, policy networks, MAG working groups, NRIs or the Leadership Panel: by name, acronym, other or former name, or the leading words of exactly one name.",
        "a mapping naming `\"Dynamic Coalition on Quantum Ethics\"` with no such coalition";
    /// Two sessions with one code in a meeting.
    DuplicateSessionCode = "reference.duplicate_session_code", Error,
        "No two sessions of a meeting share a numbered code.",
        "two 2020 sessions coded `\"WS #72\"`";
    /// Two records of one entity.
    DuplicateRecord = "reference.duplicate_record", Error,
        "No two meetings share a year; no two Dynamic Coalitions, NRIs, BPFs, policy networks or MAGs of a year share a name or acronym; no two documents of the bibliography share an id.",
        "two Dynamic Coalitions both named `\"Core Internet Values\"`";
    /// A citation of a document the bibliography does not list.
    UnknownDocument = "reference.unknown_document", Error,
        "A source cites a document of its dataset's bibliography (`documents`), by id.",
        "a source `{\"document\": \"igf-2020-summary\"}` in a dataset whose documents are `igf-2020-report` and `igf-2020-phase-1-summary`";
    /// A dataset builds on a reference dataset the crate does not embed.
    UnknownBasis = "reference.unknown_basis", Error,
        "A dataset builds on (`builds_on`) reference datasets the crate embeds, by file name.",
        "`\"builds_on\": [{\"reference\": \"igf2030.json\"}]`";
    /// A session code whose label the crate does not know.
    UnknownCodeLabel = "shape.unknown_code_label", Warning,
        "A session code's label (the words before its number) is one the IGF has printed and this crate knows; a newer label is kept as written but reported.",
        "a session coded `\"Fireside Chat #3\"`";
    /// A late short report.
    ShortReportLate = "deadline.short_report", Warning,
        "A short session report is submitted within 12 hours of the session's end (IGF 2020's call for voluntary commitments and its session report guidance).",
        "a short report submitted 20 hours after its session ended";
    /// A late detailed report.
    DetailedReportLate = "deadline.detailed_report", Warning,
        "A detailed session report is submitted within two weeks of the session (IGF 2020's session report guidance).",
        "a detailed report submitted 20 days after its session";
    /// A total that is not the sum of its breakdown.
    BreakdownSum = "figure.breakdown_sum", Warning,
        "An exact total equals the sum of its complete breakdown's counts, per dimension.",
        "295 sessions broken down into types that add up to 244 (The IGF 2020 Report, \"IGF 2020 by the numbers\")";
    /// A percentage that does not follow from its count.
    PercentMismatch = "figure.percent_mismatch", Warning,
        "A breakdown's percentage equals count / total, within one unit of the last decimal the source printed (allowing for rounding or truncation).",
        "906 of 5218 published as 15%";
    /// A count that differs from the records listed.
    CountVersusItems = "figure.count_vs_items", Warning,
        "A figure that counts a kind of record (Dynamic Coalitions, BPFs, MAG working groups, policy networks) equals the number of such records the dataset lists as active that year (a policy network by its cycles, or from its first year when it lists none), where the list claims to be complete for that year (`coverage`); a sample is not compared.",
        "\"23 active Dynamic Coalitions\" with 22 coalitions listed in a list covered as complete for 2020";
    /// Two sources that state one value differently.
    SourcesDisagree = "sources.disagree", Warning,
        "A statement of a member gives the value the record adopts (or, where it adopts none, the first statement's), and two publications of one figure (a statement of its value, or a figure of the same measure, scope and date) allow a common value: exact values are equal, inexact ones (\"more than 3000\", \"about 2000\", \"between 50 and 55\") overlap in the range they allow (\"about\": within 10%); exact breakdown counts are equal. A misprint is not compared.",
        "a meeting starting 2019-11-25 (UN DESA) stated to start on 2019-11-26 by a press page; 6,149 registrations in one section and 6,150 in another (The IGF 2020 Report)";
    /// A statement of a member the record cannot state.
    StatementUnknownMember = "statement.unknown_member", Error,
        "A statement states a member of its record: not its note, statements or source, nor a member that holds records of their own (which carry their own statements).",
        "a meeting's statement of member \"start\"";
    /// A statement whose value does not read as its member.
    StatementValueType = "statement.value_type", Error,
        "A statement's value reads as the member it states, as the record's own member would (a date for `start_date`, a year for `founded`).",
        "a statement of `start_date` with the value \"late November\"";
    /// Coverage of a list the record does not have.
    UnknownList = "reference.unknown_list", Error,
        "A coverage entry names a list of the record that holds it.",
        "a meeting's coverage of list \"workshops\"";
    /// A part's figure larger than the whole's.
    PartExceedsWhole = "figure.part_exceeds_whole", Warning,
        "An exact figure for a phase is not larger than the same exact figure for the whole meeting, in total or in any breakdown category.",
        "71 village booths in phase 1 but 70 for the whole meeting";
}

/// The rule catalogue as a Markdown table: code, severity, what it checks,
/// and a failing example. The crate docs include `docs/rules.md`, which a
/// test keeps identical to this output.
///
/// ```
/// let table = igf_model::validate::catalogue_markdown();
/// assert!(table.contains("| `shape.blank_text` | error |"));
/// ```
pub fn catalogue_markdown() -> String {
    let mut out = String::from(
        "| code | severity | what it checks | failing example |\n| --- | --- | --- | --- |\n",
    );
    for rule in Rule::ALL.iter().copied() {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            rule.code(),
            rule.severity(),
            rule.checks(),
            rule.failing_example()
        ));
    }
    out
}
