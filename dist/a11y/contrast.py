#!/usr/bin/env python3
"""Measures the contrast of what the window draws, WCAG 2 formula.

    contrast.py SCREENSHOT.png NODES.json [--min 4.5]

For every text node of the accessibility tree (from atspi-tree.py --json), it reads the
pixels inside the node's on-screen extents in the screenshot, takes the most common
colour as the background and the colour that contrasts most with it (among colours
drawn at least 3 times, so a stray anti-aliasing pixel is not the text) as the text,
and prints the ratio. Headings (large text) need 3:1, everything else 4.5:1 (or --min).
Exits 1 when any node falls short. Standard library only (the PNG goes through
ImageMagick's `convert` to a PPM).
"""
import json
import subprocess
import sys
from collections import Counter

TEXT_ROLES = {"label", "heading", "push button", "toggle button", "check box", "radio button", "menu item", "text"}


def read_ppm(path):
    data = subprocess.run(["convert", path, "-depth", "8", "ppm:-"], check=True, capture_output=True).stdout
    # P6\n<w> <h>\n255\n<bytes>
    parts = data.split(b"\n", 3)
    w, h = map(int, parts[1].split())
    return w, h, parts[3]


def luminance(rgb):
    def lin(v):
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = rgb
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def contrast(a, b):
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def measure(w, h, pixels, box):
    x, y, bw, bh = box
    counts = Counter()
    for yy in range(max(0, y), min(h, y + bh)):
        row = yy * w * 3
        for xx in range(max(0, x), min(w, x + bw)):
            i = row + xx * 3
            counts[(pixels[i], pixels[i + 1], pixels[i + 2])] += 1
    if not counts:
        return None
    bg = counts.most_common(1)[0][0]
    frequent = [c for c, n in counts.items() if n >= 3 and c != bg]
    if not frequent:
        return None
    fg = max(frequent, key=lambda c: contrast(c, bg))
    return contrast(fg, bg), fg, bg


def main():
    shot, nodes_path = sys.argv[1], sys.argv[2]
    minimum = float(sys.argv[sys.argv.index("--min") + 1]) if "--min" in sys.argv else 4.5
    w, h, pixels = read_ppm(shot)
    nodes = json.load(open(nodes_path))
    worst = None
    failures = 0
    for n in nodes:
        if n["role"] not in TEXT_ROLES or not n["name"] or not n["extents"]:
            continue
        m = measure(w, h, pixels, n["extents"])
        if m is None:
            continue
        ratio, fg, bg = m
        need = 3.0 if n["role"] == "heading" else minimum
        flag = "" if ratio >= need else "  <-- below %.1f:1" % need
        failures += bool(flag)
        print(f"{ratio:5.2f}:1  fg #{fg[0]:02x}{fg[1]:02x}{fg[2]:02x} on #{bg[0]:02x}{bg[1]:02x}{bg[2]:02x}  [{n['role']}] {n['name'][:70]!r}{flag}")
        if worst is None or ratio < worst[0]:
            worst = (ratio, n["name"])
    if worst:
        print(f"lowest: {worst[0]:.2f}:1 ({worst[1][:60]!r}); {failures} below the minimum")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
