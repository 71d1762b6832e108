"""`unghost check` from the command line: exit 4 on problems, the JSON contract, REF mode."""

from __future__ import annotations

import json

from tests.cli.test_cli import run


def test_files_with_problems_exit_4_with_the_contract(tmp_path):
    resume = tmp_path / "resume.txt"
    resume.write_text(
        "Jane Doe\nEmail: jane.doe@gmial.com\nTel: +1 415 555 0100\n", encoding="utf-8"
    )
    letter = tmp_path / "letter.md"
    letter.write_text("Dear HR,\n\nBest, Jane\n", encoding="utf-8")
    r = run(["check", str(resume), str(letter), "--region", "US", "--json"], tmp_path / "db")
    assert r.returncode == 4, r.stderr
    data = json.loads(r.stdout)
    assert data["documents"]["resume"]["emails"] == ["jane.doe@gmial.com"]
    assert data["documents"]["resume"]["phones"] == ["+14155550100"]
    codes = {(f["code"], f["document"]) for f in data["findings"]}
    assert ("email-typo", "resume") in codes and ("contact-missing", "cover_letter") in codes
    typo = next(f for f in data["findings"] if f["code"] == "email-typo")
    assert typo["suggestion"] == "jane.doe@gmail.com"
    assert {"code", "document", "value", "suggestion", "message"} <= set(typo)


def test_clean_documents_exit_0(tmp_path):
    resume = tmp_path / "resume.txt"
    resume.write_text("李伟\n邮箱：li.wei@qq.com\n手机：138 0013 8000\n", encoding="utf-8")
    r = run(["check", str(resume), "--region", "CN", "--json"], tmp_path / "db")
    assert r.returncode == 0, r.stdout
    assert json.loads(r.stdout)["documents"]["resume"]["phones"] == ["+8613800138000"]


def test_application_ref_checks_documents_against_the_record(tmp_path):
    db = tmp_path / "db"
    resume = tmp_path / "cv.txt"
    resume.write_text("Email: me@example.com\nPhone: +44 20 7946 0958\n", encoding="utf-8")
    run(
        [
            "add",
            "-c",
            "Tesco",
            "-t",
            "Analyst",
            "--country",
            "GB",
            "--email",
            "me@example.org",
            "--phone",
            "020 7946 0958",
        ],
        db,
    )
    run(["edit", "tesco-analyst", "--resume", str(resume)], db)
    r = run(["check", "tesco-analyst", "--json"], db)
    assert r.returncode == 4
    data = json.loads(r.stdout)
    # the email differs from the record; the phone is the same number spelled two ways
    assert [(f["code"], f["document"], f["value"], f["suggestion"]) for f in data["findings"]] == [
        ("contact-mismatch", "resume", "me@example.com", "me@example.org")
    ]


def test_unknown_ref_is_not_found(tmp_path):
    r = run(["check", "no-such-app"], tmp_path / "db")
    assert r.returncode == 3 and "no application" in r.stderr


def test_lang_zh_gives_chinese_words_with_the_same_codes_and_values(tmp_path):
    resume = tmp_path / "resume.txt"
    resume.write_text("Jane Doe\nEmail: jane.doe@gmial.com\n", encoding="utf-8")
    args = ["check", str(resume), "--region", "US", "--json"]
    en = json.loads(run(args, tmp_path / "db").stdout)
    r = run([*args, "--lang", "zh"], tmp_path / "db")
    assert r.returncode == 4, r.stderr
    zh = json.loads(r.stdout)
    assert [(f["code"], f["document"], f["value"], f["suggestion"]) for f in zh["findings"]] == [
        (f["code"], f["document"], f["value"], f["suggestion"]) for f in en["findings"]
    ]
    typo = next(f for f in zh["findings"] if f["code"] == "email-typo")
    assert "拼写错误" in typo["message"] and "jane.doe@gmail.com" in typo["fix"]
    assert all(any("\u4e00" <= c <= "\u9fff" for c in f["message"]) for f in zh["findings"])
    assert "typo" in next(f for f in en["findings"] if f["code"] == "email-typo")["message"]


def test_unghost_lang_zh_sets_the_human_output(tmp_path):
    resume = tmp_path / "resume.txt"
    resume.write_text("Jane Doe\nEmail: jane.doe@gmial.com\n", encoding="utf-8")
    r = run(["check", str(resume), "--region", "US"], tmp_path / "db", env={"UNGHOST_LANG": "zh"})
    assert r.returncode == 4, r.stderr
    assert "[email-typo]" in r.stdout and "拼写错误" in r.stdout and "修改建议" in r.stdout
    r = run(["check", str(resume), "--lang", "fr"], tmp_path / "db")
    assert r.returncode != 0 and r.returncode != 4
