//! Proptest strategies for every type of the model, built from outside the
//! crate the way a user builds records: `new(...)`, then public fields.
//!
//! Each strategy takes a [`Mode`]: how often it mixes in edge cases
//! ([`Edges`]), and how many elements a collection inside a record may have.
//!
//! - [`Edges::Tame`]: edge cases that the validator's `shape.*` rules accept
//!   (unicode and very long text, leap seconds, counts up to `i64::MAX`,
//!   floats, extension members with any JSON, phase and edition 0, unknown
//!   references) at their usual rates; edge cases that break a shape rule
//!   (blank text, years outside the IGF's life, ends before starts,
//!   negative counts, percentages out of range, bad links, values of open
//!   lists the crate does not know) never. So that whole datasets still
//!   reach the schema check.
//! - [`Edges::Realistic`]: every edge case, at rates that keep single
//!   records often free of `shape.*` findings.
//! - [`Edges::Absurd`]: also values no source would publish: time slots at
//!   `DateTime::<Utc>::MIN_UTC`/`MAX_UTC`, dates at `NaiveDate::MIN`/`MAX`,
//!   non-finite percentages, the extremes of every integer, empty text
//!   everywhere. Only for "validate never panics": such values need not
//!   serialise to data the crate can read back.
//!
//! Generation is the cost of these tests in the debug profile, so the
//! strategies avoid regex-based string strategies and recursion.
#![allow(dead_code)]

use std::fmt::Debug;
use std::ops::RangeInclusive;

use igf_model::chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use igf_model::serde_json::{Map, Number, Value};
use igf_model::*;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;

/// How often edge cases are mixed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edges {
    /// Only the edge cases the `shape.*` rules accept.
    Tame,
    /// Every edge case, at low rates.
    Realistic,
    /// Also values no source would publish.
    Absurd,
}

/// How values are generated: the edge cases, and the largest number of
/// elements of a collection inside a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mode {
    pub edges: Edges,
    pub max_items: usize,
}

impl Mode {
    pub const TAME: Mode = Mode {
        edges: Edges::Tame,
        max_items: 3,
    };
    pub const REALISTIC: Mode = Mode {
        edges: Edges::Realistic,
        max_items: 3,
    };
    pub const ABSURD: Mode = Mode {
        edges: Edges::Absurd,
        max_items: 3,
    };

    /// The same edge cases, with at most one element in each collection: for
    /// records nested in a dataset, which holds up to two of each (the
    /// records on their own are generated with larger collections).
    pub fn nested(self) -> Mode {
        Mode {
            max_items: 1,
            ..self
        }
    }

    /// The weight of an arm that breaks a `shape.*` rule, against arms of
    /// total weight about 100.
    fn shape_breaking(self) -> u32 {
        match self.edges {
            Edges::Tame => 0,
            Edges::Realistic => 2,
            Edges::Absurd => 30,
        }
    }

    fn items<T: Debug + Clone + 'static>(self, s: S<T>) -> S<Vec<T>> {
        vec(s, 0..=self.max_items).boxed()
    }

    fn few<T: Debug + Clone + 'static>(self, s: S<T>) -> S<Vec<T>> {
        vec(s, 0..=self.max_items.min(2)).boxed()
    }
}

type S<T> = BoxedStrategy<T>;

fn maybe<T: Debug + Clone + 'static>(s: S<T>) -> S<Option<T>> {
    option::weighted(0.6, s).boxed()
}

fn rarely<T: Debug + Clone + 'static>(s: S<T>) -> S<Option<T>> {
    option::weighted(0.25, s).boxed()
}

/// `prop_oneof!` over weighted arms, leaving out arms of weight 0.
fn weighted<T: Debug + 'static>(arms: Vec<(u32, S<T>)>) -> S<T> {
    let arms: Vec<(u32, S<T>)> = arms.into_iter().filter(|(w, _)| *w > 0).collect();
    proptest::strategy::Union::new_weighted(arms).boxed()
}

// ---- text ----------------------------------------------------------------

const WORDS: &[&str] = &[
    "Internet",
    "Governance",
    "Forum",
    "IGF",
    "Data",
    "Trust",
    "Inclusion",
    "Environment",
    "digital",
    "cooperation",
    "human",
    "resilience",
    "and",
    "solidarity",
    "Dynamic",
    "Coalition",
    "on",
    "the",
    "Youth",
    "Berlin",
    "Katowice",
    "UN",
    "DESA",
    "WS",
    "#72",
    "2020",
    "(PNMA)",
    "&",
    "São",
    "Paulo",
    "Genève",
    "Zürich",
    "Ñandú",
    "l'Internet",
    "O’Brien",
    "Москва",
    "北京",
    "インターネット",
    "مرحبا",
    "हिन्दी",
    "Ελλάδα",
    "😀",
    "🌍🌱",
    "—",
    "“quoted”",
    "a\\b",
    "\"q\"",
    "x/y~z",
    "zero\u{200b}width",
];

/// One to four words, joined by single spaces: never blank.
pub fn phrase() -> S<String> {
    vec(select(WORDS), 1..=4).prop_map(|w| w.join(" ")).boxed()
}

/// Text that is blank: empty or white space only (Unicode white space too).
pub fn blank() -> S<String> {
    select(
        &[
            "", " ", "   ", "\t", "\n", " \r\n ", "\u{a0}", "\u{3000}", "\u{2003}", "\u{85}",
        ][..],
    )
    .prop_map(str::to_owned)
    .boxed()
}

/// A string of `len` characters drawn from `set`.
pub fn chars_from(set: &str, len: RangeInclusive<usize>) -> S<String> {
    let set: Vec<char> = set.chars().collect();
    vec(select(set), len)
        .prop_map(|cs| cs.into_iter().collect())
        .boxed()
}

const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ALNUM: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const DIGITS: &str = "0123456789";

/// A short string of any characters: control characters, white space,
/// unassigned and private-use code points, astral planes.
pub fn any_string(len: RangeInclusive<usize>) -> S<String> {
    vec(any::<char>(), len)
        .prop_map(|chars| chars.into_iter().collect())
        .boxed()
}

