//! What the IGF produces beyond its meetings' talk: voluntary commitments,
//! the mapping of the Roadmap for Digital Cooperation to IGF work, and the
//! WSIS action lines IGF work implements. (Messages and key takeaways are
//! published per meeting: see [`crate::forum::MessageSet`].)

mod commitment;
mod roadmap;
mod wsis;

pub use commitment::{Commitment, CommitmentKind, Pledger, SessionRef, TimeFrame};
pub use roadmap::{ActivityKind, ActivityRef, RoadmapArea, RoadmapMapping};
pub use wsis::WsisActionLine;
