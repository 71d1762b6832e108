"""Streams raw messages out of .eml files, mbox files (Google Takeout too) and Maildir folders."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from unghost.mail.lexicon import get_value

_BOM = b"\xef\xbb\xbf"
_MAIL_SUFFIXES = frozenset({".eml", ".mbox", ".mbx", ""})
_POSTMARK = re.compile(rb"From (\S+)(?:[ \t]+(.*?))?[ \t]*\r?")
_DATEISH = re.compile(rb"\d{1,2}:\d{2}|\b(?:19|20)\d\d\b")
_HEADER_LINE = re.compile(rb"[!-9;-~]+[ \t]*:")
_ESCAPED_FROM = re.compile(rb"(?m)^>(>*From )")


@dataclass(frozen=True, slots=True)
class RawMail:
    """One message's bytes and where they came from (file, mbox offset or Maildir entry)."""

    raw: bytes
    location: str
    postmark: str | None = None
    defects: tuple[str, ...] = ()


def _is_postmark(line: bytes, next_line: bytes) -> bool:
    """Tell an mbox separator from a `From ` line that someone forgot to escape in a body.

    A separator names a sender (`-`, an address, MAILER-DAEMON, or anything followed by a
    date), has nothing but a date after it, and a header line follows. Old writers (Netscape,
    MimeKit's samples) put no blank line before it, so that is not required.
    """
    found = _POSTMARK.fullmatch(line)
    if found is None or not _HEADER_LINE.match(next_line):
        return False
    sender, rest = found.group(1), found.group(2)
    dated = bool(rest) and _DATEISH.search(rest) is not None
    if rest and not dated:
        return False
    return sender == b"-" or b"@" in sender or sender.upper() == b"MAILER-DAEMON" or dated


def _finish(raw: bytes, location: str, postmark: bytes | None, defects: list[str]) -> RawMail:
    if b">From " in raw:
        raw = _ESCAPED_FROM.sub(rb"\1", raw)
    mark = postmark.decode("latin-1").rstrip("\r") if postmark is not None else None
    return RawMail(raw=raw, location=location, postmark=mark, defects=tuple(defects))


class _Buffer:
    """A window on a binary file: `data[start:]` is unread; filling compacts what was consumed."""

    def __init__(self, handle: BinaryIO, chunk_size: int) -> None:
        self.handle = handle
        self.chunk_size = chunk_size
        self.data = b""
        self.start = 0
        self.base = 0
        self.eof = False

    @property
    def offset(self) -> int:
        """File offset of `data[start]`."""
        return self.base + self.start

    def fill(self) -> int:
        """Read one more chunk; returns how far indices into `data` moved down (compaction)."""
        more = self.handle.read(self.chunk_size)
        shift = self.start
        self.data = self.data[shift:] + more
        self.base += shift
        self.start = 0
        self.eof = not more
        return shift


def _open_mbox(buf: _Buffer) -> bytes | None:
    """Consume the BOM, blank lines and the first postmark line; None when it is no mbox."""
    while not buf.eof and (len(buf.data) < 3 or b"\n" not in buf.data.lstrip(b"\r\n")):
        buf.fill()
    if buf.data.startswith(_BOM):
        buf.start = 3
    rest = buf.data[buf.start :]
    buf.start += len(rest) - len(rest.lstrip(b"\r\n"))
    first_end = buf.data.find(b"\n", buf.start)
    if not buf.data.startswith(b"From ", buf.start) or first_end < 0:
        return None
    postmark = buf.data[buf.start : first_end]
    buf.start = first_end + 1
    return postmark


def iter_mbox(path: Path) -> Iterator[RawMail]:
    """Stream the messages of an mbox file with bounded memory, whatever its size.

    A `From ` line counts as a separator only where it looks like one (see `_is_postmark`);
    other `From ` lines stay in the body and are reported as the defect `from-line-in-body`.
    """
    max_bytes = get_value("mail_formats", "max_message_bytes")
    kept_bytes = get_value("mail_formats", "max_kept_bytes_of_oversized")
    with path.open("rb") as handle:
        buf = _Buffer(handle, get_value("mail_formats", "mbox_chunk_bytes"))
        postmark = _open_mbox(buf)
        if postmark is None:
            yield RawMail(raw=b"", location=str(path), defects=("not-an-mbox",))
            return
        defects: list[str] = []
        head: bytes | None = None
        offset = buf.offset
        pos = buf.start
        while True:
            data, begin = buf.data, buf.start
            i = data.find(b"\nFrom ", pos)
            line_end = data.find(b"\n", i + 1) if i >= 0 else -1
            next_end = data.find(b"\n", line_end + 1) if line_end >= 0 else -1
            if next_end < 0 and not buf.eof:
                pos = i if i >= 0 else max(begin, len(data) - 6)
                if head is None and len(data) - begin > max_bytes:
                    head = data[begin : begin + kept_bytes]
                    defects.append("message-too-large")
                if head is not None:
                    buf.start = pos
                pos -= buf.fill()
                continue
            if i < 0:
                raw = head if head is not None else data[begin:]
                yield _finish(raw, f"{path}@{offset}", postmark, defects)
                return
            line = data[i + 1 : line_end] if line_end >= 0 else data[i + 1 :]
            next_line = data[line_end + 1 : next_end] if next_end >= 0 else data[line_end + 1 :]
            if line_end >= 0 and _is_postmark(line, next_line):
                after_blank = data[i - 1 : i] == b"\n" or data[max(i - 2, 0) : i] == b"\n\r"
                raw = head if head is not None else data[begin : i if after_blank else i + 1]
                if after_blank and raw.endswith(b"\r"):
                    raw = raw[:-1]
                yield _finish(raw, f"{path}@{offset}", postmark, defects)
                postmark, defects, head = line, [], None
                buf.start = pos = line_end + 1
                offset = buf.offset
                continue
            if "from-line-in-body" not in defects:
                defects.append("from-line-in-body")
            pos = i + 1


