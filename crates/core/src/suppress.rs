//! Small cells (`reports.md`): a disaggregated count of 1–4 people is shown as `<5`
//! (primary suppression), and secondary suppression hides (as `x`) the fewest other cells
//! needed so that no published sum reveals a hidden one, checked by solving for each as a
//! reader would. Cells and the sums that tie them
//! (a row to its total, a table's margin to another table's) are given as one [`Grid`]; every
//! figure that leaves the organisation (the report data, its PDF, aggregate exports) goes
//! through it.

use minilp::{ComparisonOp, OptimizationDirection, Problem, Variable};
use serde::{Serialize, Serializer};

/// A count as published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Count(u32),
    /// 1–4 people: `"<5"`.
    Small,
    /// Hidden so that a sum does not reveal a small cell: `"x"`.
    Hidden,
}

impl Serialize for Cell {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Count(n) => s.serialize_u32(*n),
            Cell::Small => s.serialize_str("<5"),
            Cell::Hidden => s.serialize_str("x"),
        }
    }
}

/// Counts and the sums between them. A cell is an index into the grid; a fixed cell (a grand
/// total that is always shown) is never hidden.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    values: Vec<u32>,
    fixed: Vec<bool>,
    sums: Vec<(usize, Vec<usize>)>,
}

impl Grid {
    /// A cell that may be suppressed.
    pub fn cell(&mut self, value: u32) -> usize {
        self.values.push(value);
        self.fixed.push(false);
        self.values.len() - 1
    }

    /// A cell that is always shown (a grand total).
    pub fn fixed(&mut self, value: u32) -> usize {
        let i = self.cell(value);
        self.fixed[i] = true;
        i
    }

    /// `whole` is published as the sum of `parts`.
    pub fn sum(&mut self, whole: usize, parts: Vec<usize>) {
        self.sums.push((whole, parts));
    }

    pub fn value(&self, i: usize) -> u32 {
        self.values[i]
    }

    /// Every cell as published: small ones `<5`; then, while some sum has exactly one hidden
    /// member, the smallest other member that is not zero (a zero only when nothing else is
    /// left) is hidden too; then each hidden cell is solved for as a reader would (its least
    /// and greatest value given every published sum, by linear programming: `minilp`), and
    /// while one is fixed, another member of its sums is hidden. A cell that nothing can
    /// protect (one person in all, whose total is shown) stays as it is.
    pub fn publish(&self) -> Vec<Cell> {
        let mut out: Vec<Cell> = self
            .values
            .iter()
            .zip(&self.fixed)
            .map(|(&v, &fixed)| if !fixed && (1..5).contains(&v) { Cell::Small } else { Cell::Count(v) })
            .collect();
        let mut unprotectable = vec![false; out.len()];
        loop {
            self.two_per_sum(&mut out);
            let Some(revealed) =
                (0..out.len()).find(|&i| is_hidden(out[i]) && !unprotectable[i] && self.solved(&out, i))
            else {
                return out;
            };
            match self.nearest_candidate(&out, revealed) {
                Some(i) => out[i] = Cell::Hidden,
                None => unprotectable[revealed] = true,
            }
        }
    }

    /// The cell to hide for `revealed`: picked among the members of its sums, else of the
    /// sums of those members, and so on outwards.
    fn nearest_candidate(&self, out: &[Cell], revealed: usize) -> Option<usize> {
        let mut reached = vec![false; out.len()];
        reached[revealed] = true;
        let mut frontier = vec![revealed];
        while !frontier.is_empty() {
            let members: Vec<usize> = self
                .sums
                .iter()
                .filter(|(w, p)| frontier.iter().any(|c| w == c || p.contains(c)))
                .flat_map(|(w, p)| p.iter().copied().chain([*w]))
                .collect();
            if let Some(i) = self.pick(out, members.iter().copied()) {
                return Some(i);
            }
            frontier = members.into_iter().filter(|&i| !std::mem::replace(&mut reached[i], true)).collect();
        }
        None
    }

