//! The smallest eframe window, built from the same eframe as the app, for the
//! startup benchmark (`benches/startup.sh`). Prints `first-frame <unix ms>` on
//! stderr after its first frame when MFA_READY_BENCH_FIRST_FRAME is set, like the app.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

struct Baseline {
    announced: bool,
}

impl eframe::App for Baseline {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Hello");
        });
        if !self.announced {
            self.announced = true;
            if std::env::var_os("MFA_READY_BENCH_FIRST_FRAME").is_some() {
                let ms = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_millis());
                eprintln!("first-frame {ms}");
            }
        }
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Baseline")
            .with_inner_size([900.0, 700.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Baseline",
        options,
        Box::new(|_cc| Ok(Box::new(Baseline { announced: false }))),
    )
}
