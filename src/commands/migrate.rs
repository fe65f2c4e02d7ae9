//! `corpusdb migrate [--status]`: applies pending migrations (opening any command's
//! database does this too) or lists applied and pending ones.

use crate::store;
use anyhow::Result;
use std::path::Path;

#[derive(clap::Args)]
pub struct Args {
    /// List applied and pending migrations without applying any
    #[arg(long)]
    pub status: bool,
}

pub fn run(db: &Path, args: Args) -> Result<i32> {
    if args.status {
        let mut conn = if db.exists() {
            rusqlite::Connection::open(db)?
        } else {
            rusqlite::Connection::open_in_memory()?
        };
        for (v, name, on) in store::migration_status(&mut conn)? {
            match on {
                Some(t) => println!("V{v}__{name}\tapplied\t{t}"),
                None => println!("V{v}__{name}\tpending"),
            }
        }
        return Ok(0);
    }
    let mut conn = store::open(db)?;
    let applied = store::migration_status(&mut conn)?
        .iter()
        .filter(|m| m.2.is_some())
        .count();
    eprintln!(
        "migrate: {} at schema version {} ({applied} migration(s) applied)",
        db.display(),
        store::latest_version()
    );
    Ok(0)
}
