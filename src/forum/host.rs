use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::validate::{Check, Checker};

/// Who hosted an annual meeting: a host government, in a city, with the
/// ministry and venue where published (Germany, Berlin, 2019; Ethiopia's
/// Ministry of Innovation and Technology, Addis Ababa, 2022), or a UN entity
/// (UN DESA for the online IGF 2020; UNECA beside Ethiopia in 2022; UN DESA
/// in partnership with Norway in 2025). A meeting lists every host.
///
/// ```
/// use igf_model::Host;
///
/// let host = Host::government("Germany", Some("Berlin".into()));
/// assert_eq!(serde_json::to_string(&host)?, r#"{"kind":"government","country":"Germany","city":"Berlin"}"#);
/// let un: Host = serde_json::from_str(r#"{"kind":"united_nations","entity":"UN DESA"}"#)?;
/// assert_eq!(un, Host::united_nations("UN DESA"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Host {
    /// A host government.
    #[non_exhaustive]
    Government {
        /// The host country.
        #[schemars(length(min = 1))]
        country: String,
        /// The host city, where there was one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        city: Option<String>,
        /// The ministry or agency that hosted for the government, where published.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ministry: Option<String>,
        /// The venue, where published.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        venue: Option<String>,
        /// A curator's note on the host.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        /// What documents state of the host's members, each with its own
        /// source (see [`Statement`](crate::Statement)).
        #[serde(
            default,
            deserialize_with = "crate::wire::list",
            skip_serializing_if = "Vec::is_empty"
        )]
        statements: Vec<crate::Statement>,
        /// Members the model does not define.
        #[serde(flatten)]
        extensions: crate::Extensions,
    },
    /// A United Nations entity.
    #[non_exhaustive]
    UnitedNations {
        /// The UN entity that hosted, such as `"UN DESA"` or `"UNECA"`.
        #[schemars(length(min = 1))]
        entity: String,
        /// A curator's note on the host.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        /// What documents state of the host's members, each with its own
        /// source (see [`Statement`](crate::Statement)).
        #[serde(
            default,
            deserialize_with = "crate::wire::list",
            skip_serializing_if = "Vec::is_empty"
        )]
        statements: Vec<crate::Statement>,
        /// Members the model does not define.
        #[serde(flatten)]
        extensions: crate::Extensions,
    },
}

impl Host {
    /// A host government, with its city where there was one.
    pub fn government(country: impl Into<String>, city: Option<String>) -> Self {
        Host::Government {
            country: country.into(),
            city,
            ministry: None,
            venue: None,
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }

    /// A UN entity (such as `"UN DESA"`).
    pub fn united_nations(entity: impl Into<String>) -> Self {
        Host::UnitedNations {
            entity: entity.into(),
            note: None,
            statements: Vec::new(),
            extensions: crate::Extensions::new(),
        }
    }

    /// The host's name: the country, or the UN entity.
    pub fn name(&self) -> &str {
        match self {
            Host::Government { country, .. } => country,
            Host::UnitedNations { entity, .. } => entity,
        }
    }

    /// The members of the host the model does not define.
    pub fn extensions(&self) -> &crate::Extensions {
        match self {
            Host::Government { extensions, .. } | Host::UnitedNations { extensions, .. } => {
                extensions
            }
        }
    }
}

impl crate::provenance::Curated for Host {
    fn curation(&self) -> (Option<&str>, &[crate::Statement], Option<&crate::Source>) {
        match self {
            Host::Government {
                note, statements, ..
            }
            | Host::UnitedNations {
                note, statements, ..
            } => (note.as_deref(), statements, None),
        }
    }

    fn extensions(&self) -> &crate::Extensions {
        Host::extensions(self)
    }
}

impl std::fmt::Display for Host {
    /// The country with its city (`"Germany (Berlin)"`), or the UN entity.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Host::Government {
                country,
                city: Some(city),
                ..
            } => write!(f, "{country} ({city})"),
            other => f.write_str(other.name()),
        }
    }
}

impl Check for Host {
    fn check(&self, c: &mut Checker) {
        self.extensions().check(c);
        crate::provenance::check_curated(self, c);
        match self {
            Host::Government {
                country,
                city,
                ministry,
                venue,
                ..
            } => {
                c.text("country", country, "the host country");
                c.opt_text("city", city.as_deref(), "the host city");
                c.opt_text("ministry", ministry.as_deref(), "the host ministry");
                c.opt_text("venue", venue.as_deref(), "the venue");
            }
            Host::UnitedNations { entity, .. } => c.text("entity", entity, "the hosting UN entity"),
        }
    }
}
