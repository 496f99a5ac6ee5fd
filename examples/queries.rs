//! A researcher's questions about the IGF, each answered in a few lines
//! with the crate's `Index` over the embedded history of 2006-2025.
//!
//! `cargo run --example queries`

use igf_model::{reference, ActivityKind, Index, SessionType, Year};

fn main() -> Result<(), igf_model::InvalidYear> {
    let index = Index::build(reference::all());
    let (y2020, y2024) = (Year::new(2020)?, Year::new(2024)?);

    println!("1. Which Roadmap areas map to which records?");
    for row in &reference::all().roadmap_mappings {
        let found = row.igf_activities.iter().map(|a| index.activity(a));
        let records: Vec<String> = found
            .filter_map(|r| r.pointer().map(str::to_owned))
            .collect();
        println!("   {}: {}", row.area, records.join(", "));
    }

    println!("2. The Environment commitments of 2020, with the session they came from:");
    for c in index.commitments_in_track(y2020, "Environment") {
        let session = c
            .record
            .session
            .as_ref()
            .and_then(|r| index.session(y2020, r));
        println!(
            "   {} [{}]",
            c.record.pledger,
            session.map_or("no session".into(), |s| s.record.display_title())
        );
    }

    println!("3. WS #72 of 2020:");
    let ws72 = index
        .session_by_code(y2020, "WS #72")
        .expect("WS #72 is in the data");
    println!("   {} at {}", ws72.record.display_title(), ws72.pointer);

    println!("4. The sessions the Policy Network on Artificial Intelligence held:");
    for s in index
        .sessions_held_by(&ActivityKind::PolicyNetwork, "PNAI")
        .unwrap_or_default()
    {
        println!(
            "   {} {}",
            s.record
                .time_slot
                .as_ref()
                .and_then(|t| t.local_date())
                .map_or("-".into(), |d| d.to_string()),
            s.record.display_title()
        );
    }

    println!("5. Launches and awards at IGF 2024:");
    for s in index.sessions_of_type(y2024, &SessionType::LaunchAward) {
        println!("   {}", s.record.display_title());
    }

    println!("6. What ran on Day 0 of IGF 2024:");
    let day_zero = index
        .meeting(y2024)
        .and_then(|m| m.record.day_zero)
        .expect("a Day 0");
    println!(
        "   {day_zero}: {} sessions in the sample",
        index.sessions_on(y2024, day_zero).len()
    );

    println!("7. What the Web Foundation pledged, and where each pledge is published:");
    for c in index.commitments_by_organisation("The Web Foundation") {
        let doc = index
            .document(&c.record.source.document)
            .map_or("?".into(), |d| d.record.title.clone());
        println!("   {} ({doc})", c.record.text);
    }

    println!("8. Who chaired the Leadership Panel, and which Roadmap rows name DC-Blockchain:");
    let chair = index.panel_member("Vint Cerf").expect("the chair");
    let role = chair
        .record
        .role
        .as_ref()
        .map_or("no role stated".into(), ToString::to_string);
    println!("   {} ({role}) at {}", chair.record.name, chair.pointer);
    for row in index
        .roadmap_rows_naming(&ActivityKind::DynamicCoalition, "DC-Blockchain")
        .unwrap_or_default()
    {
        println!("   {} ({})", row.record.area, row.pointer);
    }
    Ok(())
}
