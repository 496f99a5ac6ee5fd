use crate::SessionType;

/// The code at the head of a session's title, as the programme prints it:
/// a label and, for most types, the number the Secretariat gave the
/// proposal. The IGF has printed many forms: `"WS #72"`, `"OF #31"` and
/// `"Pre-event #94"` (2020), `"Open Forum #27"`, `"Day 0 Event #178"`,
/// `"Town Hall #12"`, `"Lightning Talk #5"`, `"Networking Session #64"`
/// (2022-2025), `"Launch / Award Event #34"` (the IGF 2024 schedule),
/// `"PT Session 7"` (Parliamentary Track, 2024), `"High Level Panel V"`
/// (2023), and labels without a number: `"DC Session"`, `"NRIs
/// Collaborative Session"`, `"High-Level Leaders Session"`.
///
/// The earlier years printed more: `"WS173"` and `"OF16"` with no space,
/// `"(WS180)"` in brackets, bare workshop numbers (`"36"`), tags such as
/// `"[LIGHTNING SESSION]"`, `"LIGHTNING SESSION #12"` (2018), a year
/// prefix (`"IGF 2019 WS #341"`), `"WS 27"`, `"Workshop 146"`.
///
/// Any text loads and prints back exactly as read. The label and number
/// are found once, when the code is read. Brackets around the whole code
/// and an `"IGF 2019 "` prefix ([`SessionCode::year`]) are set aside;
/// then the number follows the last `#` (spaces around it allowed); or the
/// code is a number without a label: bare digits, or a third party's
/// numbering such as `"No. 27"` (label `""`); or, for a label the crate
/// knows, it follows a final space (a number in digits, or in Roman
/// numerals: `"High Level Panel V"` is panel 5) or directly follows the
/// label (`"WS173"`). Known labels match without regard to ASCII case and
/// spaces. Known labels are tied to their session types
/// ([`SessionCode::session_types`]); the validator warns about an unknown
/// label (`shape.unknown_code_label`) and about a label that does not fit
/// the session's type (`consistency.code_type`).
///
/// ```
/// use igf_model::{SessionCode, SessionType};
///
/// let code: SessionCode = "Launch / Award Event #34".into();
/// assert_eq!(code.label(), "Launch / Award Event");
/// assert_eq!(code.number(), Some(34));
/// assert_eq!(code.to_string(), "Launch / Award Event #34");
/// assert_eq!(code.session_types(), Some(&[SessionType::LaunchAward][..]));
///
/// let pt = SessionCode::new("PT Session 7");
/// assert_eq!((pt.label(), pt.number()), ("PT Session", Some(7)));
///
/// let dc = SessionCode::new("DC Session");
/// assert_eq!(dc.number(), None);
///
/// let newer = SessionCode::new("Fireside Chat #3");
/// assert_eq!(newer.label(), "Fireside Chat");
/// assert!(newer.session_types().is_none());
/// ```
#[derive(Debug, Clone)]
pub struct SessionCode {
    text: String,
    /// Where the label starts and ends in bytes: `text[label.0..label.1]`
    /// is the label.
    label: (usize, usize),
    number: Option<u64>,
    /// The meeting year of an `"IGF 2019 WS #341"` prefix.
    year: Option<u16>,
    /// The label's entry in `LABELS`, found once when the code is read.
    known: Option<u8>,
}

/// The labels the IGF has printed, each with the session types it codes
/// (matched without regard to ASCII case).
const LABELS: &[(&str, &[SessionType])] = &[
    ("WS", &[SessionType::Workshop]),
    ("Workshop", &[SessionType::Workshop]),
    ("OF", &[SessionType::OpenForum]),
    ("Open Forum", &[SessionType::OpenForum]),
    (
        "Pre-event",
        &[SessionType::PreEvent, SessionType::DayZeroEvent],
    ),
    (
        "Day 0 Event",
        &[SessionType::DayZeroEvent, SessionType::PreEvent],
    ),
    ("Day 0", &[SessionType::DayZeroEvent, SessionType::PreEvent]),
    ("Town Hall", &[SessionType::TownHall]),
    ("Lightning Talk", &[SessionType::LightningTalk]),
    ("Lightning Session", &[SessionType::LightningTalk]),
    ("Networking Session", &[SessionType::Networking]),
    ("Launch / Award Event", &[SessionType::LaunchAward]),
    ("Launch/Award Event", &[SessionType::LaunchAward]),
    ("DC Session", &[SessionType::DynamicCoalition]),
    ("BPF Session", &[SessionType::BestPracticeForum]),
    ("PN Session", &[SessionType::PolicyNetwork]),
    (
        "NRIs Collaborative Session",
        &[SessionType::NriCollaborative],
    ),
    (
        "NRI Collaborative Session",
        &[SessionType::NriCollaborative],
    ),
    ("NRIs Coordination Session", &[SessionType::NriCoordination]),
    (
        "High-Level Leaders Session",
        &[SessionType::HighLevelLeaders],
    ),
    (
        "High-Level Session",
        &[SessionType::HighLevel, SessionType::HighLevelLeaders],
    ),
    (
        "High Level Session",
        &[SessionType::HighLevel, SessionType::HighLevelLeaders],
    ),
    ("High Level Panel", &[SessionType::HighLevel]),
    ("High-Level Panel", &[SessionType::HighLevel]),
    ("PT Session", &[SessionType::ParliamentaryTrack]),
    ("Parliamentary Session", &[SessionType::ParliamentaryTrack]),
    ("Main Session", &[SessionType::Main]),
];