/// Very long text: a character or a phrase repeated to 1,000-4,000 characters.
pub fn long_text() -> S<String> {
    (
        1000usize..4000,
        prop_oneof![
            select(&["a", "é", "語", "🌍", "a b"][..]).prop_map(str::to_owned),
            phrase().prop_map(|p| p + " "),
        ],
    )
        .prop_map(|(chars, piece)| piece.repeat((chars / piece.chars().count()).max(1)))
        .boxed()
}

/// Free text: mostly phrases, sometimes any characters at all or very long
/// text; blank text breaks a shape rule.
pub fn text(mode: Mode) -> S<String> {
    let not_blank = |s: S<String>| s.prop_filter("not blank", |s| !s.trim().is_empty()).boxed();
    match mode.edges {
        Edges::Absurd => prop_oneof![
            3 => Just(String::new()),
            2 => blank(),
            3 => phrase(),
            1 => any_string(0..=24),
            1 => long_text(),
        ]
        .boxed(),
        _ => weighted(vec![
            (88, phrase()),
            (8, not_blank(any_string(1..=16))),
            (1, long_text()),
            (mode.shape_breaking(), blank()),
        ]),
    }
}

/// An http(s) link; a malformed one breaks a shape rule.
pub fn link(mode: Mode) -> S<String> {
    let good = (
        select(&["https://", "http://"][..]),
        select(
            &[
                "www.intgovforum.org",
                "intgovforum.org",
                "www.un.org",
                "例え.jp",
                "127.0.0.1:8080",
            ][..],
        ),
        vec(
            select(
                &[
                    "multilingual",
                    "content",
                    "igf-2020",
                    "ws-72",
                    "%20",
                    "é",
                    "~x",
                    "10387",
                    "a\u{200b}b",
                ][..],
            ),
            0..4,
        ),
        select(&["", "?page=2", "#top"][..]),
    )
        .prop_map(|(scheme, host, path, query)| {
            let path: String = path.iter().map(|p| format!("/{p}")).collect();
            format!("{scheme}{host}{path}{query}")
        })
        .boxed();
    let bad = select(
        &[
            "intgovforum.org",
            "www.intgovforum.org/multilingual",
            "https://",
            "http://",
            "ftp://intgovforum.org",
            "https://www.intgov forum.org",
            "https://a\u{a0}b",
            "https://a\tb",
            "https://a\nb",
            " https://www.un.org",
            "HTTPS://WWW.UN.ORG",
            "",
        ][..],
    )
    .prop_map(str::to_owned)
    .boxed();
    weighted(vec![(96, good), (mode.shape_breaking() * 2, bad)])
}

// ---- extension members ---------------------------------------------------

/// A JSON scalar, with finite numbers.
fn json_scalar() -> S<Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter_map("finite", Number::from_f64)
            .prop_map(Value::Number),
        phrase().prop_map(Value::String),
        any_string(0..=8).prop_map(Value::String),
    ]
    .boxed()
}

/// Any JSON value, nested up to two levels, with finite numbers.
pub fn json_value() -> S<Value> {
    let object = |v: S<Value>| {
        vec((any_string(0..=6), v), 0..3)
            .prop_map(|members| Value::Object(members.into_iter().collect::<Map<_, _>>()))
    };
    let inner = prop_oneof![
        3 => json_scalar(),
        1 => vec(json_scalar(), 0..3).prop_map(Value::Array),
        1 => object(json_scalar()),
    ]
    .boxed();
    prop_oneof![
        3 => json_scalar(),
        1 => vec(inner.clone(), 0..3).prop_map(Value::Array),
        1 => object(inner),
    ]
    .boxed()
}

/// The name of an extension member: `x-` and anything.
pub fn extension_name() -> S<String> {
    prop_oneof![
        4 => chars_from("abcxyz09-_", 1..=10).prop_map(|s| format!("x-{s}")),
        1 => any_string(0..=8).prop_map(|s| format!("x-{s}")),
    ]
    .boxed()
}

/// A record's extension members: mostly none, sometimes one to three.
pub fn extensions() -> S<Extensions> {
    prop_oneof![
        9 => Just(Extensions::new()),
        1 => vec((extension_name(), json_value()), 1..=3)
            .prop_map(|members| members.into_iter().collect::<Extensions>()),
    ]
    .boxed()
}

// ---- years, dates, instants ----------------------------------------------

/// A four-digit calendar year as a number: mostly 2006-2030; years outside
/// the IGF's life (2006-2100) break a shape rule.
pub fn year_number(mode: Mode) -> S<u16> {
    weighted(vec![
        (90, (2006u16..=2030).boxed()),
        (5, select(&[2006u16, 2100][..]).boxed()),
        (mode.shape_breaking() * 2, (1000u16..=9999).boxed()),
        (
            mode.shape_breaking(),
            select(&[1000u16, 1999, 2005, 2101, 9999][..]).boxed(),
        ),
    ])
}

pub fn year(mode: Mode) -> S<Year> {
    year_number(mode)
        .prop_map(|y| Year::new(y).expect("four digits"))
        .boxed()
}

/// A date with a four-digit year: for dates the validator does not bound,
/// mostly 2006-2030 but anywhere from 1000 to 9999 (in absurd mode also
/// chrono's extremes).
pub fn date(mode: Mode) -> S<NaiveDate> {
    let years = prop_oneof![
        9 => 2006i32..=2030,
        1 => 1000i32..=9999,
        1 => select(&[1000i32, 9999][..]),
    ];
    let normal = (years, 1u32..=366)
        .prop_filter_map("the day exists", |(y, ordinal)| {
            NaiveDate::from_yo_opt(y, ordinal)
        })
        .boxed();
    match mode.edges {
        Edges::Absurd => prop_oneof![
            4 => normal,
            1 => select(&[NaiveDate::MIN, NaiveDate::MAX][..]),
        ]
        .boxed(),
        _ => normal,
    }
}

/// The last instant with a four-digit year.
fn last_four_digit_instant() -> DateTime<Utc> {
    NaiveDate::from_ymd_opt(9999, 12, 31)
        .unwrap()
        .and_hms_nano_opt(23, 59, 59, 999_999_999)
        .unwrap()
        .and_utc()
}

