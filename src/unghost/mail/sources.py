"""Streams raw messages out of .eml files, mbox files (Google Takeout too) and Maildir folders."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from email.message import Message
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import BinaryIO

from unghost.mail.domains import find_ats, is_bounce_sender, is_job_board, registrable_domain
from unghost.mail.headers import decode_encoded_words, normalize_message_id, parse_message_ids
from unghost.mail.lexicon import compile_any, get_value, load_table

_BOM = b"\xef\xbb\xbf"
_MAIL_SUFFIXES = frozenset({".eml", ".mbox", ".mbx", ""})
_POSTMARK = re.compile(rb"From (\S+)(?:[ \t]+(.*?))?[ \t]*\r?")
_DATEISH = re.compile(rb"\d{1,2}:\d{2}|\b(?:19|20)\d\d\b")
_HEADER_LINE = re.compile(rb"[!-9;-~]+[ \t]*:")
_ESCAPED_FROM = re.compile(rb"(?m)^>(>*From )")
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
# After a line end (the block is read with one prepended): a literal first character lets the
# regex engine jump from line to line instead of trying every name at every byte.
_FIELD = re.compile(
    rb"\n(from|to|cc|reply-to|sender|subject|in-reply-to|references|x-gmail-labels|content-type"
    rb"|x-failed-recipients)[ \t]*:[ \t]*(.*(?:\r?\n[ \t].*)*)",
    re.IGNORECASE,
)
_UNFOLD = re.compile(rb"\r?\n[ \t]+")
_ADDRESS_HEADERS = ("from", "to", "cc", "reply-to", "sender")


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


class HeaderBlock(dict[str, str]):
    """The header fields the relevance test reads, by lower-case name (repeats joined by ', ')."""

    def __getitem__(self, key: str) -> str:
        return super().__getitem__(key.lower())

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and super().__contains__(key.lower())

    # dict.get is overloaded for any key type; this one takes names only (str).
    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return super().get(key.lower(), default)


def _header_end(raw: bytes) -> int:
    """Where the header block ends: just after the first line end of the first blank line
    (LF or CRLF), or the whole message when it has none. Looks for CRLF only before the first
    LF blank line, so a message in LF is scanned once, not twice to its end."""
    lf = raw.find(b"\n\n")
    crlf = raw.find(b"\r\n\r\n", 0, lf + 3 if lf >= 0 else len(raw))
    if crlf >= 0 and (lf < 0 or crlf < lf):
        return crlf + 1
    return lf + 1 if lf >= 0 else len(raw)


def read_headers(raw: bytes) -> HeaderBlock:
    """The few header fields relevance needs, found with one regex pass over the header block.

    Far cheaper than any `email` parser (the body is never looked at, other fields are skipped);
    unfolded, decoded as UTF-8 with replacement, encoded words left as they are.
    """
    head = b"\n" + raw[: _header_end(raw)]
    block = HeaderBlock()
    for match in _FIELD.finditer(head):
        name = match.group(1).decode("ascii").lower()
        value = match.group(2)
        if b"\n" in value:
            value = _UNFOLD.sub(b" ", value)
        text = value.decode("utf-8", "replace").strip()
        previous = dict.get(block, name)
        dict.__setitem__(block, name, f"{previous}, {text}" if previous else text)
    return block


def _addresses(get: Callable[[str], object]) -> list[str]:
    """The addresses of From, To, Cc, Reply-To and Sender in that order, lower-cased (one regex
    pass over the fields joined by a space, which no address can span)."""
    fields = " ".join(str(get(name) or "") for name in _ADDRESS_HEADERS)
    return [address.lower() for address in _ADDRESS.findall(fields)]


@lru_cache(maxsize=65_536)
def _registrable(host: str) -> str:
    """registrable_domain, remembered: a mailbox has a few thousand sender domains at most."""
    return registrable_domain(host)


@lru_cache(maxsize=65_536)
def _is_job_sender_domain(host: str) -> bool:
    """An ATS or a job board sends from `host` (remembered per domain)."""
    return find_ats(host) is not None or is_job_board(host)


@cache
def _subject_tests() -> tuple[re.Pattern[str], ...]:
    """The relevance subject words as two alternations, the `\\b`-led ones and the rest: the
    same verdict as one alternation of all of them, about three times faster (one that mixes
    both kinds of branches gives up the regex engine's scan for a first character)."""
    words: list[str] = load_table("mail_patterns")["relevance"]["subject_words"]
    led = [w for w in words if w.startswith("\\b")]
    rest = [w for w in words if not w.startswith("\\b")]
    return tuple(compile_any(group) for group in (led, rest) if group)


_last_ids: list[tuple[Collection[str], frozenset[str]]] = []


def _normalized_ids(ids: Collection[str]) -> frozenset[str]:
    """`ids` normalized and lower-cased, kept for the collection an import passes every time
    (normalizing 10k ids for each of 100k messages was most of an import's time)."""
    if _last_ids and _last_ids[0][0] is ids:
        return _last_ids[0][1]
    normalized = frozenset(normalize_message_id(m).lower() for m in ids)
    _last_ids[:] = [(ids, normalized)]
    return normalized


def is_candidate_relevant(
    headers: HeaderBlock | Message,
    known_domains: Collection[str],
    known_addresses: Collection[str],
    *,
    known_message_ids: Collection[str] = (),
) -> bool:
    """Cheap test on the headers alone: is this message worth a full parse and classification?

    True for mail to or from a known contact or company domain, from an ATS or job board,
    bounces, replies in a known thread, and subjects with job words. `known_domains` should
    hold registrable domains (acme.com), `known_addresses` lower-case addresses.
    """
    # a HeaderBlock holds lower-case names: read it as a plain dict (Message.get ignores case)
    get: Callable[[str], object] = (
        partial(dict.get, headers) if isinstance(headers, HeaderBlock) else headers.get
    )
    labels = str(get("x-gmail-labels") or "")
    if labels and "chat" in (label.strip().strip('"').lower() for label in labels.split(",")):
        return False
    addresses = _addresses(get)
    if any(address in known_addresses for address in addresses):
        return True
    domains = {address.rpartition("@")[2] for address in addresses}
    if known_domains and any(_registrable(d) in known_domains for d in domains):
        return True
    sender = addresses[0] if addresses else ""
    if sender and _is_job_sender_domain(sender.rpartition("@")[2]):
        return True
    if (sender and is_bounce_sender(sender)) or get("x-failed-recipients"):
        return True
    if "report" in str(get("content-type") or "").lower():
        return True
    if known_message_ids:
        replied = parse_message_ids(str(get("in-reply-to") or "")) + parse_message_ids(
            str(get("references") or "")
        )
        known = _normalized_ids(known_message_ids)
        if any(m.lower() in known for m in replied):
            return True
    subject = str(get("subject") or "")
    if "=?" in subject:
        subject = decode_encoded_words(subject, [], "subject")
    return any(test.search(subject) for test in _subject_tests())
