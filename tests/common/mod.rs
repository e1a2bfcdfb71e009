//! Shared by the native test files (each includes it with `mod common;`).

use pk_it_exports::chart::{ChartKind, Options};
use pk_it_exports::growth::TargetReading;

/// Every view a reader can switch to: each chart as it opens, then the
/// monthly chart's year-to-date view and the targets chart's three-year sum.
pub fn views() -> Vec<Options> {
    let mut out: Vec<Options> = ChartKind::ALL
        .into_iter()
        .map(|chart| Options {
            chart,
            ..Options::default()
        })
        .collect();
    out.push(Options {
        chart: ChartKind::Monthly,
        cumulative: true,
        ..Options::default()
    });
    out.push(Options {
        chart: ChartKind::Targets,
        target_reading: TargetReading::Cumulative,
        ..Options::default()
    });
    out
}
