//! What every benchmark prints: a measurement's p50, p95 and slowest, beside its target.

/// Print `times` (milliseconds) as p50, p95 and the slowest, with the target they are for.
pub fn report(what: &str, mut times: Vec<f64>, target: &str) {
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let p = |q: f64| times[((times.len() as f64 - 1.0) * q) as usize];
    println!(
        "{what}: p50 {:.2} ms, p95 {:.2} ms, slowest {:.2} ms (target: {target})",
        p(0.5),
        p(0.95),
        times[times.len() - 1]
    );
}
