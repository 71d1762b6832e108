"""The contact check on real files written at test time: every format, layout and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import (
    Person,
    cover_letter_lines,
    resume_lines,
    write_document,
    write_docx,
    write_empty,
    write_entity_docx,
    write_many_entries_zip,
    write_odt,
    write_pdf,
    write_renamed_program,
    write_rtf,
    write_scanned_pdf,
    write_sparse_file,
    write_stream_bomb_pdf,
    write_truncated_pdf,
    write_zip_bomb,
)
from unghost.documents import (
    ContactCheck,
    UnreadableDocumentError,
    check_documents,
    extract_document,
)
from unghost.domain.records import Candidate

JANE = Person("Jane Doe", "jane.doe@gmail.com", "(415) 555-2671", ("linkedin.com/in/janedoe",))
WEI = Person("张伟", "zhangwei@qq.com", "138-0013-8000", (), "zh")


def summary(result: ContactCheck) -> list[tuple[str, str, str | None, str | None]]:
    return [(str(f.code), f.document, f.value, f.suggestion) for f in result.findings]


def contacts(result: ContactCheck, document: str) -> tuple[list[str], list[str]]:
    found = result.find_document(document)
    assert found is not None
    return found.emails, found.phones


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".odt", ".rtf", ".txt", ".md"])
@pytest.mark.parametrize(
    ("person", "region", "phone"),
    [(JANE, "US", "+14155552671"), (WEI, "CN", "+8613800138000")],
    ids=["en", "zh"],
)
def test_every_format_gives_its_contacts(
    tmp_path: Path, suffix: str, person: Person, region: str, phone: str
) -> None:
    resume = write_document(tmp_path / f"resume{suffix}", resume_lines(person))
    letter = write_document(tmp_path / f"letter{suffix}", cover_letter_lines(person))
    result = check_documents(resume, letter, region=region)
    assert summary(result) == []
    assert contacts(result, "resume") == ([person.email], [phone])
    assert contacts(result, "cover_letter") == ([person.email], [phone])


@pytest.mark.parametrize(
    ("region", "person", "typo", "e164"),
    [
        ("US", Person("Jane Doe", "jane@gmial.com", "(415) 555-2671"), "jane@gmail.com",
         "+14155552671"),
        ("CN", Person("张伟", "zhangwei@qq.con", "138 0013 8000", (), "zh"), "zhangwei@qq.com",
         "+8613800138000"),
        ("GB", Person("Oliver Smith", "oliver@hotmial.com", "020 7946 0018"),
         "oliver@hotmail.com", "+442079460018"),
        ("DE", Person("Anna Müller", "anna.mueller@web.de", "030 901820"), None, "+4930901820"),
        ("FR", Person("Léa Martin", "lea.martin@orange.fr", "06 12 34 56 78"), None,
         "+33612345678"),
        ("JP", Person("Sato Yui", "yui.sato@yahoo.co.jp", "090-1234-5678"), None,
         "+819012345678"),
        ("IN", Person("Priya Sharma", "priya@gmail.co", "+91 98765 43210"), "priya@gmail.com",
         "+919876543210"),
        ("CN", Person("李娜", "lina@163.cm", "010-62345678", (), "zh"), "lina@163.com",
         "+861062345678"),
    ],
)  # fmt: skip
def test_regions_pdf_resume_and_docx_letter(
    tmp_path: Path, region: str, person: Person, typo: str | None, e164: str
) -> None:
    resume = write_pdf(tmp_path / "resume.pdf", [resume_lines(person)])
    letter = write_docx(tmp_path / "letter.docx", cover_letter_lines(person))
    result = check_documents(resume, letter, region=region)
    expected = [("email-typo", "both", person.email, typo)] if typo else []
    assert summary(result) == expected
    assert contacts(result, "resume")[1] == [e164]


@pytest.mark.parametrize("place", ["header", "footer", "table", "textbox"])
def test_docx_contacts_outside_the_body_are_found(tmp_path: Path, place: str) -> None:
    block = ["jane.doe@gmail.com", "Phone: (415) 555-2671"]
    parts: dict[str, object] = {
        "header": {"header": block},
        "footer": {"footer": block},
        "table": {"table": [["Email", block[0]], ["Phone", "(415) 555-2671"]]},
        "textbox": {"textbox": block},
    }
    path = write_docx(tmp_path / "resume.docx", ["Jane Doe", "EXPERIENCE"], **parts[place])  # type: ignore[arg-type]
    result = check_documents(path, region="US")
    assert contacts(result, "resume") == (["jane.doe@gmail.com"], ["+14155552671"])


def test_docx_hyperlinks_give_contacts_hidden_behind_labels(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "resume.docx",
        ["Jane Doe"],
        links=[
            ("Email me", "mailto:jane.doe@gmail.com"),
            ("Call me", "tel:+14155552671"),
            ("My profile", "https://www.linkedin.com/in/janedoe"),
        ],
    )
    result = check_documents(path, region="US")
    resume = result.find_document("resume")
    assert resume is not None
    assert (resume.emails, resume.phones, resume.links) == (
        ["jane.doe@gmail.com"],
        ["+14155552671"],
        ["https://www.linkedin.com/in/janedoe"],
    )


def test_pdf_link_annotations_give_contacts_hidden_behind_labels(tmp_path: Path) -> None:
    path = write_pdf(
        tmp_path / "resume.pdf",
        [["张伟", "手机：138-0013-8000"]],
        links=[
            ("Email me", "mailto:zhang.wei@163.com"),
            ("领英", "https://cn.linkedin.com/in/zhang-wei"),
        ],
    )
    result = check_documents(path, region="CN")
    resume = result.find_document("resume")
    assert resume is not None
    assert (resume.emails, resume.phones, resume.links) == (
        ["zhang.wei@163.com"],
        ["+8613800138000"],
        ["https://cn.linkedin.com/in/zhang-wei"],
    )


def test_pdf_with_two_pages_and_a_number_split_across_lines(tmp_path: Path) -> None:
    first = ["Jane Doe", "Email: jane@gmail.com", "Phone: +1 415 555", "2671"]
    second = ["PROJECTS", "Pipeline of 10 million rows, 2021"]
    result = check_documents(write_pdf(tmp_path / "r.pdf", [first, second]), region="US")
    assert contacts(result, "resume") == (["jane@gmail.com"], ["+14155552671"])


def test_odt_heading_is_not_glued_to_the_next_paragraph(tmp_path: Path) -> None:
    path = write_odt(tmp_path / "resume.odt", "Jane Doe", ["jane@gmail.com", "+1 415 555 2671"])
    assert extract_document(path).text.splitlines()[:2] == ["Jane Doe", "jane@gmail.com"]


def test_odt_page_header_is_read(tmp_path: Path) -> None:
    path = write_odt(tmp_path / "r.odt", "Jane Doe", ["EXPERIENCE"], page_header="jane@gmail.com")
    assert contacts(check_documents(path, region="US"), "resume")[0] == ["jane@gmail.com"]


@pytest.mark.parametrize("codepage", ["unicode", "gbk"])
def test_rtf_page_header_and_chinese_text_are_read(tmp_path: Path, codepage: str) -> None:
    path = write_rtf(
        tmp_path / "resume.rtf",
        ["张伟", "邮箱：zhangwei@qq.com"],
        header="电话 13800138000",
        codepage=codepage,
    )
    result = check_documents(path, region="CN")
    assert contacts(result, "resume") == (["zhangwei@qq.com"], ["+8613800138000"])


@pytest.mark.parametrize("encoding", ["gbk", "utf-16", "utf-8-sig"])
def test_plain_text_in_any_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "resume.txt"
    path.write_bytes("\n".join(resume_lines(WEI)).encode(encoding))
    result = check_documents(path, region="CN")
    assert contacts(result, "resume") == (["zhangwei@qq.com"], ["+8613800138000"])


def test_markdown_links_are_read(tmp_path: Path) -> None:
    path = write_document(
        tmp_path / "resume.md",
        ["# Jane Doe", "Phone: (415) 555-2671"],
        links=[("email", "mailto:jane@gmail.com"), ("GitHub", "https://github.com/janedoe")],
    )
    resume = check_documents(path, region="US").find_document("resume")
    assert resume is not None
    assert (resume.emails, resume.links) == (["jane@gmail.com"], ["https://github.com/janedoe"])


def test_file_name_does_not_decide_the_format(tmp_path: Path) -> None:
    docx = write_docx(tmp_path / "resume.docx", resume_lines(JANE))
    renamed = docx.rename(tmp_path / "resume.pdf")
    assert str(extract_document(renamed).format) == "docx"


# --- pictures instead of text ---------------------------------------------------------------


def test_scanned_pdf_has_no_text_layer(tmp_path: Path) -> None:
    scan = write_scanned_pdf(tmp_path / "scan.pdf", resume_lines(JANE))
    letter = write_docx(tmp_path / "letter.docx", cover_letter_lines(JANE))
    result = check_documents(scan, letter, region="US")
    assert summary(result) == [("no-text-layer", "resume", "scan.pdf", None)]
    assert contacts(result, "cover_letter") == (["jane.doe@gmail.com"], ["+14155552671"])


def test_image_saved_as_pdf_has_no_text_layer(tmp_path: Path) -> None:
    from PIL import Image

    path = tmp_path / "resume.pdf"
    Image.new("RGB", (40, 40), "white").save(path, format="PNG")
    result = check_documents(path, region="US")
    assert summary(result) == [("no-text-layer", "resume", "resume.pdf", None)]
    assert result.findings[0].message.startswith("resume.pdf is a PNG image, with no text layer")


# --- bad input: unreadable, with a reason, while the other document is still checked ----------


def _truncated(path: Path) -> Path:
    source = write_pdf(path.with_name("whole.pdf"), [resume_lines(JANE)])
    return write_truncated_pdf(path, source, keep_fraction=0.5)


HOSTILE = {
    "zip bomb": ("resume.docx", lambda p: write_zip_bomb(p), "one part unpacks to 40 MB"),
    "many parts": ("resume.docx", write_many_entries_zip, "it holds 3002 files"),
    "entities": ("resume.docx", write_entity_docx, "declares XML entities"),
    "encrypted": (
        "resume.pdf",
        lambda p: write_pdf(p, [["jane@gmail.com"]], user_password="secret"),
        "it is password-protected",
    ),
    "truncated": ("resume.pdf", _truncated, "it is damaged or truncated"),
    "stream bomb": (
        "resume.pdf",
        lambda p: write_stream_bomb_pdf(p, inflated_bytes=100 << 20),
        "unpacks to more than 20 MB",
    ),
    "program": ("resume.pdf", write_renamed_program, "it is a Windows program, not a document"),
    "empty": ("resume.docx", write_empty, "the file is empty"),
    "huge": (
        "resume.pdf",
        lambda p: write_sparse_file(p, 200 << 20),
        "it is 200 MB, more than the 10 MB",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_resume_is_unreadable_and_the_letter_still_checked(
    tmp_path: Path, case: str
) -> None:
    name, write, reason = HOSTILE[case]
    resume = write(tmp_path / name)
    letter = write_docx(tmp_path / "letter.docx", cover_letter_lines(JANE))
    result = check_documents(resume, letter, region="US")
    assert summary(result) == [("unreadable", "resume", name, None)]
    assert reason in result.findings[0].message
    assert result.findings[0].fix
    assert contacts(result, "cover_letter") == (["jane.doe@gmail.com"], ["+14155552671"])


def test_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "r.pdf", [resume_lines(JANE)], owner_password="owner")
    assert summary(check_documents(path, region="US")) == []


def test_missing_file_and_folder_are_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocumentError, match="there is no such file"):
        extract_document(tmp_path / "nothing.pdf")
    with pytest.raises(UnreadableDocumentError, match="it is a folder"):
        extract_document(tmp_path)


def test_documents_against_the_application_record(tmp_path: Path) -> None:
    resume = write_pdf(tmp_path / "resume.pdf", [resume_lines(WEI)])
    letter = write_docx(tmp_path / "letter.docx", cover_letter_lines(WEI, contacts=False))
    record = Candidate(email="zhang.wei@163.com", phone="+8613800138000")
    result = check_documents(resume, letter, region="CN", record=record)
    assert summary(result) == [
        ("contact-missing", "cover_letter", "email", None),
        ("contact-missing", "cover_letter", "phone", None),
        ("contact-mismatch", "resume", "zhangwei@qq.com", "zhang.wei@163.com"),
    ]


@pytest.mark.parametrize("codepage", ["unicode", "cp1252"])
def test_broken_contacts_in_an_rtf_resume_are_explained(tmp_path: Path, codepage: str) -> None:
    """RTF is read like the other formats: the mistakes people make are found in it too."""
    path = write_rtf(
        tmp_path / "resume.rtf",
        ["Jordan Lee", "Email: jordan.lee@gimal.com", "Phone: (212) 555-019"],
        header="Mobile (China): 138 0013 8000",
        codepage=codepage,
    )
    found = {(f.code, f.suggestion) for f in check_documents(path, region="US").findings}
    assert ("email-typo", "jordan.lee@gmail.com") in found
    assert ("phone-invalid", "+86 138 0013 8000") in found  # the header's Chinese mobile
    assert any(code == "phone-invalid" and fix is None for code, fix in found)  # 555-019
