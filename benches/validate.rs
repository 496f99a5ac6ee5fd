//! Loading and validating a large generated dataset, next to plain
//! serde_json deserialisation of the same bytes (the baseline).
//!
//! `cargo bench --bench validate` runs it and prints, for each size, the
//! ratio of (load + validate) and of validate alone to the baseline.

use std::hint::black_box;
use std::time::Duration;

use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{BenchmarkId, Criterion, Throughput};
use igf_model::*;

/// A dataset of `n` sessions and `n` commitments over ten meetings, each
/// commitment naming an existing session and track.
fn generate(n: usize) -> Dataset {
    let source = Source::new("generated for the benchmark").with_section("1");
    let tracks = ["Data", "Environment", "Inclusion", "Trust"];
    let mut dataset = Dataset::new();
    let per_meeting = n / 10;
    for m in 0..10u16 {
        let year = Year::new(2010 + m).unwrap();
        let mut meeting = Meeting::new(year, source.clone());
        meeting.edition = Some(year.get() - 2005);
        meeting.start_date = NaiveDate::from_ymd_opt(i32::from(year.get()), 11, 2);
        meeting.end_date = NaiveDate::from_ymd_opt(i32::from(year.get()), 11, 17);
        meeting.tracks = tracks.iter().map(|t| Track::new(*t)).collect();
        for i in 0..per_meeting {
            let mut s = Session::new(
                format!("Session {i} of {year}"),
                SessionType::Workshop,
                source.clone(),
            );
            s.code = Some(format!("WS #{}", i + 1).parse().unwrap());
            s.track = Some(tracks[i % 4].into());
            let start = Utc
                .with_ymd_and_hms(i32::from(year.get()), 11, 3 + (i % 10) as u32, 9, 0, 0)
                .unwrap();
            s.time_slot = Some(TimeSlot::new(start, start + chrono::Duration::minutes(90)));
            let mut report = SessionReport::new();
            report.kind = Some(ReportKind::Short);
            report.submitted_at = Some(start + chrono::Duration::hours(3));
            report
                .key_takeaways
                .push("A key takeaway of the session.".into());
            s.reports.push(report);
            meeting.sessions.push(s);
        }
        dataset.meetings.push(meeting);
    }
    for i in 0..n {
        let year = Year::new(2010 + (i % 10) as u16).unwrap();
        let mut c = Commitment::new(
            year,
            Pledger::person_of_organisation(format!("Person {i}"), "An organisation"),
            "pledged to continue the work through to the next IGF.",
            source.clone(),
        );
        c.session = Some(SessionRef::code(
            format!("WS #{}", (i / 10) % per_meeting + 1)
                .parse()
                .unwrap(),
        ));
        c.track = Some(tracks[(i / 10) % per_meeting % 4].into());
        dataset.commitments.push(c);
    }
    dataset
}

fn bench(c: &mut Criterion, sizes: &[usize]) {
    let mut group = c.benchmark_group("igf");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8))
        .warm_up_time(Duration::from_secs(1));
    for &n in sizes {
        let dataset = generate(n);
        assert!(
            validate::validate(&dataset).is_empty(),
            "the generated dataset is valid"
        );
        let bytes = serde_json::to_vec(&dataset).unwrap();
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("serde_json_baseline", n),
            &bytes,
            |b, bytes| b.iter(|| black_box(serde_json::from_slice::<Dataset>(bytes).unwrap())),
        );
        group.bench_with_input(
            BenchmarkId::new("load_and_validate", n),
            &bytes,
            |b, bytes| {
                b.iter(|| {
                    let d = load::from_slice(bytes).unwrap();
                    black_box(validate::validate(&d))
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("validate_only", n), &dataset, |b, d| {
            b.iter(|| black_box(validate::validate(d)))
        });
    }
    group.finish();
}

/// The mean of a benchmark as criterion saved it, in nanoseconds.
fn mean_ns(name: &str, n: usize) -> Option<f64> {
    let path = format!(
        "{}/target/criterion/igf/{name}/{n}/new/estimates.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v["mean"]["point_estimate"].as_f64()
}

fn main() {
    let sizes = [10_000, 100_000];
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c, &sizes);
    c.final_summary();
    for n in sizes {
        if let (Some(base), Some(full), Some(val)) = (
            mean_ns("serde_json_baseline", n),
            mean_ns("load_and_validate", n),
            mean_ns("validate_only", n),
        ) {
            println!(
                "{n} sessions + {n} commitments: serde_json {:.1} ms; load+validate {:.1} ms ({:.2}x the baseline); validate alone {:.1} ms ({:.2}x)",
                base / 1e6,
                full / 1e6,
                full / base,
                val / 1e6,
                val / base
            );
        }
    }
}