/// An instant with a four-digit year: whole seconds, milliseconds or
/// nanoseconds, sometimes a leap second (in absurd mode also `MIN_UTC` and
/// `MAX_UTC`).
pub fn instant(mode: Mode) -> S<DateTime<Utc>> {
    let day = date(Mode {
        edges: Edges::Tame,
        ..mode
    });
    let nanos = prop_oneof![
        8 => Just(0u32),
        1 => (0u32..1000).prop_map(|ms| ms * 1_000_000),
        1 => 0u32..1_000_000_000,
    ];
    let normal = (day.clone(), 0u32..86_400, nanos)
        .prop_map(|(d, secs, nanos)| {
            NaiveDateTime::new(
                d,
                NaiveTime::from_num_seconds_from_midnight_opt(secs, nanos).unwrap(),
            )
            .and_utc()
        })
        .boxed();
    // chrono keeps a leap second as second 59 with 1e9 nanoseconds or more.
    let leap = (day, 0u32..1440, 0u32..1_000_000_000)
        .prop_map(|(d, minute, nanos)| {
            NaiveDateTime::new(
                d,
                NaiveTime::from_num_seconds_from_midnight_opt(
                    minute * 60 + 59,
                    1_000_000_000 + nanos,
                )
                .unwrap(),
            )
            .and_utc()
        })
        .boxed();
    match mode.edges {
        Edges::Absurd => prop_oneof![
            4 => normal,
            1 => leap,
            2 => select(&[DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC][..]),
        ]
        .boxed(),
        _ => prop_oneof![50 => normal, 1 => leap].boxed(),
    }
}

/// A start and an end, mostly in order and close together; an end before
/// its start breaks a shape rule.
fn ordered<T: Debug + Clone + 'static>(
    mode: Mode,
    point: S<T>,
    after: impl Fn(&T, i64) -> Option<T> + 'static,
    max_gap: i64,
) -> S<(T, T)> {
    let close = (point.clone(), 0..max_gap)
        .prop_map(move |(start, gap)| {
            let end = after(&start, gap).unwrap_or_else(|| start.clone());
            (start, end)
        })
        .boxed();
    weighted(vec![
        (96, close),
        (mode.shape_breaking() * 2, (point.clone(), point).boxed()),
    ])
}

pub fn date_pair(mode: Mode) -> S<(NaiveDate, NaiveDate)> {
    ordered(
        mode,
        date(mode),
        |start, days| {
            start
                .checked_add_signed(Duration::days(days))
                .filter(|d| d.year() <= 9999)
        },
        30,
    )
}

/// A time slot, mostly in order and a few hours long.
pub fn time_slot(mode: Mode) -> S<TimeSlot> {
    let absurd = mode.edges == Edges::Absurd;
    let pair = ordered(
        mode,
        instant(mode),
        move |start, secs| {
            start
                .checked_add_signed(Duration::seconds(secs))
                .filter(|end| absurd || *end <= last_four_digit_instant())
        },
        6 * 3600,
    );
    let pair = (pair, extensions())
        .prop_map(|((start, end), ext)| {
            let mut slot = TimeSlot::new(start, end);
            slot.extensions = ext;
            slot
        })
        .boxed();
    let offset = prop_oneof![Just(0i32), Just(3 * 3600), Just(9 * 3600), Just(-5 * 3600)];
    prop_oneof![
        6 => (pair, offset).prop_map(|(mut slot, secs)| {
            if let Some(zone) = chrono::FixedOffset::east_opt(secs) {
                slot.start = slot.start.map(|t| t.with_timezone(&zone));
                slot.end = slot.end.map(|t| t.with_timezone(&zone));
            }
            slot
        }),
        1 => (maybe(date(mode)), maybe(prop_oneof![Just(0u8), 1u8..=5].boxed()), maybe(text(mode)))
            .prop_map(|(date, day, shown)| {
                let mut slot = TimeSlot::default();
                slot.date = date;
                slot.day = day;
                slot.as_published = shown;
                slot
            }),
    ]
    .boxed()
}

// ---- numbers ---------------------------------------------------------------

/// A breakdown count: mostly small, sometimes up to `i64::MAX`; a negative
/// count breaks a shape rule.
pub fn count(mode: Mode) -> S<i64> {
    match mode.edges {
        Edges::Absurd => prop_oneof![
            any::<i64>(),
            select(&[0i64, -1, i64::MAX, i64::MIN, i64::MIN + 1][..]),
        ]
        .boxed(),
        _ => weighted(vec![
            (85, (0i64..10_000).boxed()),
            (8, (0i64..=i64::MAX).boxed()),
            (
                5,
                select(&[0i64, 1, i64::MAX, i64::MAX - 1, 1 << 53, (1 << 53) + 1][..]).boxed(),
            ),
            (mode.shape_breaking(), (i64::MIN..0).boxed()),
        ]),
    }
}

/// A percentage: mostly 0-100 with one decimal; one out of range breaks a
/// shape rule (in absurd mode also non-finite).
pub fn percent(mode: Mode) -> S<f64> {
    let in_range = prop_oneof![
        3 => (0u32..=1000).prop_map(|tenths| f64::from(tenths) / 10.0),
        1 => 0.0f64..=100.0,
        1 => select(&[0.0, -0.0, 100.0, f64::MIN_POSITIVE, 5e-324, 99.999_999_999_999_99][..]),
    ]
    .boxed();
    let out = prop_oneof![
        select(&[100.000_000_000_001, -0.1, 140.0, 1e300, -1e300, f64::MAX][..]),
        any::<f64>().prop_filter("finite, out of range", |f| f.is_finite()
            && !(0.0..=100.0).contains(f)),
    ]
    .boxed();
    match mode.edges {
        Edges::Absurd => prop_oneof![
            in_range,
            out,
            select(&[f64::NAN, f64::INFINITY, f64::NEG_INFINITY][..]),
        ]
        .boxed(),
        _ => weighted(vec![(96, in_range), (mode.shape_breaking() * 2, out)]),
    }
}