/// The entry of a known label in `LABELS`, matched without regard to
/// ASCII case and spaces (`"LIGHTNING SESSION"`, `"Launch/Award Event"`).
fn label_at(label: &str) -> Option<u8> {
    if label.is_empty() {
        return None;
    }
    LABELS
        .iter()
        .position(|(known, _)| same_label(known, label))
        .and_then(|at| u8::try_from(at).ok())
}

/// True when `a` and `b` are alike but for ASCII case and spaces.
fn same_label(a: &str, b: &str) -> bool {
    let mut a = a.bytes().filter(|b| !b.is_ascii_whitespace());
    let mut b = b.bytes().filter(|b| !b.is_ascii_whitespace());
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(&y) => {}
            _ => return false,
        }
    }
}

/// What reading a code finds.
struct Split {
    label: (usize, usize),
    number: Option<u64>,
    year: Option<u16>,
}

/// `"IGF 2019 "` at the head of a code with more after it: the year and
/// the prefix's length in bytes.
fn year_prefix(text: &str) -> Option<(u16, usize)> {
    let head = text.get(..4)?;
    let digits = text.get(4..8)?;
    let rest = text.get(8..)?;
    let after = rest.len() - rest.trim_start_matches(' ').len();
    (head.eq_ignore_ascii_case("IGF ")
        && digits.bytes().all(|b| b.is_ascii_digit())
        && after > 0
        && after < rest.len())
    .then(|| Some((digits.parse().ok()?, 8 + after)))
    .flatten()
}

/// A third party's numbering: `"No. 27"`, `"Nr 4"`.
fn numbered(text: &str) -> Option<u64> {
    ["No.", "Nr.", "No", "Nr"].iter().find_map(|marker| {
        let head = text.get(..marker.len())?;
        let rest = text.get(marker.len()..)?;
        if !head.eq_ignore_ascii_case(marker) {
            return None;
        }
        number_of(rest.trim_start_matches(' '))
    })
}

/// Digits only, without a leading zero (so the number prints back alike).
fn number_of(digits: &str) -> Option<u64> {
    let canonical = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    canonical.then(|| digits.parse().ok()).flatten()
}

/// The Roman numerals, largest first.
const ROMAN: [(u64, &str); 13] = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
];

/// The value of a Roman numeral written the canonical way (`"IV"`, not
/// `"IIII"`), from 1 to 3999.
fn roman(text: &str) -> Option<u64> {
    if text.is_empty() || text.len() > 15 {
        return None;
    }
    let mut rest = text;
    let mut value = 0;
    for (n, digits) in ROMAN {
        while let Some(after) = rest.strip_prefix(digits) {
            rest = after;
            value += n;
        }
    }
    // Canonical only: the value written back must be the text.
    (rest.is_empty() && value < 4000 && to_roman(value) == text).then_some(value)
}

