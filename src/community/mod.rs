//! The IGF community: its stakeholder groups and the UN regional groups its
//! forms use.

mod region;
mod stakeholder;

pub use region::UnRegionalGroup;
pub use stakeholder::StakeholderGroup;