/// A figure's value: integers and finite floats, mostly small; a negative
/// value, or a float of 2^53 or more, breaks a shape rule.
pub fn figure_value(mode: Mode) -> S<Number> {
    let float = |s: S<f64>| s.prop_filter_map("finite", Number::from_f64).boxed();
    let fine = prop_oneof![
        45 => (0u64..1_000_000).prop_map(Number::from),
        5 => any::<u64>().prop_map(Number::from),
        5 => (0i64..=i64::MAX).prop_map(Number::from),
        20 => float((0.0f64..1_000_000.0).boxed()),
        10 => float((0u32..100_000).prop_map(f64::from).boxed()),
        5 => float(select(&[0.0, -0.0, 9_007_199_254_740_991.0, 5e-324, 0.1][..]).boxed()),
    ]
    .boxed();
    let breaking = prop_oneof![
        any::<i64>().prop_filter_map("negative", |n| (n < 0).then(|| Number::from(n))),
        float(any::<f64>().boxed()),
        float(select(&[9_007_199_254_740_992.0, 1e300, -1.5, f64::MAX, f64::MIN][..]).boxed()),
    ]
    .boxed();
    match mode.edges {
        Edges::Absurd => prop_oneof![
            fine,
            breaking,
            select(vec![Number::from(u64::MAX), Number::from(i64::MIN)]),
        ]
        .boxed(),
        _ => weighted(vec![(95, fine), (mode.shape_breaking() * 2, breaking)]),
    }
}

/// A phase number: mostly 1-3, sometimes 0 (which no shape rule catches) or
/// anything.
pub fn phase_number(mode: Mode) -> S<u8> {
    match mode.edges {
        Edges::Absurd => prop_oneof![any::<u8>(), select(&[0u8, u8::MAX][..])].boxed(),
        _ => prop_oneof![90 => 1u8..=3, 5 => any::<u8>(), 5 => Just(0u8)].boxed(),
    }
}

// ---- checked identifiers -----------------------------------------------------

/// A session code: a label the IGF printed (or other words, or any text,
/// which loads too), then optionally ` #N` or a space and a number.
pub fn session_code() -> S<SessionCode> {
    let words = (
        chars_from(ALNUM, 1..=8),
        vec(
            (select(&[" ", "-", " / "][..]), chars_from(ALNUM, 1..=8)),
            0..3,
        ),
    )
        .prop_map(|(first, rest)| {
            let mut p = first;
            for (sep, word) in rest {
                p.push_str(sep);
                p.push_str(&word);
            }
            p
        });
    let label = prop_oneof![
        4 => select(&[
            "WS",
            "OF",
            "Open Forum",
            "Pre-event",
            "Day 0 Event",
            "Town Hall",
            "Lightning Talk",
            "Networking Session",
            "Launch / Award Event",
            "PT Session",
            "DC Session",
            "NRIs Collaborative Session",
            "High-Level Leaders Session",
            "BPF",
            "Main Session",
        ][..])
        .prop_map(str::to_owned),
        2 => words,
        1 => any_string(0..=12),
    ];
    let number = prop_oneof![
        3 => Just(None),
        6 => (1u64..1000).prop_map(|n| Some(format!(" #{n}"))),
        1 => (1u64..1000).prop_map(|n| Some(format!(" {n}"))),
        1 => (1u8..=9, chars_from(DIGITS, 0..=40))
            .prop_map(|(first, rest)| Some(format!(" #{first}{rest}"))),
    ];
    (label, number)
        .prop_map(|(label, number)| SessionCode::new(label + &number.unwrap_or_default()))
        .boxed()
}

/// Letters and digits in runs joined by single hyphens, after `head`.
fn hyphen_runs(head: S<String>, first: RangeInclusive<usize>) -> S<String> {
    (
        head,
        chars_from(ALNUM, first),
        vec(chars_from(ALNUM, 1..=6), 0..=3),
    )
        .prop_map(|(head, first, runs)| {
            let mut a = head + &first;
            for run in runs {
                a.push('-');
                a.push_str(&run);
            }
            a
        })
        .boxed()
}

/// A Dynamic Coalition acronym that parses.
pub fn dc_acronym() -> S<DcAcronym> {
    prop_oneof![
        select(
            &[
                "DC-ISSS",
                "DC-Blockchain",
                "DC3",
                "YCIG",
                "IS3C",
                "DC-Children",
                "DC-CIV",
                "DC-Digital Economy",
                "DC-Connecting the Unconnected"
            ][..]
        )
        .prop_map(str::to_owned),
        hyphen_runs(chars_from(UPPER, 1..=1), 0..=7),
        any_string(1..=12),
    ]
    .prop_map(DcAcronym::new)
    .boxed()
}

/// A MAG working group acronym that parses.
pub fn wg_acronym() -> S<WgAcronym> {
    prop_oneof![
        select(
            &[
                "WG-OE",
                "WG-WSP",
                "WG-Language",
                "WG-Strategy",
                "WG-IMP",
                "WG-FUN"
            ][..]
        )
        .prop_map(str::to_owned),
        hyphen_runs(Just("WG-".to_owned()).boxed(), 1..=10),
    ]
    .prop_map(WgAcronym::new)
    .boxed()
}

// ---- enums -----------------------------------------------------------------

/// Values of an open list the crate does not know (a known name in another
/// case, blank, anything).
fn unknown_names(examples: &'static [&'static str]) -> S<String> {
    prop_oneof![
        select(examples).prop_map(str::to_owned),
        chars_from("abcdefghijklmnopqrstuvwxyz_", 1..=16),
        any_string(0..=12),
    ]
    .boxed()
}

/// A session type: mostly known; `Other` breaks a shape rule (a warning).
pub fn session_type(mode: Mode) -> S<SessionType> {
    let known: Vec<SessionType> = SessionType::known().collect();
    weighted(vec![
        (96, select(known).boxed()),
        (
            mode.shape_breaking() * 2,
            unknown_names(&["town_hall", "lightning_talk", "Workshop", "open forum", ""])
                .prop_map(|s| s.parse::<SessionType>().unwrap())
                .boxed(),
        ),
    ])
}

/// A figure measure: mostly known; `Other` breaks a shape rule (a warning).
pub fn measure(mode: Mode) -> S<Measure> {
    let known: Vec<Measure> = Measure::known().collect();
    weighted(vec![
        (96, select(known).boxed()),
        (
            mode.shape_breaking() * 2,
            unknown_names(&[
                "tweets_per_contributor",
                "participants_onsite",
                "Registrations",
                "",
            ])
            .prop_map(|s| s.parse::<Measure>().unwrap())
            .boxed(),
        ),
    ])
}

/// A known value of an open list (the crate's lists of values are all open;
/// unknown values are generated where a test wants them).
fn closed<T: Clone + Debug + 'static>(all: &'static [T]) -> S<T> {
    select(all).boxed()
}

