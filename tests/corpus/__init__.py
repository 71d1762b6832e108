"""Test corpus generator: resumes, cover letters and hostile files, made at test time.

Nothing here is copied from third-party samples: every document is written by reportlab,
python-docx, odfpy or by hand from the layouts below.
"""

from .hostile import (
    write_empty,
    write_entity_docx,
    write_many_entries_zip,
    write_renamed_program,
    write_sparse_file,
    write_zip_bomb,
)
from .layouts import Person, cover_letter_lines, resume_lines, write_document
from .office import write_docx, write_odt, write_rtf
from .pdfs import write_pdf, write_scanned_pdf, write_stream_bomb_pdf, write_truncated_pdf

__all__ = [
    "Person",
    "cover_letter_lines",
    "resume_lines",
    "write_document",
    "write_docx",
    "write_empty",
    "write_entity_docx",
    "write_many_entries_zip",
    "write_odt",
    "write_pdf",
    "write_renamed_program",
    "write_rtf",
    "write_scanned_pdf",
    "write_sparse_file",
    "write_stream_bomb_pdf",
    "write_truncated_pdf",
    "write_zip_bomb",
]
