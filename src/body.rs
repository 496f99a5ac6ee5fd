//! One question every body of the IGF answers the same way: was it active
//! in a year?

use crate::{
    BestPracticeForum, DynamicCoalition, LeadershipPanel, Mag, Nri, PanelMember, PolicyNetwork,
    Year,
};

/// A body of the IGF that is active in some years: a Dynamic Coalition, a
/// Best Practice Forum, a policy network, an NRI, the Leadership Panel (and
/// each of its members), a year's MAG. One method, [`Body::active_in`],
/// spelled the same for each.
///
/// A [`DynamicCoalition`] also has a *field* named `active_in`, the years
/// it is recorded as active in (the wire member of that name): Rust keeps
/// fields and methods apart, so `dc.active_in` is the list and
/// `dc.active_in(year)` (with this trait in scope) asks the question.
///
/// ```
/// use igf_model::{Body, Year};
///
/// let history = igf_model::reference::all();
/// let y2021 = Year::new(2021)?;
/// let bodies: Vec<&dyn Body> = history
///     .policy_networks
///     .iter()
///     .map(|p| p as &dyn Body)
///     .chain(history.best_practice_forums.iter().map(|b| b as &dyn Body))
///     .collect();
/// assert!(bodies.iter().any(|b| b.active_in(y2021)));
/// # Ok::<(), igf_model::InvalidYear>(())
/// ```
pub trait Body {
    /// True when the body was active in `year`, as its record states.
    fn active_in(&self, year: Year) -> bool;
}

/// Recorded as active in `year` (the `active_in` list).
impl Body for DynamicCoalition {
    fn active_in(&self, year: Year) -> bool {
        self.active_in.contains(&year)
    }
}

/// A cycle in `year`.
impl Body for BestPracticeForum {
    fn active_in(&self, year: Year) -> bool {
        self.cycles.iter().any(|c| c.year == year)
    }
}

/// A cycle in `year`, or, when it lists no cycles, started by then.
impl Body for PolicyNetwork {
    fn active_in(&self, year: Year) -> bool {
        if self.cycles.is_empty() {
            self.since.is_some_and(|since| since <= year)
        } else {
            self.cycles.iter().any(|c| c.year == year)
        }
    }
}

/// A meeting recorded in `year`, or founded by then when it lists none.
impl Body for Nri {
    fn active_in(&self, year: Year) -> bool {
        if self.meetings.is_empty() {
            self.founded.is_some_and(|founded| founded <= year)
        } else {
            self.meetings.iter().any(|m| m.year == year)
        }
    }
}

/// The stated term covers `year` (an open end counts as continuing).
impl Body for PanelMember {
    fn active_in(&self, year: Year) -> bool {
        self.from.is_some_and(|from| from <= year) && self.to.is_none_or(|to| year <= to)
    }
}

/// A member served in `year`, or, when no member states a term, appointed
/// by then.
impl Body for LeadershipPanel {
    fn active_in(&self, year: Year) -> bool {
        if self.members.iter().any(|m| m.from.is_some()) {
            self.members.iter().any(|m| m.active_in(year))
        } else {
            self.appointed
                .is_some_and(|d| i32::from(year.get()) >= chrono::Datelike::year(&d))
        }
    }
}

/// The MAG of `year`.
impl Body for Mag {
    fn active_in(&self, year: Year) -> bool {
        self.year == year
    }
}
