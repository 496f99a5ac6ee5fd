use crate::enums::open_enum;

open_enum! {
    /// The kind of a session in an annual meeting's programme, as the IGF's
    /// programmes and statistics name them from 2006 to 2025: workshops,
    /// Open Forums, the sessions of Dynamic Coalitions, Best Practice
    /// Forums, policy networks and NRIs, main and high-level sessions, the
    /// parliamentary roundtable (2019-2020) and Parliamentary Track
    /// sessions (from 2021), Day 0 events (called pre-events in 2020), the
    /// Youth Summit and youth sessions, town halls, lightning talks,
    /// launches and awards, networking sessions, opening and closing
    /// ceremonies, open mic and taking stock, host country sessions,
    /// newcomers and orientation sessions, Leadership Panel sessions,
    /// unconference and flash sessions, and IGF Village booths (an exhibit,
    /// not a session).
    ///
    /// Who may organise some types is documented: Open Forums are held by
    /// governments, treaty-based international organisations and global
    /// organisations with international scope and presence (IGF 2020 Phase
    /// 1 Summary §2).
    ///
    /// An **open** list: the IGF adds types most years, so an unknown value
    /// is kept in [`SessionType::Other`] and reported as a warning. The
    /// labels of session codes that go with each type are listed by
    /// [`SessionCode::known_labels`](crate::SessionCode::known_labels).
    ///
    /// ```
    /// use igf_model::SessionType;
    ///
    /// assert_eq!("open_forum".parse::<SessionType>().unwrap(), SessionType::OpenForum);
    /// assert_eq!("town_hall".parse::<SessionType>().unwrap(), SessionType::TownHall);
    /// let newer: SessionType = "fireside_chat".parse().unwrap();
    /// assert_eq!(newer, SessionType::Other("fireside_chat".into()));
    /// assert_eq!(newer.to_string(), "fireside_chat");
    /// assert_eq!(SessionType::Workshop.code_labels(), ["WS", "Workshop"]);
    /// ```
    pub enum SessionType {
        /// A workshop: the core multistakeholder-organised session ("WS #207").
        Workshop,
        /// An Open Forum of a government or international organisation ("OF #31", "Open Forum #27").
        OpenForum,
        /// A Dynamic Coalition session ("DC Session").
        DynamicCoalition,
        /// A Best Practice Forum session.
        BestPracticeForum,
        /// A policy network session.
        PolicyNetwork,
        /// An NRI collaborative session ("NRIs Collaborative Session").
        NriCollaborative,
        /// The NRIs' coordination session.
        NriCoordination,
        /// A main session (including the NRIs' and DCs' main sessions).
        Main,
        /// A High-Level Leaders Track session (2020), including the opening
        /// and closing high-level sessions.
        HighLevelLeaders,
        /// A high-level session of the host country or the UN (outside the
        /// 2020 High-Level Leaders Track).
        HighLevel,
        /// The parliamentary roundtable (2019 and 2020).
        ParliamentaryRoundtable,
        /// A Parliamentary Track session (from 2021; "PT Session 7" in 2024).
        ParliamentaryTrack,
        /// A pre-event ("Pre-event #94", 2020).
        PreEvent,
        /// A Day 0 event ("Day 0 Event #178"), on the day before the opening.
        DayZeroEvent,
        /// The Youth Summit (first held in 2020).
        YouthSummit,
        /// A youth session, such as a youth flash talk.
        Youth,
        /// A networking session ("Networking Session #64").
        Networking,
        /// A town hall ("Town Hall #12").
        TownHall,
        /// A lightning talk or lightning session ("Lightning Talk #5"); IGF
        /// 2016's statistics already count lightning sessions.
        LightningTalk,
        /// A launch or award event ("Launch / Award Event #34").
        LaunchAward,
        /// The opening ceremony.
        OpeningCeremony,
        /// The closing ceremony.
        ClosingCeremony,
        /// A host country session.
        HostCountry,
        /// A Leadership Panel session.
        LeadershipPanel,
        /// An introduction and orientation session.
        Orientation,
        /// A session for newcomers.
        Newcomers,
        /// An open mic session.
        OpenMic,
        /// A taking stock session.
        TakingStock,
        /// An unconference session.
        Unconference,
        /// A flash session.
        Flash,
        /// An IGF Village booth: an exhibit, not a session.
        VillageBooth,
        /// A thematic introductory session opening a theme's track (IGF
        /// 2019).
        ThematicIntroductory,
        /// A thematic concluding session closing a theme's track (IGF
        /// 2019).
        ThematicConcluding,
        /// A session the schedule lists as "Other Session" (IGF 2019): a
        /// type of its own, not an unknown one.
        OtherSession,
        /// A Knowledge Café: participants move between small-group tables.
        KnowledgeCafe,
    }
}

impl SessionType {
    /// The code labels that go with this type, in the order the crate
    /// knows them (`["WS", "Workshop"]` for workshops); empty for types
    /// whose sessions carry no code the crate knows.
    pub fn code_labels(&self) -> Vec<&'static str> {
        crate::SessionCode::known_labels()
            .filter(|(_, types)| types.contains(self))
            .map(|(label, _)| label)
            .collect()
    }
}
