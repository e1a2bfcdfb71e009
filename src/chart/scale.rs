//! Scales and axes: value-to-pixel mapping, "nice" ticks, category bands,
//! and axis labels that shorten or thin out instead of overlapping.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{Painter, Rect};
use crate::error::Result;

/// Maps values in `[d0, d1]` to pixels in `[r0, r1]` (r0 at d0).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Linear {
    pub d0: f64,
    pub d1: f64,
    pub r0: i32,
    pub r1: i32,
}

impl Linear {
    pub fn map(&self, v: f64) -> i32 {
        let t = if self.d1 == self.d0 {
            0.0
        } else {
            (v - self.d0) / (self.d1 - self.d0)
        };
        (f64::from(self.r0) + t * f64::from(self.r1 - self.r0)).round() as i32
    }
}

/// Ticks covering `[min, max]` at a step of 1, 2, 2.5 or 5 times a power of
/// ten, about `target` of them. The first tick is at or below `min`, the
/// last at or above `max`.
pub fn nice_ticks(min: f64, max: f64, target: usize) -> Vec<f64> {
    let (min, max) = if max > min {
        (min, max)
    } else {
        (min, min + 1.0)
    };
    let raw = (max - min) / target.max(1) as f64;
    // powi, not powf: the same powers of ten (each correctly rounded), and
    // no libm `pow` in the wasm (-0.8 KB gzip; nothing else draws with it).
    let mag = 10f64.powi(crate::error::decade(raw));
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let first = (min / step).floor() * step;
    let mut ticks = Vec::new();
    let mut i = 0.0;
    loop {
        let t = first + i * step;
        // Snap away float noise so labels read 0.3, not 0.30000000000000004.
        let t = (t / step).round() * step;
        ticks.push(if t.abs() < step * 1e-9 { 0.0 } else { t });
        if t >= max - step * 1e-9 || ticks.len() > 50 {
            break;
        }
        i += 1.0;
    }
    ticks
}

/// Equal bands across `[x0, x1]`, one per category.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    pub x0: i32,
    pub x1: i32,
    pub n: usize,
}

impl Band {
    pub fn step(&self) -> f64 {
        f64::from(self.x1 - self.x0) / self.n.max(1) as f64
    }
    pub fn start(&self, i: usize) -> i32 {
        self.x0 + (self.step() * i as f64).round() as i32
    }
    pub fn center(&self, i: usize) -> i32 {
        self.x0 + (self.step() * (i as f64 + 0.5)).round() as i32
    }
}

/// Draws horizontal gridlines and their labels left of `plot`; returns nothing.
pub fn y_axis<DB: DrawingBackend>(
    p: &mut Painter<DB>,
    plot: Rect,
    y: &Linear,
    scale: &Axis,
    label: &dyn Fn(f64, f64) -> String,
) -> Result<()> {
    let size = p.tick_size();
    let (grid, axis, muted) = (p.theme.grid, p.theme.axis, p.theme.muted);
    for &t in &scale.ticks {
        let py = y.map(t);
        let color = if t == 0.0 { axis } else { grid };
        p.line(&[(plot.x0, py), (plot.x1, py)], color, 1)?;
        p.tick_label(&label(t, scale.step), (plot.x0 - 6, py), size, muted)?;
    }
    Ok(())
}

/// The widest of the labels `ticks` would get, for sizing the left margin.
pub fn widest<DB: DrawingBackend>(
    p: &Painter<DB>,
    labels: impl Iterator<Item = String>,
    size: f64,
) -> Result<i32> {
    let mut w = 0;
    for l in labels {
        w = w.max(p.measure(&l, size, false)?.0);
    }
    Ok(w)
}

/// Draws one label per band below the plot at `y`, using the first set in
/// `levels` (longest first) whose labels all fit their bands; if even the
/// shortest do not fit, labels every k-th band, band `anchor` among them
/// (the latest period: the last year, the running year's latest month).
pub fn x_labels<DB: DrawingBackend>(
    p: &mut Painter<DB>,
    band: &Band,
    y: i32,
    levels: &[Vec<String>],
    anchor: Option<usize>,
) -> Result<()> {
    let size = p.tick_size();
    let room = band.step() - 6.0;
    let mut chosen: Option<(&Vec<String>, usize)> = None;
    for labels in levels {
        let w = widest(p, labels.iter().cloned(), size)?;
        if f64::from(w) <= room {
            chosen = Some((labels, 1));
            break;
        }
    }
    let (labels, every) = match chosen {
        Some(c) => c,
        None => {
            let shortest = levels.last().map(Vec::as_slice).unwrap_or(&[]);
            let w = f64::from(widest(p, shortest.iter().cloned(), size)?) + 6.0;
            let every = (w / band.step()).ceil().max(1.0) as usize;
            match levels.last() {
                Some(l) => (l, every),
                None => return Ok(()),
            }
        }
    };
    let muted = p.theme.muted;
    // Thinning keeps the latest period labelled: it matters most.
    let anchor = anchor.unwrap_or(labels.len().saturating_sub(1)) % every;
    for (i, l) in labels.iter().enumerate() {
        if i % every == anchor {
            p.text(
                l,
                (band.center(i), y),
                (HPos::Center, VPos::Top),
                size,
                muted,
                false,
            )?;
        }
    }
    Ok(())
}

