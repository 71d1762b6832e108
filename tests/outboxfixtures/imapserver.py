"""A small IMAP4rev1 server on loopback: enough of LOGIN, LIST and APPEND to save drafts."""

from __future__ import annotations

import re
import socketserver
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from imapclient import imap_utf7

_LITERAL = re.compile(rb"\{(\d+)\}\r\n$")
_TOKEN = re.compile(rb'"((?:[^"\\]|\\.)*)"|\(([^)]*)\)|(\S+)')


@dataclass
class Mailbox:
    user: str
    password: str
    folders: dict[str, tuple[str, ...]]  # name -> attributes such as \Drafts
    appended: list[tuple[str, tuple[str, ...], str, bytes]] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)


def _tokens(raw: bytes) -> list[str]:
    out = []
    for quoted, paren, atom in _TOKEN.findall(raw):
        if quoted or (not paren and not atom):
            out.append(re.sub(rb"\\(.)", rb"\1", quoted).decode())
        elif paren:
            out.append("(" + paren.decode() + ")")
        else:
            out.append(atom.decode())
    return out


class _Handler(socketserver.StreamRequestHandler):
    server: _Server
    disable_nagle_algorithm = True  # answers go out at once, without a 40 ms stall

    def setup(self) -> None:
        if self.server.tls is not None:
            self.request = self.server.tls.wrap_socket(self.request, server_side=True)
        super().setup()

    def send(self, text: str) -> None:
        self.wfile.write(text.encode() + b"\r\n")

    def handle(self) -> None:
        box = self.server.box
        self.send("* OK [CAPABILITY IMAP4rev1 ID] unghost test IMAP ready")
        logged_in = False
        while line := self.rfile.readline(65536):
            literal = None
            if match := _LITERAL.search(line):
                self.send("+ go ahead")
                literal = self.rfile.read(int(match.group(1)))
                line = line[: match.start()] + self.rfile.readline(65536)
            tag, _, rest = line.strip().partition(b" ")
            command, _, args = rest.partition(b" ")
            name, words = command.decode().upper(), _tokens(args)
            box.commands.append(name)
            t = tag.decode()
            if name == "CAPABILITY":
                self.send("* CAPABILITY IMAP4rev1 ID")
                self.send(f"{t} OK CAPABILITY done")
            elif name == "ID":
                self.send('* ID ("name" "unghost-test")')
                self.send(f"{t} OK ID done")
            elif name == "LOGIN":
                logged_in = words[:2] == [box.user, box.password]
                self.send(
                    f"{t} OK LOGIN done" if logged_in else f"{t} NO [AUTHENTICATIONFAILED] bad"
                )
            elif name == "LIST" and logged_in:
                pattern = re.escape(imap_utf7.decode(words[1].encode()))
                wanted = re.compile(pattern.replace(r"\*", ".*").replace("%", "[^/]*") + "$")
                for folder, attributes in box.folders.items():
                    if not wanted.match(folder):
                        continue
                    encoded = imap_utf7.encode(folder).decode()
                    self.send(f'* LIST ({" ".join(attributes)}) "/" "{encoded}"')
                self.send(f"{t} OK LIST done")
            elif name == "APPEND" and logged_in and literal is not None:
                folder = imap_utf7.decode(words[0].encode())
                flags = tuple(words[1].strip("()").split()) if words[1].startswith("(") else ()
                when = words[2] if len(words) > 2 and not words[2].startswith("(") else ""
                if folder not in box.folders:
                    self.send(f"{t} NO [TRYCREATE] no such folder")
                    continue
                box.appended.append((folder, flags, when, literal))
                self.send(f"{t} OK [APPENDUID 1 {len(box.appended)}] APPEND done")
            elif name == "LOGOUT":
                self.send("* BYE")
                self.send(f"{t} OK LOGOUT done")
                return
            else:
                self.send(f"{t} BAD {name} not supported here")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, box: Mailbox, tls: ssl.SSLContext | None) -> None:
        self.box = box
        self.tls = tls
        super().__init__(("127.0.0.1", 0), _Handler)


@contextmanager
def imap_server(box: Mailbox, *, tls: ssl.SSLContext | None = None) -> Iterator[int]:
    """Serve `box` on a free loopback port for one test; yields the port."""
    server = _Server(box, tls)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
