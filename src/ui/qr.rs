//! A link as a QR code, for the phone in the user's hand: drawn as dark modules on a
//! white square with the standard four-module quiet zone (whatever the theme, a camera
//! needs dark on light), large enough to scan at arm's length. The code comes from the
//! `qrcode` crate (maintained, no RustSec advisory); the tests decode what is painted
//! back with `rqrr`.

use egui::{Color32, Rect, Sense, Shape, Stroke, Vec2};

/// The smallest side drawn, in points: about 4 cm on a typical screen, which a phone
/// camera reads from 40–60 cm.
pub const MIN_SIDE: f32 = 168.0;

/// The quiet zone around the code, in modules (the standard's minimum).
const QUIET: usize = 4;

/// The modules of `link`'s code (`true` dark), row by row, and its width. `None` only
/// for data too long for any QR version (links are far shorter).
pub fn modules(link: &str) -> Option<(Vec<bool>, usize)> {
    let code = qrcode::QrCode::with_error_correction_level(link, qrcode::EcLevel::M).ok()?;
    let width = code.width();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    Some((dark, width))
}

/// The shapes that draw `link`'s code filling `rect` (a square): the white square with
/// its quiet zone, then one rectangle per dark module.
pub fn shapes(link: &str, rect: Rect) -> Vec<Shape> {
    let Some((dark, width)) = modules(link) else {
        return Vec::new();
    };
    let cells = width + 2 * QUIET;
    let cell = rect.width().min(rect.height()) / cells as f32;
    let origin = rect.min + Vec2::splat(QUIET as f32 * cell);
    let mut out = vec![Shape::rect_filled(rect, 0.0, Color32::WHITE)];
    for (i, is_dark) in dark.iter().enumerate() {
        if !*is_dark {
            continue;
        }
        let (x, y) = ((i % width) as f32, (i / width) as f32);
        let min = origin + Vec2::new(x * cell, y * cell);
        // A hair wider than the cell, so neighbouring modules join without seams.
        let module = Rect::from_min_size(min, Vec2::splat(cell + 0.3));
        out.push(Shape::rect_filled(module, 0.0, Color32::BLACK));
    }
    out
}

/// Draws `link` as a QR code, `side` points square (at least [`MIN_SIDE`]), with
/// `label` as its accessible name (an image: "QR code: the setup page for Passkey").
pub fn qr_ui(ui: &mut egui::Ui, link: &str, side: f32, label: &str) -> egui::Response {
    let side = side.max(MIN_SIDE);
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(side), Sense::hover());
    if ui.is_rect_visible(rect) {
        ui.painter().extend(shapes(link, rect));
        ui.painter().rect_stroke(
            rect,
            0.0,
            Stroke::new(1.0, Color32::from_gray(120)),
            egui::StrokeKind::Inside,
        );
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Image, true, label));
    response
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Rasterises the painted shapes (white and black rectangles) at `scale` pixels per
    /// point into a greyscale image, as a screen would show them.
    pub fn raster(shapes: &[Shape], rect: Rect, scale: f32) -> (Vec<u8>, usize, usize) {
        let w = (rect.width() * scale).ceil() as usize;
        let h = (rect.height() * scale).ceil() as usize;
        let mut img = vec![200u8; w * h];
        for s in shapes {
            let Shape::Rect(r) = s else { continue };
            let luma = if r.fill == Color32::BLACK { 0 } else { 255 };
            let x0 = ((r.rect.min.x - rect.min.x) * scale).max(0.0) as usize;
            let y0 = ((r.rect.min.y - rect.min.y) * scale).max(0.0) as usize;
            let x1 = (((r.rect.max.x - rect.min.x) * scale) as usize).min(w);
            let y1 = (((r.rect.max.y - rect.min.y) * scale) as usize).min(h);
            for y in y0..y1 {
                for x in x0..x1 {
                    img[y * w + x] = luma;
                }
            }
        }
        (img, w, h)
    }

    /// Decodes the QR code in a greyscale image.
    pub fn decode(img: &[u8], w: usize, h: usize) -> Option<String> {
        let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| img[y * w + x]);
        let grids = prepared.detect_grids();
        grids.first()?.decode().ok().map(|(_, text)| text)
    }

    #[test]
    fn what_is_painted_decodes_to_the_exact_link() {
        for link in [
            "https://aka.ms/mysecurityinfo",
            "https://mysignins.microsoft.com/security-info?tenant=contoso.onmicrosoft.com",
            "https://contoso.okta.com/enduser/settings",
        ] {
            let rect = Rect::from_min_size(egui::pos2(10.0, 20.0), Vec2::splat(MIN_SIDE));
            let (img, w, h) = raster(&shapes(link, rect), rect, 1.0);
            assert_eq!(decode(&img, w, h).as_deref(), Some(link));
            // At 200 % text size too.
            let (img, w, h) = raster(&shapes(link, rect), rect, 2.0);
            assert_eq!(decode(&img, w, h).as_deref(), Some(link));
        }
    }

    #[test]
    fn a_module_is_big_enough_for_a_camera() {
        let link = "https://mysignins.microsoft.com/security-info?tenant=contoso.onmicrosoft.com";
        let (_, width) = modules(link).unwrap();
        let cell = MIN_SIDE / (width + 2 * QUIET) as f32;
        assert!(cell >= 3.5, "{cell} points per module for {width} modules");
    }
}
