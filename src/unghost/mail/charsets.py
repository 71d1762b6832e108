"""Turns mail bytes into text whatever the declared charset says, noting when it had to guess."""

from __future__ import annotations

import codecs
import unicodedata

from unghost.mail.lexicon import get_value, load_table


def _codec_for(label: str | None) -> str | None:
    """The Python codec for a MIME charset label, or None when the label is unknown."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    aliases = load_table("mail_formats")["charset_aliases"]
    name = aliases.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _looks_cjk(text: str) -> bool:
    """True when a GB18030 reading is plausible Chinese, not Latin-1 letters read as ideographs.

    Most non-ASCII characters must be wide (CJK), and most of those must stand next to another
    wide character: accented Latin letters misread as GB18030 come out as lone ideographs.
    """
    wide_flags = [_is_wide(c) for c in text]
    non_ascii = sum(1 for c in text if ord(c) > 0x7F)
    wide = sum(wide_flags)
    if non_ascii == 0:
        return True
    if wide / non_ascii < get_value("mail_formats", "cjk_min_share"):
        return False
    paired = sum(
        1
        for i, flag in enumerate(wide_flags)
        if flag
        and ((i > 0 and wide_flags[i - 1]) or (i + 1 < len(wide_flags) and wide_flags[i + 1]))
    )
    return paired / wide >= get_value("mail_formats", "cjk_min_share")


def decode_bytes(data: bytes, charset: str | None, defects: list[str], where: str) -> str:
    """Decode `data`, trying the declared charset, then UTF-8 and GB18030, then windows-1252."""
    if data.isascii():
        return data.decode("ascii")
    declared = _codec_for(charset)
    if charset and declared is None:
        defects.append(f"unknown-charset:{where}:{charset.strip()[:40]}")
    tried: list[str] = []
    # A declared ASCII or Latin-1 label is often wrong for 8-bit UTF-8 text: try UTF-8 first then.
    order = [declared] if declared and declared != "cp1252" else []
    order += [c for c in get_value("mail_formats", "fallback_charsets") if c not in order]
    if declared == "cp1252":
        order.insert(1, "cp1252")
    for codec in order:
        if codec is None or codec in tried:
            continue
        tried.append(codec)
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if codec == "gb18030" and declared != "gb18030" and not _looks_cjk(text):
            continue
        if declared and codec != declared:
            defects.append(f"wrong-charset:{where}:{charset}")
        elif not declared and codec != "utf-8":
            defects.append(f"guessed-charset:{where}:{codec}")
        return text
    # Mostly UTF-8 with a few broken sequences (a truncated header) reads best as UTF-8.
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    decoded = sum(1 for c in text if ord(c) > 0x7F) - broken
    share = get_value("mail_formats", "max_broken_utf8_share")
    if decoded > 0 and broken <= max(1, len(text) * share):
        defects.append(f"broken-utf-8:{where}")
        return text
    defects.append(f"guessed-charset:{where}:cp1252")
    return data.decode("cp1252", errors="replace")
