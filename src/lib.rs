//! corpusdb: turn policy and international-affairs articles into one SQLite database.
//!
//! The pipeline, in module order: [`read`] formats → [`clean`] → [`segment`] →
//! [`analyse`] (pure functions of text) → [`store`] (one writer); then [`query`] and
//! output. [`commands`] holds one module per CLI command. See ARCHITECTURE.md.

pub mod analyse;
pub mod clean;
pub mod cli;
pub mod commands;
pub mod data;
pub mod model;
pub mod pipeline;
pub mod plot;
pub mod query;
pub mod read;
pub mod segment;
pub mod store;
pub mod text;
