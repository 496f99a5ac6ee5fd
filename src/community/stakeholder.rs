use crate::enums::closed_enum;

closed_enum! {
    /// A stakeholder group, as the IGF's registration forms and statistics name
    /// them (seed 003 §3 counts registrations per group: Government,
    /// Intergovernmental Organization, Civil Society, Technical Community,
    /// Private Sector, Press/Media). Older figures combine the technical and
    /// academic community under [`StakeholderGroup::TechnicalCommunity`].
    ///
    /// A closed list: the forms fix it. Marked `#[non_exhaustive]` because a
    /// form may add a group.
    ///
    /// ```
    /// use igf_model::StakeholderGroup;
    ///
    /// let group: StakeholderGroup = "civil_society".parse()?;
    /// assert_eq!(group, StakeholderGroup::CivilSociety);
    /// assert_eq!(StakeholderGroup::ALL.len(), 6);
    /// let err = "academia".parse::<StakeholderGroup>().unwrap_err();
    /// assert!(err.accepted.contains(&"technical_community"));
    /// # Ok::<(), igf_model::UnknownVariant>(())
    /// ```
    #[non_exhaustive]
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
