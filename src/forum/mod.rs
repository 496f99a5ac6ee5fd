//! The forum itself: annual meetings, their phases and thematic tracks,
//! session types, sessions and their reports, the figures each meeting
//! publishes, and its messages.

mod figure;
mod meeting;
mod message;
mod phase;
mod report;
mod session;
mod session_code;
mod session_type;
mod track;

pub use figure::{Counted, Dimension, Figure, Measure, Qualifier, Share};
pub use meeting::{Host, Meeting, MeetingFormat};
pub use message::{LeadersTrackTheme, MessageSet};
pub use phase::Phase;
pub use report::{ReportKind, SessionReport};
pub(crate) use session::session_key;
pub use session::{Organiser, Session, SessionFormat, SessionKey, TimeSlot};
pub use session_code::{InvalidSessionCode, SessionCode};
pub use session_type::SessionType;
pub use track::Track;
