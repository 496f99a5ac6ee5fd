//! The forum itself: annual meetings, their phases and thematic tracks,
//! session types, sessions and their reports, the figures each meeting
//! publishes, and its messages.

mod figure;
mod host;
mod local_time;
mod meeting;
mod message;
mod person;
mod phase;
mod preparation;
mod report;
mod session;
mod session_code;
mod session_type;
mod track;

pub use figure::{Counted, Dimension, Figure, Measure, Qualifier, Share};
pub use host::Host;
pub(crate) use local_time::show as show_local;
pub use local_time::UtcOffset;
pub use meeting::{Meeting, MeetingFormat};
pub use message::{LeadersTrackTheme, MessageSet};
pub use person::{Participation, Person, PersonRole};
pub use phase::Phase;
pub use preparation::{CoLocatedEvent, Donor, Milestone};
pub use report::{ReportKind, SessionReport};
pub(crate) use session::session_key;
pub use session::{Organiser, Session, SessionFormat, SessionKey, TimeSlot};
pub use session_code::SessionCode;
pub use session_type::SessionType;
pub use track::{Track, TrackKind};
