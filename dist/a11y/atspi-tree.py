#!/usr/bin/python3
"""Reads a running app's accessibility tree over AT-SPI, as Orca would.

Prints one line per node (role, name, focus, heading level, live region) and, with
--json FILE, writes the nodes with their on-screen extents so that contrast.py can
measure the colours actually drawn inside each one. Needs Debian's python3-pyatspi and
an AT-SPI bus with org.a11y.Status.IsEnabled set (dist/a11y/walk.sh does both).
"""
import json
import sys
import time

import pyatspi


def attributes(acc):
    out = {}
    try:
        for a in acc.getAttributes():
            k, _, v = a.partition(":")
            out[k] = v
    except Exception:
        pass
    return out


def walk(acc, depth, out):
    try:
        role = acc.getRoleName()
        name = acc.name or ""
        states = acc.getState().getStates()
    except Exception:
        return
    extents = None
    try:
        e = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        extents = [e.x, e.y, e.width, e.height]
    except Exception:
        pass
    out.append(
        {
            "depth": depth,
            "role": role,
            "name": name,
            "focused": pyatspi.STATE_FOCUSED in states,
            "attributes": attributes(acc),
            "extents": extents,
        }
    )
    for i in range(acc.childCount):
        try:
            walk(acc.getChildAtIndex(i), depth + 1, out)
        except Exception:
            pass


def main():
    json_out = None
    if len(sys.argv) > 2 and sys.argv[1] == "--json":
        json_out = sys.argv[2]
    desktop = pyatspi.Registry.getDesktop(0)
    apps = []
    for _ in range(40):
        apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        apps = [a for a in apps if a is not None]
        if apps:
            break
        time.sleep(0.25)
    nodes = []
    for app in apps:
        walk(app, 0, nodes)
    for n in nodes:
        extra = ""
        a = n["attributes"]
        if "level" in a:
            extra += f" level={a['level']}"
        if "live" in a or "container-live" in a:
            extra += f" live={a.get('live', a.get('container-live'))}"
        focus = " FOCUSED" if n["focused"] else ""
        print(f"{'  ' * n['depth']}[{n['role']}] {n['name']!r}{focus}{extra}")
    if json_out:
        with open(json_out, "w") as f:
            json.dump(nodes, f, indent=1)


if __name__ == "__main__":
    main()
