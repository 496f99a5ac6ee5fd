use crate::enums::open_enum;

open_enum! {
    /// A United Nations regional group, as IGF registration and proposal
    /// forms ask for it: the African Group, the Asia-Pacific Group, the
    /// Eastern European Group, the Latin American and Caribbean Group
    /// (GRULAC), the Western European and Others Group (WEOG), and
    /// intergovernmental organisations. An open list.
    ///
    /// ```
    /// use igf_model::UnRegionalGroup;
    ///
    /// assert_eq!(UnRegionalGroup::WesternEuropeanAndOthersGroup.to_string(), "western_european_and_others_group");
    /// ```
    pub enum UnRegionalGroup in "snake_case" {
        /// The African Group.
        AfricanGroup,
        /// The Asia-Pacific Group.
        AsiaPacificGroup,
        /// The Eastern European Group.
        EasternEuropeanGroup,
        /// The Latin American and Caribbean Group (GRULAC).
        LatinAmericanAndCaribbeanGroup,
        /// The Western European and Others Group (WEOG).
        WesternEuropeanAndOthersGroup,
        /// An intergovernmental organisation, which forms ask for in
        /// place of a regional group ("Intergovernmental Organization").
        IntergovernmentalOrganization,
    }
}
