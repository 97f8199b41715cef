//! emigration-desk: processing applications to leave Kazakhstan for
//! permanent residence, per the state service standard (order No. 254).
//!
//! Dependencies point one way: `ui → {store, print, sync} → domain`.

pub mod cli;
pub mod domain;
pub mod i18n;
pub mod print;
pub mod store;
pub mod sync;
pub mod ui;
