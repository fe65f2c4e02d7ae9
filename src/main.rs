//! corpusdb: turn policy and international-affairs articles into one SQLite database,
//! then query, analyse and export it. `main` only parses the command line and hands
//! over to one module per command (see ARCHITECTURE.md).

use corpusdb::{cli, commands};

use clap::Parser;

fn main() {
    // Behave like other Unix tools when the reader of our output goes away
    // (`corpusdb query … | head`): end quietly instead of panicking.
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            // one line: the error and its causes
            let msg: Vec<String> = e.chain().map(|c| c.to_string()).collect();
            eprintln!("corpusdb: error: {}", msg.join(": "));
            std::process::exit(2);
        }
    }
}
