//! What the IGF produces beyond its meetings' talk: voluntary commitments,
//! the mapping of IGF work to the frameworks it serves (the Roadmap for
//! Digital Cooperation of 2020, the Global Digital Compact of 2024), and the
//! WSIS action lines IGF work implements. (Messages and key takeaways are
//! published per meeting: see [`crate::forum::MessageSet`].)

mod commitment;
mod gdc;
mod roadmap;
mod wsis;

pub use commitment::{Commitment, CommitmentKind, Pledger, SessionRef, TimeFrame};
pub use gdc::{GdcMapping, GdcObjective};
pub use roadmap::{ActivityKind, ActivityRef, RoadmapArea, RoadmapMapping};
pub use wsis::WsisActionLine;
