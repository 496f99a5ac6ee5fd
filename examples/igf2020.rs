//! The crate's main job: load the embedded IGF 2020 reference data,
//! validate it, and print a readable summary and then every finding.
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
}
