//! Trains the subjectivity model on NewsSD-ENG-style JSON Lines (`{"id","text","label"}`,
//! label SUBJ or OBJ) and prints the weights file to standard output:
//!
//!     cargo run --release --example train_subjectivity -- TRAIN.jsonl $(eval/glove.sh) > data/subjectivity.weights
//!
//! The second argument, GloVe vectors in their text format (eval/glove.sh fetches and
//! writes them), adds the word scores; without it the model has the hashed part only.
//!
//! EPOCHS and L2 change the training (defaults 5 and 0.01, chosen by cross-validation on
//! the training file); the 5-fold cross-validated macro-F1 goes to standard error and
//! into the file's header. `tests/subjectivity.rs` checks that the shipped file is what
//! this makes.

use corpusdb::analyse::subjectivity;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: train_subjectivity TRAIN.jsonl [GLOVE.txt]");
    let src = std::fs::read_to_string(&path).expect("cannot read the training file");
    let data = subjectivity::read_labelled(&src).unwrap_or_else(|e| panic!("{path}: {e}"));
    let glove = std::env::args().nth(2).map(|p| {
        let src = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"));
        subjectivity::Glove::parse(&src).unwrap_or_else(|e| panic!("{p}: {e}"))
    });
    let env = |k: &str| std::env::var(k).ok();
    let epochs: usize = env("EPOCHS").and_then(|v| v.parse().ok()).unwrap_or(5);
    let l2: f32 = env("L2").and_then(|v| v.parse().ok()).unwrap_or(0.01);
    let (file, cv) = subjectivity::weights_file(&data, epochs, l2, glove.as_ref());
    eprintln!(
        "{} sentences, {epochs} epochs, L2 {l2}: 5-fold cross-validated macro-F1 {cv:.3}",
        data.len()
    );
    print!("{file}");
}