// ---- records -----------------------------------------------------------------

pub fn source(mode: Mode) -> S<Source> {
    (
        prop_oneof![
            4 => select(&[
                "The IGF 2020 Report",
                "IGF input to the CSTD report on WSIS implementation in 2019",
                "Compilation: IGF 2020 Voluntary Commitments",
                "The Internet Governance Forum's role in the Global Digital Compact",
            ][..]).prop_map(str::to_owned),
            1 => text(mode),
        ],
        rarely(text(mode)),
        rarely(link(mode)),
        extensions(),
    )
        .prop_map(|(document, section, link, ext)| {
            let mut s = Source::new(document);
            s.section = section;
            s.link = link.map(Into::into);
            s.extensions = ext;
            s
        })
        .boxed()
}

pub fn host(mode: Mode) -> S<Host> {
    (
        prop_oneof![
            (text(mode), maybe(text(mode)))
                .prop_map(|(country, city)| Host::government(country, city)),
            text(mode).prop_map(Host::united_nations),
        ],
        extensions(),
    )
        .prop_map(|(mut host, ext)| {
            match &mut host {
                Host::Government { extensions, .. } | Host::UnitedNations { extensions, .. } => {
                    *extensions = ext
                }
                _ => unreachable!("a host of a kind this test does not know"),
            }
            host
        })
        .boxed()
}

pub fn phase(mode: Mode) -> S<Phase> {
    (
        phase_number(mode),
        rarely(text(mode)),
        date_pair(mode),
        vec(session_type(mode), 0..=2),
        rarely(source(mode)),
        extensions(),
    )
        .prop_map(|(number, name, (start, end), types, source, ext)| {
            let mut p = Phase::new(number, start, end);
            p.name = name;
            p.session_types = types;
            p.source = source;
            p.extensions = ext;
            p
        })
        .boxed()
}

pub fn track(mode: Mode) -> S<Track> {
    (
        prop_oneof![
            3 => select(&["Data", "Environment", "Inclusion", "Trust", "digital cooperation"][..])
                .prop_map(str::to_owned),
            1 => text(mode),
        ],
        any::<bool>(),
        rarely(text(mode)),
        mode.few(text(mode)),
        rarely(source(mode)),
        extensions(),
    )
        .prop_map(|(name, informal, narrative, questions, source, ext)| {
            let mut t = Track::new(name);
            t.informal = informal;
            t.narrative = narrative;
            t.policy_questions = questions;
            t.source = source;
            t.extensions = ext;
            t
        })
        .boxed()
}

pub fn organiser(mode: Mode) -> S<Organiser> {
    (
        text(mode),
        maybe(closed(StakeholderGroup::ALL)),
        maybe(closed(UnRegionalGroup::ALL)),
        extensions(),
    )
        .prop_map(|(name, group, region, ext)| {
            let mut o = Organiser::new(name);
            o.stakeholder_group = group;
            o.region = region;
            o.extensions = ext;
            o
        })
        .boxed()
}

pub fn session_report(mode: Mode) -> S<SessionReport> {
    (
        maybe(closed(ReportKind::ALL)),
        maybe(instant(mode)),
        mode.few(text(mode)),
        mode.few(text(mode)),
        rarely(text(mode)),
        rarely(source(mode)),
        extensions(),
    )
        .prop_map(
            |(kind, submitted, takeaways, recommendations, vc, source, ext)| {
                let mut r = SessionReport::new();
                r.kind = kind;
                r.submitted_at = submitted;
                r.key_takeaways = takeaways;
                r.policy_recommendations = recommendations;
                r.voluntary_commitments = vc;
                r.source = source;
                r.extensions = ext;
                r
            },
        )
        .boxed()
}

pub fn session(mode: Mode) -> S<Session> {
    (
        (
            maybe(session_code()),
            text(mode),
            session_type(mode),
            maybe(text(mode)),
        ),
        (
            maybe(phase_number(mode)),
            maybe(time_slot(mode)),
            maybe(closed(SessionFormat::ALL)),
        ),
        (
            vec(organiser(mode), 0..=2),
            rarely(link(mode)),
            vec(session_report(mode), 0..=1),
            source(mode),
            extensions(),
        ),
        (
            maybe(text(mode)),
            vec(person(mode), 0..=2),
            rarely(vec(activity_ref(mode), 1..=2).boxed()),
            maybe(text(mode)),
        ),
    )
        .prop_map(
            |(
                (code, title, ty, track),
                (phase, slot, format),
                (orgs, link, reports, source, ext),
                (room, people, held_by, second_track),
            )| {
                let mut s = Session::new(title, ty, source);
                s.code = code;
                s.tracks = track.into_iter().chain(second_track).collect();
                s.room = room;
                s.people = people;
                s.held_by = held_by.unwrap_or_default();
                s.phase = phase;
                s.time_slot = slot;
                s.format = format;
                s.organisers = orgs;
                s.link = link.map(Into::into);
                s.reports = reports;
                s.extensions = ext;
                s
            },
        )
        .boxed()
}

/// A breakdown share. The category is mostly a wire name the crate knows
/// for the dimension; an unknown one for a stakeholder group or session type
/// breaks a shape rule (a warning).
pub fn person(mode: Mode) -> S<Person> {
    (
        text(mode),
        maybe(closed(PersonRole::ALL)),
        maybe(text(mode)),
        maybe(closed(StakeholderGroup::ALL)),
        maybe(closed(Participation::ALL)),
        extensions(),
    )
        .prop_map(|(name, role, org, group, participation, ext)| {
            let mut p = Person::new(name);
            p.role = role;
            p.organisation = org;
            p.stakeholder_group = group;
            p.participation = participation;
            p.extensions = ext;
            p
        })
        .boxed()
}

