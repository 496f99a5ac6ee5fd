use crate::enums::open_enum;

open_enum! {
    /// The kind of a session in an annual meeting's programme (seed 001 §4 and
    /// §5, seed 003 §2): workshops, Open Forums, Dynamic Coalition and Best
    /// Practice Forum sessions, NRI collaborative sessions, main sessions, the
    /// High-Level Leaders Track, the parliamentary roundtable, pre-events (the
    /// "Day Zero" events of physical years), the Youth Summit and youth
    /// sessions, networking sessions, introduction and orientation sessions,
    /// open mic, and IGF Village booths (an exhibit, not a session).
    ///
    /// Who may organise some types is documented: Open Forums are held by
    /// governments, treaty-based international organisations and global
    /// organisations with international scope and presence (seed 003 §2).
    ///
    /// An **open** list: the IGF adds types most years (town halls and
    /// lightning talks came after 2020), so an unknown value is kept in
    /// [`SessionType::Other`] and reported as a warning.
    ///
    /// ```
    /// use igf_model::SessionType;
    ///
    /// assert_eq!("open_forum".parse::<SessionType>().unwrap(), SessionType::OpenForum);
    /// let newer: SessionType = "town_hall".parse().unwrap();
    /// assert_eq!(newer, SessionType::Other("town_hall".into()));
    /// assert_eq!(newer.to_string(), "town_hall");
    /// assert_eq!(SessionType::Workshop.code_prefix(), Some("WS"));
    /// ```
    pub enum SessionType {
        /// A workshop: the core multistakeholder-organised session ("WS #207").
        Workshop,
        /// An Open Forum of a government or international organisation ("OF #31").
        OpenForum,
        /// A Dynamic Coalition session ("DC Session").
        DynamicCoalition,
        /// A Best Practice Forum session.
        BestPracticeForum,
        /// An NRI collaborative session ("NRIs Collaborative Session").
        NriCollaborative,
        /// A main session (including the NRIs' and DCs' main sessions).
        Main,
        /// A High-Level Leaders Track session (2020), including the opening and
        /// closing high-level sessions.
        HighLevelLeaders,
        /// The parliamentary roundtable (from 2019).
        ParliamentaryRoundtable,
        /// A pre-event ("Pre-event #94"), called a Day Zero event in physical years.
        PreEvent,
        /// The Youth Summit (first held in 2020).
        YouthSummit,
        /// A youth session, such as a youth flash talk.
        Youth,
        /// A networking session.
        Networking,
        /// An introduction and orientation session.
        Orientation,
        /// An open mic session.
        OpenMic,
        /// An IGF Village booth: an exhibit, not a session.
        VillageBooth,
    }
}

impl SessionType {
    /// The code prefix sessions of this type carry in their titles, where the
    /// sources show one (`"WS"`, `"OF"`, `"Pre-event"`, `"DC Session"`,
    /// `"NRIs Collaborative Session"`).
    pub fn code_prefix(&self) -> Option<&'static str> {
        match self {
            SessionType::Workshop => Some("WS"),
            SessionType::OpenForum => Some("OF"),
            SessionType::PreEvent => Some("Pre-event"),
            SessionType::DynamicCoalition => Some("DC Session"),
            SessionType::NriCollaborative => Some("NRIs Collaborative Session"),
            _ => None,
        }
    }
}
