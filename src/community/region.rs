use crate::enums::open_enum;

open_enum! {
    /// A United Nations regional group, as IGF forms ask for it (FACTS.md,
    /// "Stakeholder and regional groups"). A closed list: the UN fixes it.
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
    }
}
