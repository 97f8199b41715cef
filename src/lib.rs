//! emigration-desk: processing applications to leave Kazakhstan for
//! permanent residence, per the state service standard (order No. 254).
//!
//! Dependencies point one way: `{ui, cli} → desk → {store, print, sync} →
//! domain`.

pub mod build_info;
pub mod cli;
pub mod clock;
pub mod desk;
pub mod domain;
pub mod i18n;
pub mod log;
pub mod print;
pub mod private;
pub mod report;
pub mod store;
pub mod sync;
pub mod ui;
