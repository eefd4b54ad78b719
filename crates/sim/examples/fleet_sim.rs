//! The fleet simulator (issue 10): N copies of MFA Ready against one provider
//! that fails for an outage, on a simulated clock.
//!
//! ```text
//! cargo run --release --example fleet_sim -- --clients 50000 --outage 4h --seed 1
//! cargo run --release --example fleet_sim -- --outage 1h --json
//! cargo run --release --example fleet_sim -- --outage 4h --chart assets/fleet/outage-4h.png
//! ```
//!
//! The simulation itself is `mfa_ready_sim` (crates/sim) (the same `core` decisions as the
//! app); this file parses the command line, prints the figures and draws the chart.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Instant;

use clap::Parser;
use mfa_ready_sim::{self as sim, Bucket, FailMode, Report, Rules, SimConfig};
use plotters::prelude::*;

#[derive(Debug, Parser)]
#[command(about = "Simulate a fleet of MFA Ready copies through a portal outage")]
struct Args {
    /// Number of devices.
    #[arg(long, default_value_t = 50_000)]
    clients: u32,
    /// Length of the outage (90s, 30m, 4h).
    #[arg(long, default_value = "4h")]
    outage: String,
    /// When the outage starts.
    #[arg(long, default_value = "1h")]
    outage_start: String,
    /// The whole simulated run.
    #[arg(long, default_value = "8h")]
    duration: String,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How the provider fails: 504, refused, 429 or 429:<retry-after seconds>.
    #[arg(long, default_value = "504")]
    mode: String,
    /// Provider capacity as a multiple of the steady rate ("none": unlimited).
    #[arg(long, default_value = "1.5")]
    capacity: String,
    /// Share of devices with a queued job.
    #[arg(long, default_value_t = 0.2)]
    job_share: f64,
    /// The policy's probe_interval_s.
    #[arg(long, default_value_t = 300)]
    interval: u32,
    /// Use the rules from before issue 10 (for comparison).
    #[arg(long)]
    legacy: bool,
    /// Print the figures as JSON.
    #[arg(long)]
    json: bool,
    /// Draw the load over time into this PNG.
    #[arg(long)]
    chart: Option<std::path::PathBuf>,
}

