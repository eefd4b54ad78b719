//! How a report spells the values of closed sets (verdicts, tiers, states, outcomes,
//! …), and [`OrUnknown`], the type every such field has: a value this version knows,
//! or one a newer writer added.
//!
//! The spellings are a contract (`assets/schema/report.schema.json`, the support
//! code): most are the value's id, a method's tier and device their labels
//! ("Strong", "your phone") and the policy's origin the words the first reports
//! used ("system-wide"). The core enums stay closed: a value this version does not
//! know exists only here, read as [`OrUnknown::Unknown`] and shown as such.

use serde::de::{Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::deadline::DeadlineSource;
use crate::fault::{ErrorKind, Outcome, Phase};
use crate::methods::{Device, MethodKind, Tier};
use crate::policy::PolicyOrigin;
use crate::queue::{ErrorClass, JobKind, JobState};
use crate::readiness::{Source, Verdict};

/// A structured value a newer writer may have extended: read when this version
/// understands it, otherwise as absent (never a refusal of the whole report).
pub(super) fn lenient<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    let value = Option::<serde_json::Value>::deserialize(d)?;
    Ok(value.and_then(|v| serde_json::from_value(v).ok()))
}

/// A closed set as a report spells it.
pub trait Wire: Copy + Eq + 'static {
    /// Every value.
    const ALL: &'static [Self];
    /// The text a report holds for this value.
    fn wire(self) -> &'static str;
}

/// A value of a closed set as a report holds it. `Unknown` is written as
/// [`UNKNOWN`]: only a report this version read from a newer writer holds one, and
/// nothing writes such a report again (the viewer only shows it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrUnknown<T> {
    Known(T),
    /// A value this version does not know (a newer writer added it).
    Unknown,
}

/// How an unknown value is written and shown.
pub const UNKNOWN: &str = "unknown";

impl<T: Wire> OrUnknown<T> {
    /// The value, when this version knows it.
    pub fn known(self) -> Option<T> {
        match self {
            Self::Known(v) => Some(v),
            Self::Unknown => None,
        }
    }

    /// Whether it is `value`.
    pub fn is(self, value: T) -> bool {
        self == Self::Known(value)
    }

    /// The value a report's text names.
    pub fn from_wire(text: &str) -> Self {
        T::ALL
            .iter()
            .find(|v| v.wire() == text)
            .map_or(Self::Unknown, |v| Self::Known(*v))
    }

    /// The text a report holds; [`UNKNOWN`] for a value this version does not know.
    pub fn wire(self) -> &'static str {
        self.known().map_or(UNKNOWN, T::wire)
    }
}

impl<T> From<T> for OrUnknown<T> {
    fn from(v: T) -> Self {
        Self::Known(v)
    }
}

impl<T: Wire> Serialize for OrUnknown<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.wire())
    }
}

impl<'de, T: Wire> Deserialize<'de> for OrUnknown<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Text<T>(std::marker::PhantomData<T>);
        impl<T: Wire> Visitor<'_> for Text<T> {
            type Value = OrUnknown<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(OrUnknown::from_wire(v))
            }
        }
        d.deserialize_str(Text(std::marker::PhantomData))
    }
}

/// `impl Wire` from the type's `ALL` and the function that spells a value.
macro_rules! wire {
    ($($t:ty => $spell:expr),* $(,)?) => {$(
        impl Wire for $t {
            const ALL: &'static [Self] = &<$t>::ALL;
            fn wire(self) -> &'static str {
                $spell(self)
            }
        }
    )*};
}

wire! {
    Verdict => Verdict::id,
    MethodKind => MethodKind::id,
    Tier => Tier::label,
    Device => Device::label,
    Source => Source::id,
    DeadlineSource => DeadlineSource::id,
    JobKind => JobKind::id,
    JobState => JobState::id,
    ErrorClass => ErrorClass::id,
    Outcome => Outcome::as_str,
    Phase => Phase::as_str,
    ErrorKind => ErrorKind::as_str,
    PolicyOrigin => policy_origin,
}

/// What the first reports called each origin (a report's `policy.source`).
fn policy_origin(o: PolicyOrigin) -> &'static str {
    match o {
        PolicyOrigin::Flag => "--policy",
        PolicyOrigin::Env => "MFA_READY_POLICY",
        PolicyOrigin::System => "system-wide",
        PolicyOrigin::BesideExecutable => "beside the program",
        PolicyOrigin::Embedded => "embedded default",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value of `T` reads back as itself, no two share a spelling, and none is
    /// spelled like an unknown value.
    fn round_trips<T: Wire + std::fmt::Debug>() -> usize {
        let mut seen = Vec::new();
        for v in T::ALL {
            let text = v.wire();
            assert_eq!(OrUnknown::<T>::from_wire(text), OrUnknown::Known(*v));
            let json = serde_json::to_string(&OrUnknown::Known(*v)).unwrap_or_default();
            assert_eq!(json, format!("\"{text}\""));
            let back: OrUnknown<T> = serde_json::from_str(&json).unwrap_or(OrUnknown::Unknown);
            assert_eq!(back, OrUnknown::Known(*v));
            assert!(!seen.contains(&text), "{text} twice");
            assert_ne!(text, UNKNOWN);
            seen.push(text);
        }
        seen.len()
    }

    #[test]
    fn every_spelling_reads_back_as_its_value() {
        assert_eq!(round_trips::<Verdict>(), 3);
        assert_eq!(round_trips::<MethodKind>(), 11);
        assert_eq!(round_trips::<Tier>(), 4);
        assert_eq!(round_trips::<Device>(), 5);
        assert_eq!(round_trips::<Source>(), 2);
        assert_eq!(round_trips::<DeadlineSource>(), 2);
        assert_eq!(round_trips::<JobKind>(), 3);
        assert_eq!(round_trips::<JobState>(), 5);
        assert_eq!(round_trips::<ErrorClass>(), 10);
        assert_eq!(round_trips::<Outcome>(), 15);
        assert_eq!(round_trips::<Phase>(), 5);
        assert_eq!(round_trips::<ErrorKind>(), 14);
        assert_eq!(round_trips::<super::super::model::EvidenceSource>(), 2);
        assert_eq!(round_trips::<PolicyOrigin>(), 5);
    }

    #[test]
    fn a_value_from_a_newer_writer_reads_as_unknown_and_a_number_is_refused() {
        let v: OrUnknown<Verdict> =
            serde_json::from_str("\"on_hold\"").unwrap_or(OrUnknown::Known(Verdict::Ready));
        assert_eq!(v, OrUnknown::Unknown);
        assert_eq!(serde_json::to_string(&v).unwrap_or_default(), "\"unknown\"");
        assert!(serde_json::from_str::<OrUnknown<Verdict>>("3").is_err());
        assert!(
            OrUnknown::<Tier>::from_wire("strong").known().is_none(),
            "labels are spelled exactly"
        );
        assert!(OrUnknown::from(Verdict::Ready).is(Verdict::Ready));
    }
}
