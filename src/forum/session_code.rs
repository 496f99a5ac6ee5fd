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
/// Any text loads and prints back exactly as read. The label and number
/// are found once, when the code is read: the number follows the last `#`
/// (spaces around it allowed), or, for a label the crate knows, a final
/// space (a number in digits, or in Roman numerals: `"High Level Panel V"`
/// is panel 5). Known labels are tied to their session types
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
    /// The label's length in bytes: `text[..label_len]` is the label.
    label_len: usize,
    number: Option<u64>,
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

/// The entry of a known label in `LABELS`.
fn label_at(label: &str) -> Option<u8> {
    LABELS
        .iter()
        .position(|(known, _)| known.eq_ignore_ascii_case(label))
        .and_then(|at| u8::try_from(at).ok())
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
        let (label_len, number) = Self::split(&text);
        let known = label_at(&text[..label_len]);
        SessionCode {
            text,
            label_len,
            number,
            known,
        }
    }

    /// Finds the label's end and the number.
    fn split(text: &str) -> (usize, Option<u64>) {
        let bytes = text.as_bytes();
        if let Some(at) = bytes.iter().rposition(|&b| b == b'#') {
            if let Some(n) = number_of(text[at + 1..].trim_start_matches(' ')) {
                return (text[..at].trim_end_matches(' ').len(), Some(n));
            }
        }
        if let Some(at) = bytes.iter().rposition(|&b| b == b' ') {
            let last = &text[at + 1..];
            if let Some(n) = number_of(last).or_else(|| roman(last)) {
                let label = text[..at].trim_end_matches(' ');
                if label_at(label).is_some() {
                    return (label.len(), Some(n));
                }
            }
        }
        (text.len(), None)
    }

    /// The code as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The label: the words before the number (`"WS"`, `"Open Forum"`,
    /// `"Launch / Award Event"`), or the whole code when it has no number.
    pub fn label(&self) -> &str {
        &self.text[..self.label_len]
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
        ];
        for (text, label, number) in cases {
            let code = SessionCode::new(text);
            assert_eq!((code.label(), code.number()), (label, number), "{text}");
            assert_eq!(code.to_string(), text);
        }
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