pub fn share(mode: Mode) -> S<Share> {
    let stakeholder: Vec<String> = StakeholderGroup::NAMES
        .iter()
        .map(|s| s.to_string())
        .collect();
    let types: Vec<String> = SessionType::known().map(|t| t.to_string()).collect();
    let any_category = prop_oneof![
        select(stakeholder.clone()),
        select(types.clone()),
        text(mode)
    ]
    .boxed();
    let dimension_and_category = prop_oneof![
        2 => select(stakeholder).prop_map(|c| (Dimension::StakeholderGroup, c)),
        1 => select(types).prop_map(|c| (Dimension::SessionType, c)),
        2 => (closed(Dimension::ALL), any_category.clone()).prop_filter(
            "a category the validator accepts for the dimension",
            move |(d, c)| mode.edges != Edges::Tame
                || !matches!(d, Dimension::StakeholderGroup | Dimension::SessionType)
                || c.parse::<StakeholderGroup>().is_ok()
                || c.parse::<SessionType>().is_ok_and(|t| t.is_known())
        ),
    ];
    (
        dimension_and_category,
        rarely(text(mode)),
        option::weighted(0.7, count(mode)),
        maybe(percent(mode)),
        extensions(),
    )
        .prop_map(|((dimension, category), label, count, percent, ext)| {
            let mut s = Share::new(dimension, category);
            s.label = label;
            s.count = count;
            s.percent = percent;
            s.extensions = ext;
            s
        })
        .boxed()
}

pub fn figure(mode: Mode) -> S<Figure> {
    (
        (
            measure(mode),
            rarely(phase_number(mode)),
            rarely(text(mode)),
            rarely(year(mode)),
        ),
        (
            option::weighted(0.8, figure_value(mode)),
            rarely(closed(Qualifier::ALL)),
            rarely(text(mode)),
            rarely(closed(Counted::ALL)),
        ),
        (
            mode.items(share(mode)),
            any::<bool>(),
            source(mode),
            extensions(),
        ),
    )
        .prop_map(
            |(
                (measure, phase, track, as_of),
                (value, qualifier, published, counts),
                (breakdown, partial, source, ext),
            )| {
                let mut f = Figure::new(measure, source);
                f.phase = phase;
                f.track = track;
                f.as_of_year = as_of;
                f.value = value;
                f.qualifier = qualifier;
                f.as_published = published;
                f.counts = counts;
                f.breakdown = breakdown;
                f.partial_breakdown = partial;
                f.extensions = ext;
                f
            },
        )
        .boxed()
}

pub fn message_set(mode: Mode) -> S<MessageSet> {
    (
        text(mode),
        rarely(text(mode)),
        rarely(closed(LeadersTrackTheme::ALL)),
        mode.few(text(mode)),
        source(mode),
        extensions(),
    )
        .prop_map(|(heading, track, theme, messages, source, ext)| {
            let mut m = MessageSet::new(heading, source);
            m.track = track;
            m.leaders_track_theme = theme;
            m.messages = messages;
            m.extensions = ext;
            m
        })
        .boxed()
}

/// How a meeting's edition is chosen: absent, the year's own, or any number
/// (0 among them, which no shape rule catches).
#[derive(Debug, Clone, Copy)]
enum EditionChoice {
    Absent,
    Own,
    Given(u16),
}

fn edition(mode: Mode) -> S<EditionChoice> {
    let anything = match mode.edges {
        Edges::Absurd => select(&[0u16, u16::MAX][..]).boxed(),
        _ => prop_oneof![any::<u16>(), Just(0u16)].boxed(),
    };
    prop_oneof![
        3 => Just(EditionChoice::Absent),
        6 => Just(EditionChoice::Own),
        1 => anything.prop_map(EditionChoice::Given),
    ]
    .boxed()
}

/// A meeting's dates: mostly both or neither, sometimes only one.
fn meeting_dates(mode: Mode) -> S<(Option<NaiveDate>, Option<NaiveDate>)> {
    prop_oneof![
        6 => date_pair(mode).prop_map(|(start, end)| (Some(start), Some(end))),
        3 => Just((None, None)),
        1 => (maybe(date(mode)), maybe(date(mode))),
    ]
    .boxed()
}

pub fn meeting(mode: Mode) -> S<Meeting> {
    (
        (
            year(mode),
            source(mode),
            edition(mode),
            maybe(text(mode)),
            vec(host(mode), 0..=2),
            maybe(closed(MeetingFormat::ALL)),
            meeting_dates(mode),
        ),
        (
            mode.few(phase(mode)),
            mode.items(track(mode)),
            mode.items(session(mode)),
            mode.items(figure(mode)),
            mode.few(message_set(mode)),
        ),
        (
            vec(closed(WsisActionLine::ALL), 0..=3),
            extensions(),
            maybe(date(mode)),
        ),
    )
        .prop_map(
            |(
                (year, source, edition, theme, host, format, dates),
                (phases, tracks, sessions, figures, messages),
                (lines, ext, day_zero),
            )| {
                let mut m = Meeting::new(year, source);
                m.edition = match edition {
                    EditionChoice::Absent => None,
                    EditionChoice::Own => year.get().checked_sub(2005),
                    EditionChoice::Given(n) => Some(n),
                };
                m.theme = theme;
                m.hosts = host;
                m.day_zero = day_zero;
                m.format = format;
                (m.start_date, m.end_date) = dates;
                m.phases = phases;
                m.tracks = tracks;
                m.sessions = sessions;
                m.figures = figures;
                m.messages = messages;
                m.wsis_action_lines = lines;
                m.extensions = ext;
                m
            },
        )
        .boxed()
}

pub fn dc_standards() -> S<DcStandards> {
    (any::<[bool; 3]>(), extensions())
        .prop_map(|([a, m, l], ext)| {
            let mut s = DcStandards::all();
            s.open_archives = a;
            s.open_membership = m;
            s.open_mailing_lists = l;
            s.extensions = ext;
            s
        })
        .boxed()
}

pub fn dynamic_coalition(mode: Mode) -> S<DynamicCoalition> {
    (
        (
            text(mode),
            maybe(dc_acronym()),
            maybe(link(mode)),
            maybe(closed(DcStatus::ALL)),
        ),
        (
            mode.items(year(mode)),
            mode.few(text(mode)),
            maybe(dc_standards()),
            source(mode),
            extensions(),
        ),
    )
        .prop_map(
            |((name, acronym, web, status), (active, former, standards, source, ext))| {
                let mut dc = DynamicCoalition::new(name, source);
                dc.acronym = acronym;
                dc.web_page = web.map(Into::into);
                dc.status = status;
                dc.active_in = active;
                dc.former_acronyms = former.iter().take(1).map(|n| format!("{n}-A")).collect();
                dc.other_names = former
                    .iter()
                    .map(|n| OtherName::former(n.as_str()))
                    .collect();
                dc.standards = standards;
                dc.extensions = ext;
                dc
            },
        )
        .boxed()
}

