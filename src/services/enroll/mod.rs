//! The enrollment services: Microsoft Graph (provider `entra`), Okta's MyAccount API
//! (provider `okta`) and the generic REST API (provider `custom`,
//! `assets/openapi/enrollment.yaml`).
//!
//! Every request carries the job's key as its request id (Graph and the generic API
//! also as `Idempotency-Key`), the same on every retry. Errors keep the service's
//! code, message and request id (for helpdesk), with phone numbers and e-mail
//! addresses masked. Tokens come from a `TokenSource`; they are never logged or stored
//! here, and go to the service's origin only.
//!
//! * `common`: the [`EnrollmentService`] trait (implemented once, over what the
//!   clients differ in), [`CallError`], [`ServiceSetupError`], the origin checks;
//! * `graph`: [`GraphClient`] and [`CustomClient`] (`@odata.nextLink` followed only
//!   on the same origin);
//! * `okta`: [`OktaClient`];
//! * `choose`: [`enrollment_service`], the client a policy's provider uses.
//!
//! Children import each other, never this file: it only re-exports.

mod choose;
mod common;
mod graph;
mod okta;

pub use choose::{adds_phones, enrollment_service};
pub use common::{CallError, EnrollmentService, ServiceSetupError, has_phone, masked_detail};
pub use graph::{CustomClient, GraphClient};
pub use okta::OktaClient;