/// `n` in canonical Roman numerals.
fn to_roman(mut n: u64) -> String {
    let mut out = String::new();
    for (value, digits) in ROMAN {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

impl SessionCode {
    /// The code, exactly as printed.
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let Split {
            label,
            number,
            year,
        } = Self::split(&text);
        let known = label_at(&text[label.0..label.1]);
        SessionCode {
            text,
            label,
            number,
            year,
            known,
        }
    }

    /// Finds the label's start and end, the number and a year prefix.
    fn split(text: &str) -> Split {
        let bytes = text.as_bytes();
        let (mut start, mut end) = (0, text.len());
        // A code in brackets: "(WS180)", "[LIGHTNING SESSION]".
        if let [first, .., last] = bytes {
            if matches!((first, last), (b'(', b')') | (b'[', b']')) {
                (start, end) = (1, text.len() - 1);
            }
        }
        while start < end && bytes[start] == b' ' {
            start += 1;
        }
        while end > start && bytes[end - 1] == b' ' {
            end -= 1;
        }
        let year = year_prefix(&text[start..end]).map(|(year, after)| {
            start += after;
            year
        });
        let inner = &text[start..end];
        let label_to = |len: usize, number| Split {
            label: (start, start + len),
            number,
            year,
        };
        // "WS #72", "#192": the number follows the last '#'.
        if let Some(at) = inner.rfind('#') {
            if let Some(n) = number_of(inner[at + 1..].trim_start_matches(' ')) {
                return label_to(inner[..at].trim_end_matches(' ').len(), Some(n));
            }
        }
        // A bare number ("36"), or a third party's numbering ("No. 27"):
        // a number without a label.
        if let Some(n) = number_of(inner).or_else(|| numbered(inner)) {
            return label_to(0, Some(n));
        }
        // "WS 27", "High Level Panel V": a known label, a space, a number.
        if let Some(at) = inner.rfind(' ') {
            let last = &inner[at + 1..];
            if let Some(n) = number_of(last).or_else(|| roman(last)) {
                let label = inner[..at].trim_end_matches(' ');
                if label_at(label).is_some() {
                    return label_to(label.len(), Some(n));
                }
            }
        }
        // "WS173", "OF16": a known label, then digits with no space.
        let digits_at = inner.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if digits_at < inner.len()
            && inner[..digits_at].ends_with(|c: char| c.is_ascii_alphabetic())
        {
            if let Some(n) = number_of(&inner[digits_at..]) {
                if label_at(&inner[..digits_at]).is_some() {
                    return label_to(digits_at, Some(n));
                }
            }
        }
        label_to(inner.len(), None)
    }

    /// The code as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The label: the words before the number (`"WS"`, `"Open Forum"`,
    /// `"Launch / Award Event"`), or the whole code when it has no number.
    pub fn label(&self) -> &str {
        &self.text[self.label.0..self.label.1]
    }

    /// The meeting year a code names before its label: 2019 for
    /// `"IGF 2019 WS #341"`.
    pub fn year(&self) -> Option<u16> {
        self.year
    }

    /// The label (an older name of [`SessionCode::label`]).
    pub fn prefix(&self) -> &str {
        self.label()
    }

    /// The number, if the code has one.
    pub fn number(&self) -> Option<u64> {
        self.number
    }

    /// True when the code has a number.
    pub fn is_numbered(&self) -> bool {
        self.number.is_some()
    }

    /// The session types the label codes, when the crate knows the label.
    pub fn session_types(&self) -> Option<&'static [SessionType]> {
        self.known.map(|at| LABELS[usize::from(at)].1)
    }

    /// Every label the crate knows, with the session types it codes.
    pub fn known_labels() -> impl Iterator<Item = (&'static str, &'static [SessionType])> {
        LABELS.iter().copied()
    }
}

impl PartialEq for SessionCode {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for SessionCode {}

impl std::hash::Hash for SessionCode {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.text.hash(state);
    }
}

impl PartialOrd for SessionCode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SessionCode {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.text.cmp(&other.text)
    }
}

impl std::str::FromStr for SessionCode {
    /// Never fails: any text is a code, judged by the validator.
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(SessionCode::new(s))
    }
}

impl From<&str> for SessionCode {
    fn from(s: &str) -> Self {
        SessionCode::new(s)
    }
}

impl From<String> for SessionCode {
    fn from(s: String) -> Self {
        SessionCode::new(s)
    }
}

impl std::fmt::Display for SessionCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl AsRef<str> for SessionCode {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl serde::Serialize for SessionCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> serde::Deserialize<'de> for SessionCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::wire::with_str(d, "a session code", |text| Ok(SessionCode::new(text)))
    }
}

