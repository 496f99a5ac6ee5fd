//! The crate's main job: load the embedded IGF 2020 reference data,
//! validate it, and print a readable summary and then every finding; then
//! the IGF across its years, from every embedded dataset as one history,
//! with that history's findings.
//!
//! `cargo run --example igf2020`

fn main() {
    let dataset = igf_model::reference::igf2020();
    print!("{}", igf_model::summary::Summary(dataset));

    let findings = igf_model::validate::validate(dataset);
    let (errors, warnings) = igf_model::validate::counts(&findings);
    println!("\nFindings: {errors} error(s), {warnings} warning(s)");
    for finding in &findings {
        println!("  {finding}");
    }
    if errors == 0 && warnings > 0 {
        println!("\nThe warnings are the sources disagreeing with themselves: the data keeps each statement as published.");
    }

    let history = igf_model::reference::all();
    print!("\n{}", igf_model::summary::Years(history));
    let (errors, warnings) = igf_model::validate::counts(&igf_model::validate::validate(history));
    println!("The history of 2006-2025 (`igf summary --reference all` for all of it): {errors} error(s), {warnings} warning(s).");
}