/// A command-line value the simulation cannot use.
#[derive(Debug, thiserror::Error)]
enum ArgsError {
    #[error("--capacity: {0}")]
    Capacity(#[from] std::num::ParseFloatError),
    #[error(transparent)]
    Config(#[from] sim::ConfigError),
}

fn config(a: &Args) -> Result<SimConfig, ArgsError> {
    let capacity = match a.capacity.as_str() {
        "none" => None,
        c => Some(c.parse::<f64>()?),
    };
    Ok(SimConfig {
        clients: a.clients,
        seed: a.seed,
        duration_ms: sim::parse_duration(&a.duration)?,
        outage_start_ms: sim::parse_duration(&a.outage_start)?,
        outage_ms: sim::parse_duration(&a.outage)?,
        mode: FailMode::parse(&a.mode)?,
        capacity,
        job_share: a.job_share,
        probe_interval_s: a.interval,
        rules: if a.legacy {
            Rules::Legacy
        } else {
            Rules::Fleet
        },
    })
}

fn opt(v: Option<f64>) -> String {
    v.map_or_else(|| "never".to_owned(), |s| format!("{s:.0} s"))
}

fn print_table(r: &Report, wall_s: f64) {
    println!("clients                      {}", r.clients);
    println!("outage                       {} s", r.outage_s);
    println!("steady rate                  {:.1} req/s", r.steady_rps);
    println!("outage amplification         {:.2}", r.outage_amplification);
    println!("recovery peak ÷ steady       {:.2}", r.recovery_peak_ratio);
    println!("jobs open at recovery        {}", r.jobs_open_at_recovery);
    println!(
        "jobs 50 % done after         {}",
        opt(r.jobs_p50_after_recovery_s)
    );
    println!(
        "jobs 99 % done after         {}",
        opt(r.jobs_p99_after_recovery_s)
    );
    println!("jobs gave up                 {}", r.jobs_gave_up);
    println!("second outage                {}", r.second_outage);
    println!(
        "\"it's back\" median           {}",
        opt(r.back_notice_p50_s)
    );
    println!("wall time                    {wall_s:.1} s");
}

/// A font for the chart's text that needs no system fonts: egui's own.
fn register_font() {
    let defs = egui::FontDefinitions::default();
    if let Some(f) = defs.font_data.get("Ubuntu-Light") {
        let bytes: &'static [u8] = Box::leak(f.bytes().to_vec().into_boxed_slice());
        let _ = plotters::style::register_font("sans-serif", FontStyle::Normal, bytes);
    }
}

fn draw(
    path: &std::path::Path,
    cfg: &SimConfig,
    r: &Report,
) -> Result<(), Box<dyn std::error::Error>> {
    register_font();
    let root = BitMapBackend::new(path, (1200, 600)).into_drawing_area();
    root.fill(&WHITE)?;
    let hours = |i: usize| i as f64 * 10.0 / 3600.0;
    let rate = |n: u32| f64::from(n) / 10.0;
    let b: &[Bucket] = &r.buckets;
    let top = b
        .iter()
        .map(|x| rate(x.total()))
        .fold(r.steady_rps * 2.2, f64::max);
    let end_h = cfg.duration_ms as f64 / 3_600_000.0;
    let title = format!(
        "{} devices, {} h outage ({}): requests per second, 10 s buckets",
        cfg.clients,
        cfg.outage_ms as f64 / 3_600_000.0,
        if cfg.rules == Rules::Legacy {
            "rules before issue 10"
        } else {
            "fleet rules"
        }
    );
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 22))
        .margin(15)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(0.0..end_h, 0.0..top * 1.05)?;
    chart
        .configure_mesh()
        .x_desc("hours")
        .y_desc("requests / s")
        .label_style(("sans-serif", 15))
        .draw()?;
    let series = |f: &dyn Fn(&Bucket) -> u32| -> Vec<(f64, f64)> {
        b.iter()
            .enumerate()
            .map(|(i, x)| (hours(i), rate(f(x))))
            .collect()
    };
    chart
        .draw_series(LineSeries::new(
            series(&|x| x.total()),
            BLACK.stroke_width(1),
        ))?
        .label("all requests")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], BLACK));
    chart
        .draw_series(LineSeries::new(series(&|x| x.probes), BLUE.stroke_width(1)))?
        .label("probes")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], BLUE));
    chart
        .draw_series(LineSeries::new(series(&|x| x.jobs), GREEN.stroke_width(1)))?
        .label("job requests")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], GREEN));
    let flat = |v: f64| vec![(0.0, v), (end_h, v)];
    chart
        .draw_series(LineSeries::new(flat(r.steady_rps), RED.stroke_width(1)))?
        .label("steady rate")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], RED));
    if let Some(c) = cfg.capacity {
        chart
            .draw_series(LineSeries::new(
                flat(r.steady_rps * c),
                MAGENTA.stroke_width(1),
            ))?
            .label("provider capacity")
            .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], MAGENTA));
    }
    let (s, e) = (
        cfg.outage_start_ms as f64 / 3_600_000.0,
        cfg.outage_end_ms() as f64 / 3_600_000.0,
    );
    chart.draw_series(std::iter::once(Rectangle::new(
        [(s, 0.0), (e, top * 1.05)],
        RGBColor(255, 200, 200).mix(0.25).filled(),
    )))?;
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .label_font(("sans-serif", 15))
        .draw()?;
    root.present()?;
    Ok(())
}

fn main() {
    let args = Args::parse();
    let cfg = match config(&args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("fleet_sim: {e}");
            std::process::exit(2);
        }
    };
    let started = Instant::now();
    let report = match sim::run(&cfg) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("fleet_sim: {e}");
            std::process::exit(2);
        }
    };
    let wall = started.elapsed().as_secs_f64();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report).unwrap());
        eprintln!("wall time {wall:.1} s");
    } else {
        print_table(&report, wall);
    }
    if let Some(path) = &args.chart
        && let Err(e) = draw(path, &cfg, &report)
    {
        eprintln!("fleet_sim: chart: {e}");
        std::process::exit(1);
    }
}