    /// The smallest visible member that is not zero, else a zero one; never a fixed cell.
    fn pick(&self, out: &[Cell], members: impl Iterator<Item = usize> + Clone) -> Option<usize> {
        let candidates = members.filter(|&i| !self.fixed[i] && !is_hidden(out[i]));
        candidates.clone().filter(|&i| self.values[i] > 0).min_by_key(|&i| (self.values[i], i)).or(candidates.min())
    }

    /// Hide one more member of every sum that has exactly one hidden.
    fn two_per_sum(&self, out: &mut [Cell]) {
        loop {
            let mut changed = false;
            for (whole, parts) in &self.sums {
                let members = parts.iter().copied().chain([*whole]);
                if members.clone().filter(|&i| is_hidden(out[i])).count() == 1 {
                    if let Some(i) = self.pick(out, members) {
                        out[i] = Cell::Hidden;
                        changed = true;
                    }
                }
            }
            if !changed {
                return;
            }
        }
    }

    /// Whether a reader of `out` can tell the hidden cell `target`'s value: its least and
    /// greatest value given the published sums (`<5` is 1 to 4, `x` 0 or more) leave one
    /// whole number.
    fn solved(&self, out: &[Cell], target: usize) -> bool {
        let bound = |dir| {
            let mut lp = Problem::new(dir);
            let vars: Vec<Option<Variable>> = out
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let objective = if i == target { 1.0 } else { 0.0 };
                    match c {
                        Cell::Count(_) => None,
                        Cell::Small => Some(lp.add_var(objective, (1.0, 4.0))),
                        Cell::Hidden => Some(lp.add_var(objective, (0.0, f64::INFINITY))),
                    }
                })
                .collect();
            for (whole, parts) in &self.sums {
                let mut known = 0.0;
                let mut terms = Vec::new();
                for (i, sign) in parts.iter().map(|&i| (i, 1.0)).chain([(*whole, -1.0)]) {
                    match vars[i] {
                        Some(v) => terms.push((v, sign)),
                        None => known += sign * f64::from(self.values[i]),
                    }
                }
                if !terms.is_empty() {
                    lp.add_constraint(terms.as_slice(), ComparisonOp::Eq, -known);
                }
            }
            lp.solve().map(|s| s.objective()).ok()
        };
        match (bound(OptimizationDirection::Minimize), bound(OptimizationDirection::Maximize)) {
            (Some(lo), Some(hi)) => (hi + 1e-6).floor() - (lo - 1e-6).ceil() < 1.0,
            _ => false,
        }
    }
}

fn is_hidden(c: Cell) -> bool {
    !matches!(c, Cell::Count(_))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_cell_and_the_smallest_other_part_of_its_sum_are_hidden() {
        let mut g = Grid::default();
        let total = g.fixed(33);
        let parts = vec![g.cell(3), g.cell(20), g.cell(10), g.cell(0)];
        g.sum(total, parts.clone());
        let out = g.publish();
        assert_eq!(out[total], Cell::Count(33));
        assert_eq!(
            parts.iter().map(|&i| out[i]).collect::<Vec<_>>(),
            [Cell::Small, Cell::Count(20), Cell::Hidden, Cell::Count(0)]
        );
    }

    #[test]
    fn a_zero_is_hidden_only_when_nothing_else_is_left() {
        let mut g = Grid::default();
        let total = g.fixed(3);
        let parts = vec![g.cell(3), g.cell(0)];
        g.sum(total, parts.clone());
        let out = g.publish();
        assert_eq!([out[parts[0]], out[parts[1]]], [Cell::Small, Cell::Hidden]);
    }

    #[test]
    fn nothing_is_hidden_without_a_small_cell() {
        let mut g = Grid::default();
        let total = g.fixed(30);
        let parts = vec![g.cell(10), g.cell(20), g.cell(0)];
        g.sum(total, parts);
        assert!(g.publish().iter().all(|c| matches!(c, Cell::Count(_))));
    }
}
