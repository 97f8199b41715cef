//! emigration-desk: processing applications to leave Kazakhstan for
//! permanent residence, per the state service standard (order No. 254).

pub mod domain;