pub fn nri_meeting(mode: Mode) -> S<NriMeeting> {
    (
        year(mode),
        maybe(closed(MeetingFormat::ALL)),
        rarely(source(mode)),
        extensions(),
    )
        .prop_map(|(year, format, source, ext)| {
            let mut m = NriMeeting::new(year);
            m.format = format;
            m.source = source;
            m.extensions = ext;
            m
        })
        .boxed()
}

pub fn nri(mode: Mode) -> S<Nri> {
    (
        text(mode),
        vec(closed(NriKind::ALL), 0..=2),
        maybe(text(mode)),
        maybe(any::<bool>().boxed()),
        mode.items(nri_meeting(mode)),
        source(mode),
        extensions(),
    )
        .prop_map(|(name, kind, region, recognised, meetings, source, ext)| {
            let mut n = Nri::new(name, source);
            n.kinds = kind;
            n.country_or_region = region;
            n.recognised = recognised;
            n.meetings = meetings;
            n.extensions = ext;
            n
        })
        .boxed()
}

pub fn bpf_output(mode: Mode) -> S<BpfOutput> {
    (
        closed(OutputKind::ALL),
        text(mode),
        maybe(link(mode)),
        maybe(date(mode)),
        rarely(source(mode)),
        extensions(),
    )
        .prop_map(|(kind, title, link, date, source, ext)| {
            let mut o = BpfOutput::new(kind, title);
            o.link = link.map(Into::into);
            o.date = date;
            o.source = source;
            o.extensions = ext;
            o
        })
        .boxed()
}

pub fn bpf_cycle(mode: Mode) -> S<BpfCycle> {
    (
        year(mode),
        maybe(text(mode)),
        rarely(link(mode)),
        mode.few(bpf_output(mode)),
        rarely(source(mode)),
        extensions(),
    )
        .prop_map(|(year, topic, home, outputs, source, ext)| {
            let mut c = BpfCycle::new(year);
            c.topic = topic;
            c.home_page = home.map(Into::into);
            c.outputs = outputs;
            c.source = source;
            c.extensions = ext;
            c
        })
        .boxed()
}

pub fn best_practice_forum(mode: Mode) -> S<BestPracticeForum> {
    (
        text(mode),
        mode.few(text(mode)),
        maybe(link(mode)),
        mode.items(bpf_cycle(mode)),
        source(mode),
        extensions(),
    )
        .prop_map(|(name, others, home, cycles, source, ext)| {
            let mut b = BestPracticeForum::new(name, source);
            b.other_names = others.iter().map(|n| OtherName::from(n.as_str())).collect();
            b.home_page = home.map(Into::into);
            b.cycles = cycles;
            b.extensions = ext;
            b
        })
        .boxed()
}

pub fn policy_network(mode: Mode) -> S<PolicyNetwork> {
    (
        text(mode),
        maybe(text(mode)),
        maybe(text(mode)),
        maybe(year(mode)),
        source(mode),
        extensions(),
        mode.few(bpf_cycle(mode)),
    )
        .prop_map(|(name, acronym, topic, since, source, ext, cycles)| {
            let mut p = PolicyNetwork::new(name, source);
            p.cycles = cycles;
            p.acronym = acronym;
            p.topic = topic;
            p.since = since;
            p.extensions = ext;
            p
        })
        .boxed()
}

pub fn working_group(mode: Mode) -> S<WorkingGroup> {
    (
        maybe(wg_acronym()),
        text(mode),
        maybe(link(mode)),
        rarely(source(mode)),
        extensions(),
    )
        .prop_map(|(acronym, name, link, source, ext)| {
            let mut wg = WorkingGroup::new(name);
            wg.acronym = acronym;
            wg.link = link.map(Into::into);
            wg.source = source;
            wg.extensions = ext;
            wg
        })
        .boxed()
}

pub fn mag(mode: Mode) -> S<Mag> {
    (
        year(mode),
        maybe(text(mode)),
        mode.items(working_group(mode)),
        source(mode),
        extensions(),
    )
        .prop_map(|(year, chair, groups, source, ext)| {
            let mut m = Mag::new(year, source);
            m.chair = chair;
            m.working_groups = groups;
            m.extensions = ext;
            m
        })
        .boxed()
}

/// A pledger of every kind, with extension members.
pub fn pledger(mode: Mode) -> S<Pledger> {
    (
        prop_oneof![
            text(mode).prop_map(Pledger::person),
            text(mode).prop_map(Pledger::organisation),
            (text(mode), text(mode)).prop_map(|(n, o)| Pledger::person_of_organisation(n, o)),
            text(mode).prop_map(Pledger::collective),
            Just(Pledger::unattributed()),
        ],
        extensions(),
    )
        .prop_map(|(mut p, ext)| {
            match &mut p {
                Pledger::Person { extensions, .. }
                | Pledger::Organisation { extensions, .. }
                | Pledger::PersonOfOrganisation { extensions, .. }
                | Pledger::Collective { extensions, .. }
                | Pledger::Unattributed { extensions, .. } => *extensions = ext,
                _ => unreachable!("a pledger of a kind this test does not know"),
            }
            p
        })
        .boxed()
}

/// A session reference: by code, by code and title, by title, or neither.
pub fn session_ref(mode: Mode) -> S<SessionRef> {
    (maybe(session_code()), maybe(text(mode)), extensions())
        .prop_map(|(code, title, ext)| {
            let mut r = match code {
                Some(code) => SessionRef::code(code),
                None => SessionRef::titled(None, ""),
            };
            r.title = title;
            r.extensions = ext;
            r
        })
        .boxed()
}

pub fn commitment(mode: Mode) -> S<Commitment> {
    (
        (year(mode), pledger(mode), text(mode), source(mode)),
        (
            maybe(session_ref(mode)),
            maybe(text(mode)),
            closed(CommitmentKind::ALL),
            maybe(closed(TimeFrame::ALL)),
            vec(closed(RoadmapArea::ALL), 0..=3),
            extensions(),
        ),
    )
        .prop_map(
            |((year, pledger, text, source), (session, track, kind, frame, areas, ext))| {
                let mut c = Commitment::new(year, pledger, text, source);
                c.session = session;
                c.track = track;
                c.kind = kind;
                c.time_frame = frame;
                c.roadmap_areas = areas;
                c.extensions = ext;
                c
            },
        )
        .boxed()
}

