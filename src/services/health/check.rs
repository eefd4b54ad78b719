//! One full check (connectivity, every portal, every vendor status feed, all at
//! once) and its place in the history.

use std::time::Duration;

use jiff::SignedDuration;

use super::report::{FeedFailure, FeedState, HealthReport};
use super::settings::HealthSettings;
use crate::services::probe::{Prober, prober_for};
use crate::services::store::{Store, StoreError};
use mfa_ready_core::feeds::{MAX_FEED_BYTES, parse_feed};
use mfa_ready_core::policy::StatusFeed;

/// How long probe results are kept.
pub const HISTORY_RETENTION: SignedDuration = SignedDuration::from_hours(7 * 24);

/// Upper bound for fetching one status feed.
pub const FEED_TIMEOUT: Duration = Duration::from_secs(15);

/// Fetches and parses one feed: https, or plain http only to loopback (labs and
/// tests), TLS verified, at most [`MAX_FEED_BYTES`] ("too large" beyond).
pub async fn fetch_feed(prober: &Prober, feed: &StatusFeed) -> FeedState {
    let result = match prober
        .fetch_body(&feed.url, FEED_TIMEOUT, MAX_FEED_BYTES)
        .await
    {
        Err(e) => Err(FeedFailure::Load(e)),
        Ok((status, _)) if !(200..300).contains(&status) => Err(FeedFailure::Status(status)),
        Ok((_, body)) => parse_feed(feed.kind, &body).map_err(FeedFailure::Parse),
    };
    FeedState::from_result(feed, result)
}

/// Builds the prober off the async threads (reading the trust store touches files).
pub async fn prober(settings: &HealthSettings) -> Prober {
    prober_for(&settings.probe).await
}

/// Every feed, concurrently, in policy order.
async fn fetch_feeds(prober: &Prober, feeds: &[StatusFeed]) -> Vec<FeedState> {
    let mut set = tokio::task::JoinSet::new();
    for (i, f) in feeds.iter().enumerate() {
        let p = prober.clone();
        let f = f.clone();
        set.spawn(async move { (i, fetch_feed(&p, &f).await) });
    }
    let mut out: Vec<Option<FeedState>> = vec![None; feeds.len()];
    while let Some(Ok((i, r))) = set.join_next().await {
        if let Some(slot) = out.get_mut(i) {
            *slot = Some(r);
        }
    }
    feeds
        .iter()
        .zip(out)
        .map(|(f, r)| r.unwrap_or_else(|| FeedState::from_result(f, Err(FeedFailure::Task))))
        .collect()
}

/// One full check: connectivity, every portal and every feed, concurrently.
/// Never hangs: every probe and fetch has a deadline. Stamped with the
/// settings' clock.
pub async fn check(prober: &Prober, settings: &HealthSettings) -> HealthReport {
    let checked_at = settings.clock().now();
    let (probed, feeds) = tokio::join!(
        prober.check_all(&settings.targets),
        fetch_feeds(prober, &settings.feeds)
    );
    HealthReport {
        checked_at,
        connectivity: probed.connectivity,
        portals: probed.portals,
        feeds,
    }
}

/// Stores a report and prunes history older than [`HISTORY_RETENTION`] before it.
pub fn record(store: &mut Store, report: &HealthReport) -> Result<(), StoreError> {
    store.insert_probe_results(&report.rows())?;
    store.prune_probe_results(report.checked_at - HISTORY_RETENTION)?;
    for feed in report.feeds.iter().filter(|f| f.error.is_none()) {
        store.record_feed(&feed.name, &feed.incidents, report.checked_at)?;
    }
    Ok(())
}
