//! What diagnosing a broken document costs: a generated dataset of about
//! 50 MB (`IGF_BENCH_DIAGNOSE_MB` to change it) whose last record has one
//! problem (a title that is a number), read with `load::from_slice`, which
//! fails and reports every problem with its pointer, line and column.
//!
//! Printed, measured in one run:
//!
//! - the peak memory of diagnosing the broken document, and of loading the
//!   same document unbroken, each as a multiple of the document's size
//!   (counted by this binary's allocator, which counts only then; the
//!   document itself is not counted, since the caller holds it);
//! - the time of the diagnosis as a ratio to a plain serde_json typed parse
//!   of the unbroken document (the baseline), the median (least-most) of
//!   interleaved rounds.
//!
//! Then criterion measures both at a tenth of the size, for its report.
//!
//! `cargo bench --bench diagnose` (`IGF_BENCH_ROUNDS=N` for N rounds; 5 by
//! default).

#[path = "support/generate.rs"]
mod generate;
#[path = "support/measure.rs"]
mod measure;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::Criterion;
use igf_model::{load, Dataset};
use measure::{median, peak_of};

/// A generated document of about `megabytes` MB, and the same document
/// with its last title written as a number.
fn documents(megabytes: usize) -> (Vec<u8>, Vec<u8>) {
    // The generator writes about 600 bytes a record.
    let mut records = megabytes * 1_000_000 / 600;
    loop {
        let valid = serde_json::to_vec(&generate::generate(records)).unwrap();
        if valid.len() >= megabytes * 1_000_000 || megabytes == 0 {
            let broken = break_last_title(&valid);
            return (valid, broken);
        }
        records += records / 10 + 1;
    }
}

fn break_last_title(valid: &[u8]) -> Vec<u8> {
    let text = std::str::from_utf8(valid).unwrap();
    let at = text.rfind(r#""title":""#).expect("a title");
    format!(
        "{}\"title\":7,\"x-title\":\"{}",
        &text[..at],
        &text[at + 9..]
    )
    .into_bytes()
}

fn diagnose(broken: &[u8]) -> usize {
    match load::from_slice(broken) {
        Ok(_) => panic!("the broken document loads"),
        Err(err) => err.problems().len(),
    }
}

fn main() {
    let megabytes = std::env::var("IGF_BENCH_DIAGNOSE_MB")
        .ok()
        .and_then(|m| m.parse().ok())
        .unwrap_or(50);
    let rounds = std::env::var("IGF_BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5usize);
    let (valid, broken) = documents(megabytes);
    let size = broken.len() as f64;

    let (problems, diagnose_peak) = peak_of(|| diagnose(&broken));
    assert_eq!(problems, 1, "one problem is planted");
    let (loaded, load_peak) = peak_of(|| load::from_slice(&valid).unwrap());
    drop(loaded);

    let mut ratios = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let start = Instant::now();
        drop(black_box(
            serde_json::from_slice::<Dataset>(&valid).unwrap(),
        ));
        let base = start.elapsed().as_secs_f64();
        let start = Instant::now();
        black_box(diagnose(&broken));
        ratios.push(start.elapsed().as_secs_f64() / base);
    }
    let least = ratios.iter().copied().fold(f64::MAX, f64::min);
    let most = ratios.iter().copied().fold(f64::MIN, f64::max);

    let small = documents(megabytes.div_ceil(10));
    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("diagnose");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    group.bench_function("typed_parse", |b| {
        b.iter(|| black_box(serde_json::from_slice::<Dataset>(&small.0).unwrap()))
    });
    group.bench_function("diagnose", |b| b.iter(|| black_box(diagnose(&small.1))));
    group.finish();
    c.final_summary();

    println!(
        "\na broken document of {:.1} MB (one problem, in its last record):",
        size / 1e6
    );
    println!(
        "    diagnosing it peaks at {:.2}x the document; loading it unbroken at {:.2}x",
        diagnose_peak as f64 / size,
        load_peak as f64 / valid.len() as f64
    );
    println!(
        "    diagnosing takes {:.2}x ({:.2}-{:.2}) a typed parse of the unbroken document, over {rounds} rounds",
        median(ratios),
        least,
        most
    );
}