def iter_eml(path: Path) -> Iterator[RawMail]:
    """The one message of an .eml file (an unreadable file yields an empty message with a defect)."""
    try:
        size = path.stat().st_size
        if size > get_value("mail_formats", "max_message_bytes"):
            with path.open("rb") as handle:
                raw = handle.read(get_value("mail_formats", "max_kept_bytes_of_oversized"))
            yield RawMail(raw=raw, location=str(path), defects=("message-too-large",))
            return
        yield RawMail(raw=path.read_bytes(), location=str(path))
    except OSError as exc:
        yield RawMail(raw=b"", location=str(path), defects=(f"unreadable-file:{exc.strerror}",))


def _listing(directory: Path) -> list[Path] | RawMail:
    """The sorted entries of a folder, or a message-less finding when it cannot be listed."""
    try:
        return sorted(directory.iterdir())
    except OSError as exc:
        return RawMail(raw=b"", location=str(directory),
                       defects=(f"unreadable-folder:{exc.strerror or exc}",))  # fmt: skip


def _not_a_message(entry: Path) -> RawMail | None:
    """Why a Maildir entry is no message (a dangling link, a folder, a FIFO), or None.

    stat() follows links and never opens: reading a FIFO would wait for a writer forever."""
    try:
        mode = entry.stat().st_mode
    except FileNotFoundError:
        return RawMail(raw=b"", location=str(entry), defects=("dangling-link",))
    except OSError as exc:
        return RawMail(raw=b"", location=str(entry), defects=(f"unreadable-file:{exc.strerror}",))
    if stat.S_ISREG(mode):
        return None
    kind = "folder" if stat.S_ISDIR(mode) else "fifo" if stat.S_ISFIFO(mode) else "special-file"
    return RawMail(raw=b"", location=str(entry), defects=(f"not-a-message:{kind}",))


def _maildir_folders(root: Path) -> Iterator[Path | RawMail]:
    if (root / "cur").is_dir() or (root / "new").is_dir():
        yield root
    listing = _listing(root)
    if isinstance(listing, RawMail):
        yield listing
        return
    for child in listing:
        maildir = (child / "cur").is_dir() or (child / "new").is_dir()
        if child.is_dir() and child.name.startswith(".") and maildir:
            yield child


def iter_maildir(root: Path) -> Iterator[RawMail]:
    """Every message in a Maildir (and its Maildir++ subfolders), `new/` and `cur/`, sorted;
    what cannot be read or is no message (links to nothing, folders, FIFOs) is a finding."""
    for folder in _maildir_folders(root):
        if isinstance(folder, RawMail):
            yield folder
            continue
        for sub in ("new", "cur"):
            directory = folder / sub
            if not directory.is_dir():
                continue
            listing = _listing(directory)
            if isinstance(listing, RawMail):
                yield listing
                continue
            for entry in listing:
                if entry.name.startswith("."):
                    continue
                problem = _not_a_message(entry)
                yield problem if problem is not None else from_eml(entry)


def from_eml(path: Path) -> RawMail:
    """The one message of a file (iter_eml, as one value)."""
    return next(iter_eml(path))


def _looks_like_mbox(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            start = handle.read(64)
    except OSError:
        return False
    return start.removeprefix(_BOM).lstrip(b"\r\n").startswith(b"From ")


def iter_mail(paths: Iterable[Path]) -> Iterator[RawMail]:
    """Every message under `paths`: .eml files, mbox files and Maildir folders, found by content."""
    for path in paths:
        if path.is_dir():
            if (path / "cur").is_dir() or (path / "new").is_dir():
                yield from iter_maildir(path)
                continue
            unreadable: list[OSError] = []
            children = sorted(
                Path(top, name)
                for top, _dirs, files in os.walk(path, onerror=unreadable.append)
                for name in files
                if Path(top, name).is_file()
            )
            for error in unreadable:
                yield RawMail(raw=b"", location=str(error.filename),
                              defects=(f"unreadable-folder:{error.strerror}",))  # fmt: skip
            maildirs = {p.parent.parent for p in children if p.parent.name in ("cur", "new")}
            for root in sorted(maildirs):
                # A Maildir++ subfolder (.Jobs) is read with its parent Maildir.
                if root.parent not in maildirs:
                    yield from iter_maildir(root)
            for child in children:
                if child.parent.parent in maildirs or child.name.startswith("."):
                    continue
                if child.suffix.lower() in _MAIL_SUFFIXES or _looks_like_mbox(child):
                    yield from iter_mail([child])
        elif _looks_like_mbox(path):
            yield from iter_mbox(path)
        elif path.exists():
            yield from iter_eml(path)
        else:
            yield RawMail(raw=b"", location=str(path), defects=("unreadable-file:not found",))
