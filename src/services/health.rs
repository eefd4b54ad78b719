//! Portal health: schedule, history, status feeds.
