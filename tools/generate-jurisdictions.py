#!/usr/bin/env python3
"""Regenerates the jurisdiction reference data Telerad ships from Debian's iso-codes package.

Usage: apt-get install iso-codes && python3 tools/generate-jurisdictions.py
Writes licensing-registry/src/main/resources/org/telerad/registry/api/iso-3166.tsv
(code, name, category; ISO 3166-1 alpha-2 countries and ISO 3166-2 subdivisions). iso-codes is LGPL-2.1+.
"""
import json
import os
import subprocess

SRC = "/usr/share/iso-codes/json"
OUT = os.path.join(os.path.dirname(__file__), "..", "licensing-registry", "src", "main", "resources",
                   "org", "telerad", "registry", "api", "iso-3166.tsv")


def main():
    countries = json.load(open(os.path.join(SRC, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    subdivisions = json.load(open(os.path.join(SRC, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                             capture_output=True, text=True).stdout or "unknown"
    rows = [(c["alpha_2"], c["name"], "Country") for c in countries]
    rows += [(s["code"], s["name"], s["type"]) for s in subdivisions]
    rows.sort()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# ISO 3166-1 alpha-2 and ISO 3166-2 codes, generated from Debian iso-codes {version} (LGPL-2.1+)\n")
        f.write("# by tools/generate-jurisdictions.py; do not edit by hand\n")
        for code, name, category in rows:
            f.write(f"{code}\t{name.replace(chr(9), ' ')}\t{category}\n")
    print(f"wrote {len(rows)} jurisdictions to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
