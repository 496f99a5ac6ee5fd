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
//!   then parse again into `Dataset` — which checks less than the crate does;
//! - `typed_parse_text`: `std::str::from_utf8`, then `serde_json::from_str`:
//!   the typed parse as `load` does it, checking UTF-8 once for the whole
//!   document rather than string by string (the route does it too).
//!
//! Sizes: 10^3, 10^4 and 10^5 records (three quarters sessions, a quarter
//! commitments; see `support/generate.rs`); set `IGF_BENCH_MILLION=1` to add
//! 10^6. First the steps are timed in interleaved rounds: each round runs
//! every step once at every size, starting at another step each time, so a
//! slow spell of a shared machine falls on all of them alike. Printed at
//! the end: each step's time as a ratio to the baseline's in the same round
//! (the median over the rounds, and the least and most), the route's to
//! load + validate's, the cost per record, and the peak memory of a load as
//! a multiple of the document's size (counted by this binary's allocator,
//! which counts only then). Then criterion measures each step at 10^3 to 10^5, for its
//! usual report and comparison with the previous run.
//!
//! `cargo bench --bench validate` (`IGF_BENCH_ROUNDS=N` for N rounds; 7 by
//! default, 3 at 10^6).

#[path = "support/generate.rs"]
mod generate;
#[path = "support/measure.rs"]
mod measure;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput};
use igf_model::{load, validate, Dataset};
use measure::{median, peak_of};

const STEPS: [&str; 7] = [
    "typed_parse",
    "load",
    "load_validate",
    "validate",
    "index",
    "value_jsonschema",
    "typed_parse_text",
];

fn sizes() -> Vec<usize> {
    let mut sizes = vec![1_000, 10_000, 100_000];
    if std::env::var_os("IGF_BENCH_MILLION").is_some() {
        sizes.push(1_000_000);
    }
    sizes
}

/// The route other languages' tools take: parse to a `Value`, check it
/// against the schema, parse again into the model. It checks UTF-8 once,
/// as `load` does, and parses text twice.
fn route(checker: &jsonschema::Validator, bytes: &[u8]) -> Dataset {
    let text = std::str::from_utf8(bytes).unwrap();
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    assert!(checker.is_valid(&value));
    serde_json::from_str::<Dataset>(text).unwrap()
}

/// Runs step `step` once on `bytes` (or the dataset `loaded` from them).
fn run(step: &str, bytes: &[u8], loaded: &Dataset, checker: &jsonschema::Validator) {
    match step {
        "typed_parse" => drop(black_box(serde_json::from_slice::<Dataset>(bytes).unwrap())),
        "load" => drop(black_box(load::from_slice(bytes).unwrap())),
        "load_validate" => {
            let d = load::from_slice(bytes).unwrap();
            black_box(validate::validate(&d));
        }
        "validate" => drop(black_box(validate::validate(loaded))),
        "index" => drop(black_box(igf_model::Index::build(loaded))),
        "value_jsonschema" => drop(black_box(route(checker, bytes))),
        "typed_parse_text" => {
            let text = std::str::from_utf8(bytes).unwrap();
            drop(black_box(serde_json::from_str::<Dataset>(text).unwrap()))
        }
        _ => unreachable!("every step is named in STEPS"),
    }
}

/// The data of one size: the document and the peak memory of loading it.
struct Input {
    records: usize,
    bytes: Vec<u8>,
    peak: usize,
}

fn input(records: usize, checker: &jsonschema::Validator) -> Input {
    let dataset = generate::generate(records);
    assert!(
        validate::validate(&dataset).is_empty(),
        "the generated data is valid"
    );
    let bytes = serde_json::to_vec(&dataset).unwrap();
    drop(dataset);
    let (loaded, peak) = peak_of(|| load::from_slice(&bytes).unwrap());
    drop(loaded);
    assert!(checker.is_valid(&serde_json::from_slice(&bytes).unwrap()));
    Input {
        records,
        bytes,
        peak,
    }
}

fn criterion_runs(c: &mut Criterion, input: &Input, checker: &jsonschema::Validator) {
    let loaded = load::from_slice(&input.bytes).unwrap();
    let mut group = c.benchmark_group("igf");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_millis(300))
        .throughput(Throughput::Bytes(input.bytes.len() as u64));
    for step in STEPS {
        group.bench_function(BenchmarkId::new(step, input.records), |b| {
            b.iter(|| run(step, &input.bytes, &loaded, checker))
        });
    }
    group.finish();
}

