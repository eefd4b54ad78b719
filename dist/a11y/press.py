#!/usr/bin/python3
"""Presses a control of the running app by its accessible name, over AT-SPI, as a
screen-reader user would (the Action interface's first action).

    press.py "Open setup page for Passkey on your phone"

Exits 1 when no control has that name (or a name that starts with it).
"""
import sys
import time

import pyatspi


def find(acc, name):
    try:
        if acc.name == name or (acc.name or "").startswith(name):
            try:
                acc.queryAction()
                return acc
            except NotImplementedError:
                pass
        for i in range(acc.childCount):
            found = find(acc.getChildAtIndex(i), name)
            if found is not None:
                return found
    except Exception:
        return None
    return None


def main():
    name = sys.argv[1]
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in range(40):
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            hit = find(app, name) if app is not None else None
            if hit is not None:
                hit.queryAction().doAction(0)
                return 0
        time.sleep(0.25)
    print(f"press.py: no control named {name!r}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