impl schemars::JsonSchema for SessionCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SessionCode".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let labels: Vec<&str> = LABELS.iter().map(|(label, _)| *label).collect();
        schemars::json_schema!({
            "type": "string",
            "description": format!(
                "The code at the head of a session's title, exactly as printed: a label, then usually \" #\" and a number. Known labels: {}. Any text loads; the validator warns about an unknown label or one that does not fit the session's type.",
                labels.join(", ")
            ),
            "examples": ["WS #72", "Open Forum #27", "Launch / Award Event #34", "PT Session 7", "DC Session"],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_printed_form_splits_into_label_and_number() {
        let cases = [
            ("WS #72", "WS", Some(72)),
            ("OF #31", "OF", Some(31)),
            ("Open Forum #27", "Open Forum", Some(27)),
            ("Pre-event #94", "Pre-event", Some(94)),
            ("Day 0 Event #178", "Day 0 Event", Some(178)),
            ("Town Hall #12", "Town Hall", Some(12)),
            ("Lightning Talk #5", "Lightning Talk", Some(5)),
            ("Networking Session #64", "Networking Session", Some(64)),
            ("Launch / Award Event #34", "Launch / Award Event", Some(34)),
            ("PT Session 7", "PT Session", Some(7)),
            ("High Level Panel V", "High Level Panel", Some(5)),
            (
                "High-Level Leaders Session I",
                "High-Level Leaders Session",
                Some(1),
            ),
            ("Parliamentary session 4", "Parliamentary session", Some(4)),
            ("High Level Panel IIII", "High Level Panel IIII", None),
            ("Fireside Chat V", "Fireside Chat V", None),
            ("WS#207", "WS", Some(207)),
            ("DC Session", "DC Session", None),
            (
                "High-Level Leaders Session",
                "High-Level Leaders Session",
                None,
            ),
            ("Room 7", "Room 7", None),
            ("WS #07", "WS #07", None),
            ("", "", None),
            ("#192", "", Some(192)),
            ("No. 27", "", Some(27)),
            ("36", "", Some(36)),
            ("Nov 5", "Nov 5", None),
        ];
        for (text, label, number) in cases {
            let code = SessionCode::new(text);
            assert_eq!((code.label(), code.number()), (label, number), "{text}");
            assert_eq!(code.to_string(), text);
        }
    }

    /// The forms of 2006-2019: each splits, prints back as read, and its
    /// label codes the types the validator checks against.
    #[test]
    fn the_forms_of_2006_to_2019_split_and_print_back() {
        let ws = Some(&[SessionType::Workshop][..]);
        let of = Some(&[SessionType::OpenForum][..]);
        let lightning = Some(&[SessionType::LightningTalk][..]);
        // (as printed, label, number, year of the prefix, types of the label)
        type Case<'a> = (
            &'a str,
            &'a str,
            Option<u64>,
            Option<u16>,
            Option<&'a [SessionType]>,
        );
        let cases: [Case<'_>; 17] = [
            ("WS173", "WS", Some(173), None, ws),
            ("WS26", "WS", Some(26), None, ws),
            ("OF16", "OF", Some(16), None, of),
            ("OF10", "OF", Some(10), None, of),
            ("(WS180)", "WS", Some(180), None, ws),
            ("36", "", Some(36), None, None),
            (
                "[LIGHTNING SESSION]",
                "LIGHTNING SESSION",
                None,
                None,
                lightning,
            ),
            (
                "LIGHTNING SESSION #12",
                "LIGHTNING SESSION",
                Some(12),
                None,
                lightning,
            ),
            ("IGF 2019 WS #341", "WS", Some(341), Some(2019), ws),
            ("IGF 2018 OF #14", "OF", Some(14), Some(2018), of),
            ("WS 27", "WS", Some(27), None, ws),
            ("Workshop 146", "Workshop", Some(146), None, ws),
            ("workshop 12", "workshop", Some(12), None, ws),
            ("No. 27", "", Some(27), None, None),
            ("#192", "", Some(192), None, None),
            ("Open  Forum #3", "Open  Forum", Some(3), None, of),
            (
                "Launch/Award Event #2",
                "Launch/Award Event",
                Some(2),
                None,
                Some(&[SessionType::LaunchAward][..]),
            ),
        ];
        for (text, label, number, year, types) in cases {
            let code = SessionCode::new(text);
            assert_eq!(code.label(), label, "{text}");
            assert_eq!(code.number(), number, "{text}");
            assert_eq!(code.year(), year, "{text}");
            assert_eq!(code.session_types(), types, "{text}");
            assert_eq!(code.to_string(), text);
            assert_eq!(
                serde_json::to_string(&code).unwrap(),
                serde_json::to_string(text).unwrap()
            );
        }
        // Unknown labels are not split off digits: "Room7" is a label.
        assert_eq!(SessionCode::new("Room7").number(), None);
        // A bracket alone is kept whole.
        assert_eq!(SessionCode::new("(WS180").label(), "(WS180");
        // "IGF 2019" alone is not a prefix.
        assert_eq!(SessionCode::new("IGF 2019").year(), None);
    }

    #[test]
    fn labels_tie_to_types_without_regard_to_case() {
        assert_eq!(
            SessionCode::new("Day 0 Event #178").session_types(),
            Some(&[SessionType::DayZeroEvent, SessionType::PreEvent][..])
        );
        assert_eq!(
            SessionCode::new("open forum #3").session_types(),
            Some(&[SessionType::OpenForum][..])
        );
        assert!(SessionCode::new("Fireside Chat #1")
            .session_types()
            .is_none());
    }
}
