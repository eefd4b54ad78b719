#!/usr/bin/env python3
"""The .deb's machine-readable copyright (DEP-5), on standard output: MFA Ready's own
licence, and every crate compiled into the Linux binary with the licence its crate
declares (from `cargo tree -e normal` for the host target: no build or test crates)."""
import re
import subprocess
import sys

CONTACT = "MFA Ready maintainers <packaging@mfa-ready.app>"

def crates():
    target = subprocess.run(["rustc", "-vV"], capture_output=True, text=True, check=True).stdout
    host = re.search(r"^host: (\S+)$", target, re.M).group(1)
    out = subprocess.run(
        ["cargo", "tree", "--locked", "-p", "mfa-ready", "-e", "normal", "--target", host,
         "--prefix", "none", "-f", "{p}\t{l}"],
        capture_output=True, text=True, check=True).stdout
    seen = {}
    for line in out.splitlines():
        if "\t" not in line:
            continue
        pkg, lic = line.split("\t", 1)
        m = re.match(r"(\S+) v(\S+)", pkg)
        if not m or m.group(1).startswith("mfa-ready"):
            continue
        # cargo tree marks a crate it printed before with " (*)".
        lic = lic.strip().removesuffix("(*)").strip()
        seen[(m.group(1), m.group(2))] = lic or "see the crate"
    return sorted(seen.items())

def para(text):
    """A DEP-5 multi-line field body: each line indented, empty lines as ' .'."""
    return "\n".join(" " + l if l.strip() else " ." for l in text.strip("\n").split("\n"))

def main():
    licence = open("dist/LICENSE.txt", encoding="utf-8").read()
    mit = licence[licence.index("Permission is hereby granted"):].strip()
    listed = "\n".join(f"{name} {version}: {lic}" for (name, version), lic in crates())
    sys.stdout.write(f"""Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: mfa-ready
Upstream-Contact: {CONTACT}
Source: https://mfa-ready.app

Files: *
Copyright: 2026 The MFA Ready contributors
License: MIT or Apache-2.0
Comment: The program is built with these Rust crates compiled in, each under the
 licence its crate declares:
 .
{para(listed)}

License: MIT
{para(mit)}

License: Apache-2.0
 On Debian systems, the full text of the Apache License, Version 2.0 can be
 found in /usr/share/common-licenses/Apache-2.0.
""")

if __name__ == "__main__":
    main()
