use crate::enums::open_enum;

open_enum! {
    /// An action line of the WSIS Geneva Plan of Action (2003). The IGF
    /// facilitates all of them, including C1, C4 and C11 (the IGF's
    /// submission to the CSTD on 2019, §II). The Plan of Action fixes the
    /// list, but the list is read open, like every list of the data: an
    /// unknown value is kept and reported. Names are the action lines'
    /// numbers, `"C1"` to `"C11"`.
    ///
    /// ```
    /// use igf_model::WsisActionLine;
    ///
    /// assert_eq!(WsisActionLine::C11.to_string(), "C11");
    /// assert_eq!("C4".parse::<WsisActionLine>().unwrap(), WsisActionLine::C4);
    /// assert_eq!(WsisActionLine::ALL.len(), 11);
    /// ```
    pub enum WsisActionLine in "UPPERCASE" {
        /// C1: the role of public governance authorities and all stakeholders in promoting ICTs for development.
        C1,
        /// C2: information and communication infrastructure.
        C2,
        /// C3: access to information and knowledge.
        C3,
        /// C4: capacity building.
        C4,
        /// C5: building confidence and security in the use of ICTs.
        C5,
        /// C6: enabling environment.
        C6,
        /// C7: ICT applications.
        C7,
        /// C8: cultural diversity and identity, linguistic diversity and local content.
        C8,
        /// C9: media.
        C9,
        /// C10: ethical dimensions of the information society.
        C10,
        /// C11: international and regional cooperation.
        C11,
    }
}
