use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::enums::open_enum;
use crate::validate::{Check, Checker};
use crate::{StakeholderGroup, UnRegionalGroup};

open_enum! {
    /// A person's role in a session, as the session page names it. An
    /// open list: a role the list does not know ("Floor and Readout
    /// Moderator") is kept exactly as printed, and the validator reports
    /// it as a warning (`shape.unknown_value`). A known role printed in
    /// other words keeps the printed words in a statement of `role`.
    ///
    /// ```
    /// use igf_model::PersonRole;
    /// assert_eq!("online_moderator".parse::<PersonRole>().unwrap(), PersonRole::OnlineModerator);
    /// let printed: PersonRole = "Floor and Readout Moderator".parse().unwrap();
    /// assert_eq!(printed.to_string(), "Floor and Readout Moderator");
    /// assert!(!printed.is_known());
    /// ```
    pub enum PersonRole {
        /// The moderator in the room.
        Moderator,
        /// The online moderator.
        OnlineModerator,
        /// A speaker or panellist.
        Speaker,
        /// The rapporteur.
        Rapporteur,
        /// The chair.
        Chair,
        /// An organiser named among the people.
        Organiser,
        /// A guest of honour (the host country's head of government at an
        /// opening ceremony).
        GuestOfHonour,
        /// The host country's chair of a session ("Host Country Chair", in
        /// the programmes of 2006-2019).
        HostCountryChair,
    }
}

open_enum! {
    /// How a person took part: in the room or online. An open list.
    ///
    /// ```
    /// use igf_model::Participation;
    /// assert_eq!(Participation::Onsite.to_string(), "onsite");
    /// ```
    pub enum Participation {
        /// In the room.
        Onsite,
        /// Online.
        Online,
    }
}

crate::record! {
/// A person with a role in a session: a moderator, a speaker, the
/// rapporteur, with their organisation, stakeholder group and whether they
/// took part onsite or online, as the session page gives them.
///
/// ```
/// use igf_model::{Participation, Person, PersonRole};
///
/// let mut p = Person::new("Vint Cerf");
/// p.role = Some(PersonRole::Speaker);
/// p.participation = Some(Participation::Onsite);
/// assert_eq!(serde_json::to_string(&p)?, r#"{"name":"Vint Cerf","role":"speaker","participation":"onsite"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Person {
    /// The person's name, as printed.
    #[schemars(length(min = 1))]
    pub name: String,
    /// The role, where stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<PersonRole>,
    /// The organisation, as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// The stakeholder group, where stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stakeholder_group: Option<StakeholderGroup>,
    /// Onsite or online, where stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub participation: Option<Participation>,
    /// The person's UN regional group, where the page gives it (the
    /// printed words, "WEOG", in a statement of `regional_group`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regional_group: Option<UnRegionalGroup>,
}
source: none
}

impl Person {
    /// A person known by name.
    pub fn new(name: impl Into<String>) -> Self {
        Person {
            name: name.into(),
            role: None,
            organisation: None,
            stakeholder_group: None,
            participation: None,
            regional_group: None,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }
}

impl Check for Person {
    fn check(&self, c: &mut Checker) {
        self.extensions.check(c);
        crate::provenance::check_curated(self, c);
        c.text("name", &self.name, "the person's name");
        c.opt_known("role", self.role.as_ref());
        c.opt_text(
            "organisation",
            self.organisation.as_deref(),
            "the organisation",
        );
        c.opt_known("stakeholder_group", self.stakeholder_group.as_ref());
        c.opt_known("participation", self.participation.as_ref());
        c.opt_known("regional_group", self.regional_group.as_ref());
    }
}
