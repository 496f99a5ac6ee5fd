//! What reading and checking IGF data costs, next to a plain serde_json
//! typed parse of the same bytes (the baseline), measured in one run:
//!
//! - `typed_parse`: `serde_json::from_slice::<Dataset>` (the baseline);
//! - `load`: `igf_model::load::from_slice` (format upgrade included);
//! - `load_validate`: load, then every rule;
//! - `validate`: every rule on a dataset already in memory;
//! - `index`: building the lookup index the validator uses;
//! - `value_jsonschema`: the generic route — parse to `serde_json::Value`,
//!   check it against the committed schema with the `jsonschema` crate,
//!   then parse again into `Dataset` — which checks less than the crate does.
//!
//! Sizes: 10^3, 10^4 and 10^5 records (three quarters sessions, a quarter
//! commitments; see `support/generate.rs`); set `IGF_BENCH_MILLION=1` to add
//! 10^6. After criterion's report it prints, per size, each mean as a ratio
//! to the baseline, the cost per record, and the peak memory of a load as a
//! multiple of the document's size (counted by this binary's allocator).
//!
//! `cargo bench --bench validate`

#[path = "support/generate.rs"]
mod generate;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput};
use igf_model::{load, validate, Dataset};

/// Counts the bytes allocated now and at the peak.
struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = NOW.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        NOW.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The peak bytes allocated while `f` runs, beyond what was allocated before.
fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = NOW.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let out = f();
    (out, PEAK.load(Ordering::Relaxed) - before)
}

const STEPS: [&str; 6] = [
    "typed_parse",
    "load",
    "load_validate",
    "validate",
    "index",
    "value_jsonschema",
];

fn sizes() -> Vec<usize> {
    let mut sizes = vec![1_000, 10_000, 100_000];
    if std::env::var_os("IGF_BENCH_MILLION").is_some() {
        sizes.push(1_000_000);
    }
    sizes
}

fn bench(c: &mut Criterion, sizes: &[usize]) -> Vec<(usize, usize, usize)> {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../schemas/igf.schema.json")).unwrap();
    let checker = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let mut memory = Vec::new();
    let mut group = c.benchmark_group("igf");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(4))
        .warm_up_time(Duration::from_millis(500));
    for &n in sizes {
        let dataset = generate::generate(n);
        assert!(
            validate::validate(&dataset).is_empty(),
            "the generated data is valid"
        );
        let bytes = serde_json::to_vec(&dataset).unwrap();
        drop(dataset);
        let (loaded, peak) = peak_of(|| load::from_slice(&bytes).unwrap());
        memory.push((n, bytes.len(), peak));
        assert!(checker.is_valid(&serde_json::from_slice(&bytes).unwrap()));
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::new(STEPS[0], n), &bytes, |b, bytes| {
            b.iter(|| black_box(serde_json::from_slice::<Dataset>(bytes).unwrap()))
        });
        group.bench_with_input(BenchmarkId::new(STEPS[1], n), &bytes, |b, bytes| {
            b.iter(|| black_box(load::from_slice(bytes).unwrap()))
        });
        group.bench_with_input(BenchmarkId::new(STEPS[2], n), &bytes, |b, bytes| {
            b.iter(|| {
                let d = load::from_slice(bytes).unwrap();
                black_box(validate::validate(&d))
            })
        });
        group.bench_with_input(BenchmarkId::new(STEPS[3], n), &loaded, |b, d| {
            b.iter(|| black_box(validate::validate(d)))
        });
        group.bench_with_input(BenchmarkId::new(STEPS[4], n), &loaded, |b, d| {
            b.iter(|| black_box(igf_model::Index::build(d)))
        });
        group.bench_with_input(BenchmarkId::new(STEPS[5], n), &bytes, |b, bytes| {
            b.iter(|| {
                let value: serde_json::Value = serde_json::from_slice(bytes).unwrap();
                assert!(checker.is_valid(&value));
                black_box(serde_json::from_slice::<Dataset>(bytes).unwrap())
            })
        });
    }
    group.finish();
    memory
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
    let sizes = sizes();
    let mut c = Criterion::default().configure_from_args();
    let memory = bench(&mut c, &sizes);
    c.final_summary();
    println!(
        "\nratios to typed_parse (means of this run), cost per record, peak memory of a load:"
    );
    for (n, bytes, peak) in memory {
        let Some(base) = mean_ns(STEPS[0], n) else {
            continue;
        };
        let mut line = format!("{n:>9} records, {:>6.1} MB:", bytes as f64 / 1e6);
        for step in STEPS {
            if let Some(mean) = mean_ns(step, n) {
                line.push_str(&format!(" {step} {:.3}x", mean / base));
            }
        }
        if let Some(full) = mean_ns(STEPS[2], n) {
            if let Some(route) = mean_ns(STEPS[5], n) {
                line.push_str(&format!(
                    "; the route is {:.2}x load_validate",
                    route / full
                ));
            }
            line.push_str(&format!(
                "; load_validate {:.0} ns/record (typed_parse {:.0})",
                full / n as f64,
                base / n as f64
            ));
        }
        line.push_str(&format!(
            "; peak {:.2}x the document",
            peak as f64 / bytes as f64
        ));
        println!("{line}");
    }
}
