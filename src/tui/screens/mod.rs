//! One module per screen; each draws from `&State` only.

pub mod deals;
pub mod inbox;
pub mod score;
pub mod timeline;
