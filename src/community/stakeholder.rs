use crate::enums::open_enum;

open_enum! {
    /// A stakeholder group, as the IGF's registration forms and statistics name
    /// them (IGF 2020 Phase 1 Summary §3 counts registrations per group: Government,
    /// Intergovernmental Organization, Civil Society, Technical Community,
    /// Private Sector, Press/Media). Older figures combine the technical and
    /// academic community under [`StakeholderGroup::TechnicalCommunity`].
    ///
    /// An open list: forms add groups (some add "Other"), and older
    /// figures combine the technical and academic community.
    ///
    /// ```
    /// use igf_model::StakeholderGroup;
    ///
    /// let group: StakeholderGroup = "civil_society".parse().unwrap();
    /// assert_eq!(group, StakeholderGroup::CivilSociety);
    /// assert_eq!(StakeholderGroup::ALL.len(), 6);
    /// let newer: StakeholderGroup = "academia".parse().unwrap();
    /// assert!(!newer.is_known());
    /// assert!(StakeholderGroup::NAMES.contains(&"technical_community"));
    /// ```
    pub enum StakeholderGroup in "snake_case" {
        /// Governments.
        Government,
        /// Intergovernmental organizations (IGOs).
        IntergovernmentalOrganization,
        /// Civil society organisations.
        CivilSociety,
        /// The technical community (and, in older figures, academia).
        TechnicalCommunity,
        /// The private sector.
        PrivateSector,
        /// Press and media.
        PressMedia,
    }
}
