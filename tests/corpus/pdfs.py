"""Generate PDF resumes and cover letters with reportlab: text, CID fonts, links, scans, encryption."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

CJK_FONT = "STSong-Light"
LATIN_FONT = "Helvetica"
_LINE_HEIGHT = 16
_TOP = 800
_BOTTOM = 60

pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))


def _has_cjk(lines: Sequence[str]) -> bool:
    return any(ord(ch) > 0x2E80 for line in lines for ch in line)


def write_pdf(
    path: Path,
    pages: Sequence[Sequence[str]],
    *,
    links: Sequence[tuple[str, str]] = (),
    user_password: str | None = None,
    owner_password: str | None = None,
) -> Path:
    """Write one text page per item of `pages`; `links` are (label, uri) drawn as link annotations.

    The labels of `links` are drawn on the first page under its text, so the URI exists only as
    an annotation, as in resumes where "Email me" hides a mailto: link.
    """
    encrypt = None
    if user_password is not None or owner_password is not None:
        encrypt = pdfencrypt.StandardEncryption(
            user_password or "", ownerPassword=owner_password or "owner", canPrint=1
        )
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    for number, lines in enumerate(pages):
        font = CJK_FONT if _has_cjk(lines) else LATIN_FONT
        c.setFont(font, 11)
        y = _TOP
        for line in lines:
            c.drawString(72, y, line)
            y -= _LINE_HEIGHT
            if y < _BOTTOM:
                break
        if number == 0:
            for label, uri in links:
                c.setFont(CJK_FONT if _has_cjk([label]) else LATIN_FONT, 11)
                c.drawString(72, y, label)
                c.linkURL(uri, (72, y - 3, 72 + 8 * max(len(label), 4), y + 12), relative=0)
                y -= _LINE_HEIGHT
        c.showPage()
    c.save()
    return path


def write_scanned_pdf(path: Path, lines: Sequence[str]) -> Path:
    """A PDF holding only a picture of text, as a scanner makes it: no text layer."""
    image = Image.new("L", (1240, 1754), color=255)
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        draw.text((100, 100 + 40 * number), line, fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    c.drawImage(ImageReader(buffer), 0, 0, width=width, height=height)
    c.showPage()
    c.save()
    return path


def write_truncated_pdf(path: Path, source: Path, *, keep_fraction: float = 0.4) -> Path:
    """Cut a valid PDF short, as an interrupted download does."""
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * keep_fraction)])
    return path


def write_stream_bomb_pdf(path: Path, *, inflated_bytes: int) -> Path:
    """A small PDF whose one content stream inflates to `inflated_bytes` of spaces."""
    import zlib

    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    parts = [compressor.compress(b"BT /F1 12 Tf 72 720 Td (x@gmail.com) Tj ET\n")]
    remaining = inflated_bytes
    while remaining > 0:
        parts.append(compressor.compress(chunk[: min(remaining, len(chunk))]))
        remaining -= len(chunk)
    parts.append(compressor.flush())
    stream = b"".join(parts)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    path.write_bytes(out.getvalue())
    return path