pub fn activity_ref(mode: Mode) -> S<ActivityRef> {
    (
        closed(ActivityKind::ALL),
        text(mode),
        rarely(text(mode)),
        extensions(),
    )
        .prop_map(|(kind, name, note, ext)| {
            let mut a = ActivityRef::new(kind, name);
            a.note = note;
            a.extensions = ext;
            a
        })
        .boxed()
}

pub fn roadmap_mapping(mode: Mode) -> S<RoadmapMapping> {
    (
        closed(RoadmapArea::ALL),
        maybe(link(mode)),
        mode.few(text(mode)),
        mode.items(activity_ref(mode)),
        mode.few(text(mode)),
        source(mode),
        extensions(),
    )
        .prop_map(|(area, link, activities, igf, comments, source, ext)| {
            let mut r = RoadmapMapping::new(area, source);
            r.roadmap_link = link.map(Into::into);
            r.roadmap_activities = activities;
            r.igf_activities = igf;
            r.comments = comments;
            r.extensions = ext;
            r
        })
        .boxed()
}

/// A format version: mostly the current one, sometimes older or newer,
/// rarely with parts anywhere in `u16`.
pub fn format_version() -> S<FormatVersion> {
    prop_oneof![
        80 => Just(FormatVersion::CURRENT),
        8 => Just(FormatVersion::UNVERSIONED),
        10 => (0u16..3, 0u16..12).prop_map(|(major, minor)| FormatVersion::new(major, minor)),
        2 => (any::<u16>(), any::<u16>())
            .prop_map(|(major, minor)| FormatVersion::new(major, minor)),
    ]
    .boxed()
}

fn up_to_two<T: Debug + Clone + 'static>(s: S<T>) -> S<Vec<T>> {
    vec(s, 0..=2).boxed()
}

/// A dataset of up to two records of each kind, with smaller collections
/// inside them.
pub fn dataset(mode: Mode) -> S<Dataset> {
    let inner = mode.nested();
    (
        (
            rarely(
                prop_oneof![
                    select(&["../schemas/igf.schema.json", "urn:igf-model:schema:0.2:igf"][..])
                        .prop_map(str::to_owned),
                    text(mode),
                ]
                .boxed(),
            ),
            format_version(),
            maybe(text(mode)),
            extensions(),
        ),
        (
            up_to_two(meeting(inner)),
            up_to_two(dynamic_coalition(inner)),
            up_to_two(nri(inner)),
            up_to_two(best_practice_forum(inner)),
        ),
        (
            up_to_two(policy_network(inner)),
            up_to_two(mag(inner)),
            up_to_two(commitment(inner)),
            up_to_two(roadmap_mapping(inner)),
        ),
        (
            vec(document(inner), 0..=4),
            up_to_two(leadership_panel(inner)),
            up_to_two(parliamentary_event(inner)),
        ),
    )
        .prop_map(
            |(
                (schema, version, description, ext),
                (meetings, dcs, nris, bpfs),
                (pns, mags, commitments, mappings),
                (documents, panels, events),
            )| {
                let mut d = Dataset::new();
                d.schema = schema;
                d.format_version = version;
                d.description = description;
                d.extensions = ext;
                d.meetings = meetings;
                d.dynamic_coalitions = dcs;
                d.nris = nris;
                d.best_practice_forums = bpfs;
                d.policy_networks = pns;
                d.mags = mags;
                d.commitments = commitments;
                d.roadmap_mappings = mappings;
                d.documents = documents;
                d.leadership_panels = panels;
                d.parliamentary_track = events;
                d
            },
        )
        .boxed()
}

pub fn document(mode: Mode) -> S<Document> {
    (
        (
            prop_oneof![
                4 => select(&[
                    "igf-2020-report",
                    "igf-cstd-2019-submission",
                    "igf-2020-voluntary-commitments-v1",
                    "mag-chair-letter-2021",
                ][..]).prop_map(str::to_owned),
                1 => text(mode),
            ],
            text(mode),
            maybe(text(mode)),
            maybe(date(mode)),
        ),
        (
            maybe(year(mode)),
            maybe(text(mode)),
            rarely(link(mode)),
            rarely(link(mode)),
            extensions(),
        ),
    )
        .prop_map(
            |((id, title, issuer, date), (year, as_of, link, page, ext))| {
                let mut d = Document::new(id, title);
                d.issuer = issuer;
                d.date = date;
                d.year = year;
                d.as_of = as_of;
                d.link = link.map(Into::into);
                d.web_page = page.map(Into::into);
                d.extensions = ext;
                d
            },
        )
        .boxed()
}

pub fn leadership_panel(mode: Mode) -> S<LeadershipPanel> {
    let member = (
        text(mode),
        maybe(closed(PanelRole::ALL)),
        maybe(year(mode)),
        maybe(year(mode)),
    )
        .prop_map(|(name, role, from, to)| {
            let mut m = PanelMember::new(name);
            m.role = role;
            m.from = from;
            m.to = to;
            m
        });
    (
        maybe(date(mode)),
        vec(member, 0..=3),
        mode.few(bpf_output(mode)),
        source(mode),
        extensions(),
    )
        .prop_map(|(appointed, members, outputs, source, ext)| {
            let mut p = LeadershipPanel::new(source);
            p.appointed = appointed;
            p.members = members;
            p.outputs = outputs;
            p.extensions = ext;
            p
        })
        .boxed()
}

pub fn parliamentary_event(mode: Mode) -> S<ParliamentaryEvent> {
    (
        year(mode),
        text(mode),
        maybe(text(mode)),
        date_pair(mode),
        mode.few(text(mode)),
        mode.few(bpf_output(mode)),
        source(mode),
    )
        .prop_map(
            |(year, title, at, (start, end), organisers, outputs, source)| {
                let mut e = ParliamentaryEvent::new(year, title, source);
                e.at = at;
                e.when.start_date = Some(start);
                e.when.end_date = Some(end);
                e.organisers = organisers;
                e.outputs = outputs;
                e
            },
        )
        .boxed()
}
