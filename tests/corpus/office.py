"""Generate DOCX (python-docx), ODT (odfpy) and RTF (by hand) documents with contact details."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from odf import style as odf_style
from odf import text as odf_text
from odf.opendocument import OpenDocumentText

_VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml"'
_TEXTBOX_XML = (
    '<w:r %s %s><w:pict><v:shape id="contact-box" type="#_x0000_t202"'
    ' style="width:200pt;height:60pt"><v:textbox><w:txbxContent>%s</w:txbxContent>'
    "</v:textbox></v:shape></w:pict></w:r>"
)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _add_hyperlink(paragraph: docx.text.paragraph.Paragraph, label: str, uri: str) -> None:
    rel_id = paragraph.part.relate_to(uri, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rel_id}"><w:r><w:t xml:space="preserve">'
        f"{_escape(label)}</w:t></w:r></w:hyperlink>"
    )
    paragraph._p.append(link)


def write_docx(
    path: Path,
    body: Sequence[str],
    *,
    header: Sequence[str] = (),
    footer: Sequence[str] = (),
    table: Sequence[Sequence[str]] = (),
    textbox: Sequence[str] = (),
    links: Sequence[tuple[str, str]] = (),
) -> Path:
    """A Word document; every part is optional so a test can put contacts in one place only.

    `textbox` lines go into a VML text box (python-docx cannot see them, resume templates use
    them for the contact block); `links` are (label, uri) hyperlinks whose URI is not in the text.
    """
    document = docx.Document()
    section = document.sections[0]
    for number, line in enumerate(header):
        paragraph = section.header.paragraphs[0] if number == 0 else section.header.add_paragraph()
        paragraph.text = line
    for number, line in enumerate(footer):
        paragraph = section.footer.paragraphs[0] if number == 0 else section.footer.add_paragraph()
        paragraph.text = line
    if textbox:
        holder = document.add_paragraph()
        content = "".join(f"<w:p><w:r><w:t>{_escape(line)}</w:t></w:r></w:p>" for line in textbox)
        holder._p.append(parse_xml(_TEXTBOX_XML % (nsdecls("w"), _VML_NS, content)))
    for line in body:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=len(table), cols=max(len(row) for row in table))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    if links:
        paragraph = document.add_paragraph()
        for label, uri in links:
            _add_hyperlink(paragraph, label, uri)
            paragraph.add_run(" ")
    assert document.element.body.find(qn("w:p")) is not None
    document.save(str(path))
    return path


def write_odt(
    path: Path,
    heading: str,
    paragraphs: Sequence[str],
    *,
    page_header: str | None = None,
) -> Path:
    """An OpenDocument text: a heading directly followed by paragraphs, optionally a page header."""
    document = OpenDocumentText()
    if page_header is not None:
        layout = odf_style.PageLayout(name="Layout")
        document.automaticstyles.addElement(layout)
        master = odf_style.MasterPage(name="Standard", pagelayoutname=layout)
        header = odf_style.Header()
        header.addElement(odf_text.P(text=page_header))
        master.addElement(header)
        document.masterstyles.addElement(master)
    document.text.addElement(odf_text.H(outlinelevel=1, text=heading))
    for line in paragraphs:
        document.text.addElement(odf_text.P(text=line))
    document.save(str(path))
    return path


def _rtf_escape(text: str, codepage: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        elif codepage == "unicode":
            code = ord(ch)
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
        else:
            out.append("".join(f"\\'{byte:02x}" for byte in ch.encode(codepage)))
    return "".join(out)


def write_rtf(
    path: Path,
    lines: Sequence[str],
    *,
    header: str | None = None,
    codepage: str = "unicode",
) -> Path:
    """An RTF document; `codepage` "unicode" writes \\uN escapes, "gbk" writes \\ansicpg936 bytes."""
    ansicpg = {"unicode": 1252, "gbk": 936, "cp1252": 1252}[codepage]
    parts = [f"{{\\rtf1\\ansi\\ansicpg{ansicpg}\\deff0{{\\fonttbl{{\\f0 Arial;}}}}\n"]
    if header is not None:
        parts.append(f"{{\\header\\pard {_rtf_escape(header, codepage)}\\par}}\n")
    for line in lines:
        parts.append(f"\\pard {_rtf_escape(line, codepage)}\\par\n")
    parts.append("}")
    path.write_bytes("".join(parts).encode("ascii"))
    return path