/// A value axis: its ticks, and the values at the bottom and top of the
/// plot. The ends are the data with their room for labels, not rounded out
/// to a tick: a tick up to a step past the data once gave a short plot a
/// $15bn axis over $10bn of data, or -50% to +100% over rates of -1% to 46%.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    pub ticks: Vec<f64>,
    /// Between ticks: their labels take the decimals it needs.
    pub step: f64,
    pub lo: f64,
    pub hi: f64,
}

/// A value axis for `[min, max]` data in a plot `plot_h` px tall that keeps
/// `headroom` px free above the highest value (and `footroom` below the
/// lowest, when it is negative) for labels. Bars need `zero` (the axis starts
/// at 0); lines may start near their lowest value. Returns the axis and the
/// left margin its labels need. `label` writes a tick's value given the
/// step between ticks (`$1.025bn` where they are $25m apart, not `$1.02bn`).
pub fn value_axis<DB: DrawingBackend>(
    p: &Painter<DB>,
    (min, max, zero): (f64, f64, bool),
    plot_h: i32,
    (headroom, footroom): (i32, i32),
    label: &dyn Fn(f64, f64) -> String,
) -> Result<(Axis, i32)> {
    let plot_h = f64::from(plot_h.max(40));
    let free = (plot_h - f64::from(headroom + footroom)).max(10.0);
    let floor = if zero { min.min(0.0) } else { min };
    // Data all of one value (a custom dataset's flat months): a band around
    // it, so that the line runs mid-plot between labelled gridlines instead
    // of along the floor under a single label.
    let (floor, max) = if max - floor <= max.abs() * 1e-9 {
        // A tenth of the value each way ($0.5m: 0.45-0.55), one unit about 0.
        let pad = if max == 0.0 { 1.0 } else { max.abs() * 0.1 };
        (
            if floor >= 0.0 {
                (floor - pad).max(0.0)
            } else {
                floor - pad
            },
            max + pad,
        )
    } else {
        (floor, max)
    };
    // Extend the domain so that the data fill only the `free` pixels.
    let span = (max - floor).max(f64::EPSILON);
    let per_px = span / free;
    let hi = max + per_px * f64::from(headroom);
    // Data that are all zero or more never get a negative tick (a line
    // chart's footroom below a zero month would otherwise add "-$100m").
    let lo = if floor < 0.0 || !zero {
        floor - per_px * f64::from(footroom)
    } else {
        0.0
    };
    let lo = if min >= 0.0 { lo.max(0.0) } else { lo };
    let mut want = (plot_h / 55.0).clamp(3.0, 7.0) as usize;
    let mut ticks = nice_ticks(lo, hi, want);
    // Fewer ticks while their labels would touch: a taller script's labels
    // (Nastaliq's line box) need more room between them than Latin ones.
    let gap = f64::from(p.line_h(p.tick_size())) + 4.0;
    while want > 2 && ticks.len() > 2 && plot_h * (ticks[1] - ticks[0]) / (hi - lo) < gap {
        want -= 1;
        ticks = nice_ticks(lo, hi, want);
    }
    // Ticks inside the plot only: nice_ticks reaches a tick at or past
    // each end, which the plot does not.
    let step = if ticks.len() > 1 {
        ticks[1] - ticks[0]
    } else {
        1.0
    };
    let slack = (hi - lo) * 1e-9;
    ticks.retain(|t| *t >= lo - slack && *t <= hi + slack);
    let left = widest(p, ticks.iter().map(|t| label(*t, step)), p.tick_size())? + 12;
    Ok((
        Axis {
            ticks,
            step,
            lo,
            hi,
        },
        left,
    ))
}

/// Lays out the data area `plot`, maps `axis` onto its height, draws the
/// gridlines with their labels, and divides its width into `bands`
/// categories: the frame every cartesian chart here starts from.
pub fn frame<DB: DrawingBackend>(
    p: &mut Painter<DB>,
    plot: Rect,
    axis: &Axis,
    bands: usize,
    label: &dyn Fn(f64, f64) -> String,
) -> Result<(Linear, Band)> {
    let y = Linear {
        d0: axis.lo,
        d1: axis.hi,
        r0: plot.y1,
        r1: plot.y0,
    };
    p.set_plot(plot);
    y_axis(p, plot, &y, axis, label)?;
    Ok((
        y,
        Band {
            x0: plot.x0,
            x1: plot.x1,
            n: bands,
        },
    ))
}

#[cfg(test)]
mod tests {
    /// `nice_ticks` takes its powers of ten from `powi`: the same values
    /// `powf` gives, over every magnitude a chart can meet.
    #[test]
    fn powi_gives_the_powers_of_ten_powf_gives() {
        for e in -15..=15 {
            assert_eq!(10f64.powi(e), 10f64.powf(f64::from(e)), "10^{e}");
        }
    }
}
