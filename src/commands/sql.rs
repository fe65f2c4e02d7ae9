//! `corpusdb sql "SELECT …" [--format F] [-o FILE]`: ad-hoc SQL on a read-only
//! connection. Writes, ATTACH/DETACH and extension loading are refused and change nothing.

use crate::cli::OutputArgs;
use crate::query;
use crate::store;
use anyhow::{bail, Result};
use rusqlite::hooks::{AuthAction, AuthContext, Authorization};
use std::path::Path;

#[derive(clap::Args)]
pub struct Args {
    /// One SQL statement (SELECT, WITH … SELECT, EXPLAIN, or a read-only PRAGMA)
    pub sql: String,
    #[command(flatten)]
    pub out: OutputArgs,
}

fn authorize(ctx: AuthContext<'_>) -> Authorization {
    match ctx.action {
        AuthAction::Attach { .. } | AuthAction::Detach { .. } => Authorization::Deny,
        AuthAction::Function { function_name }
            if function_name.eq_ignore_ascii_case("load_extension") =>
        {
            Authorization::Deny
        }
        _ => Authorization::Allow,
    }
}

pub fn run(db: &Path, args: Args) -> Result<i32> {
    let mut conn = store::open_read_only(db)?;
    conn.authorizer(Some(authorize))?;
    let mut stmt = match conn.prepare(&args.sql) {
        Ok(s) => s,
        Err(e) => {
            let m = e.to_string();
            if m.contains("not authorized") {
                bail!("refused: ATTACH, DETACH and extension loading are not allowed in `corpusdb sql`");
            }
            bail!("SQL error: {m}");
        }
    };
    if !stmt.readonly() {
        bail!("refused: `corpusdb sql` is read-only; this statement would write to the database");
    }
    query::print_rows(&mut stmt, &[], &args.out).map_err(|e| {
        let m = format!("{e:#}");
        if m.contains("readonly") || m.contains("read-only") || m.contains("query_only") {
            anyhow::anyhow!("refused: `corpusdb sql` is read-only")
        } else {
            e
        }
    })?;
    Ok(0)
}