/// The time of each step at each size in each of the interleaved rounds
/// (`times[size][step][round]`): a round runs every step at every size
/// (sizes with fewer `rounds` drop out of the later rounds), so a slow
/// spell of a shared machine falls on all alike, and costs per record
/// compare across sizes too.
fn interleaved(
    inputs: &[Input],
    checker: &jsonschema::Validator,
    rounds: &[usize],
) -> Vec<Vec<Vec<f64>>> {
    let loaded: Vec<Dataset> = inputs
        .iter()
        .map(|input| load::from_slice(&input.bytes).unwrap())
        .collect();
    // Enough repetitions that one timing lasts about 50 ms.
    let reps: Vec<Vec<u32>> = inputs
        .iter()
        .zip(&loaded)
        .map(|(input, loaded)| {
            STEPS
                .iter()
                .map(|step| {
                    let t = Instant::now();
                    run(step, &input.bytes, loaded, checker);
                    let once = t.elapsed().as_secs_f64().max(1e-7);
                    (0.05 / once).ceil().clamp(1.0, 10_000.0) as u32
                })
                .collect()
        })
        .collect();
    let mut times: Vec<Vec<Vec<f64>>> = vec![vec![Vec::new(); STEPS.len()]; inputs.len()];
    let most = rounds.iter().copied().max().unwrap_or(0);
    for round in 0..most {
        for (i, input) in inputs.iter().enumerate() {
            if round >= rounds[i] {
                continue;
            }
            // Each round starts at another step, so no step always follows
            // the same one (and finds the allocator as that one left it).
            for k in (0..STEPS.len()).map(|k| (k + round) % STEPS.len()) {
                let t = Instant::now();
                for _ in 0..reps[i][k] {
                    run(STEPS[k], &input.bytes, &loaded[i], checker);
                }
                times[i][k].push(t.elapsed().as_secs_f64() / f64::from(reps[i][k]));
            }
        }
    }
    times
}

/// The ratio of step `a` to step `b` in each round, as its median and
/// range: the two ran in the same round, so a slow spell that falls on
/// both cancels out of their ratio.
struct Ratio {
    median: f64,
    least: f64,
    most: f64,
}

impl Ratio {
    fn of(a: &[f64], b: &[f64]) -> Ratio {
        let ratios: Vec<f64> = a.iter().zip(b).map(|(a, b)| a / b).collect();
        Ratio {
            least: ratios.iter().copied().fold(f64::MAX, f64::min),
            most: ratios.iter().copied().fold(f64::MIN, f64::max),
            median: median(ratios),
        }
    }
}

impl std::fmt::Display for Ratio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:.3}x ({:.3}-{:.3})",
            self.median, self.least, self.most
        )
    }
}

fn main() {
    let sizes = sizes();
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../schemas/igf.schema.json")).unwrap();
    let checker = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    // The interleaved rounds run first, at every size: criterion's own
    // work leaves the heap fragmented, which made a later 10^3 parse look
    // twice as dear per record as a 10^5 one.
    let inputs: Vec<Input> = sizes.iter().map(|&n| input(n, &checker)).collect();
    let rounds: Vec<usize> = sizes
        .iter()
        .map(|&n| {
            std::env::var("IGF_BENCH_ROUNDS")
                .ok()
                .and_then(|r| r.parse().ok())
                .unwrap_or(if n > 100_000 { 3 } else { 7 })
        })
        .collect();
    let timed: Vec<(Vec<Vec<f64>>, Input, usize)> = interleaved(&inputs, &checker, &rounds)
        .into_iter()
        .zip(inputs)
        .zip(rounds)
        .map(|((times, input), rounds)| (times, input, rounds))
        .collect();
    let mut c = Criterion::default().configure_from_args();
    for (_, input, _) in &timed {
        if input.records <= 100_000 {
            criterion_runs(&mut c, input, &checker);
        }
    }
    c.final_summary();
    println!(
        "\ninterleaved rounds: each step's time as a ratio to typed_parse's in the same round, \
         median (least-most) over the rounds"
    );
    let mut per_record = Vec::new();
    for (times, input, rounds) in &timed {
        let base = &times[0];
        let n = input.records;
        println!(
            "{n:>9} records, {:.1} MB, {rounds} rounds:",
            input.bytes.len() as f64 / 1e6
        );
        let mut line = String::from("   ");
        for (step, t) in STEPS.iter().zip(times).skip(1) {
            line.push_str(&format!(" {step} {}", Ratio::of(t, base)));
        }
        println!("{line}");
        let load_validate = median(times[2].clone());
        println!(
            "    load_validate is {} typed_parse_text; the route is {} load_validate; load_validate {:.0} ns/record (typed_parse {:.0}); peak {:.2}x the document",
            Ratio::of(&times[2], &times[6]),
            Ratio::of(&times[5], &times[2]),
            load_validate * 1e9 / n as f64,
            median(base.clone()) * 1e9 / n as f64,
            input.peak as f64 / input.bytes.len() as f64
        );
        per_record.push(load_validate / n as f64);
    }
    let most = per_record.iter().copied().fold(f64::MIN, f64::max);
    let least = per_record.iter().copied().fold(f64::MAX, f64::min);
    println!(
        "load_validate per record: the dearest size costs {:.2}x the cheapest",
        most / least
    );
}
