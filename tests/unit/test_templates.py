"""Mail templates: every built-in kind in both languages, user overrides, and the sandbox."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

from tests.outboxfixtures.apps import TODAY
from unghost.drafting.samples import sample_context
from unghost.drafting.tables import load_drafting_tables
from unghost.drafting.templates import Templates, split_template
from unghost.errors import InvalidInputError, NotFoundError

TABLES = load_drafting_tables()
KINDS = ["thank-you", "follow-up", "check-in", "close-the-loop", "contact-update"]
LANGS = ["en", "zh"]


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    return tmp_path / "templates"


def write(user_dir: Path, lang: str, kind: str, text: str) -> Path:
    path = user_dir / lang / f"{kind}.j2"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def render(text: str, user_dir: Path, **extra: object) -> tuple[str, str]:
    write(user_dir, "en", "custom", text)
    context = sample_context("custom", "en", TODAY, TABLES) | extra
    return Templates(user_dir).render_template("custom", "en", context)


def problem(text: str, user_dir: Path, **extra: object) -> str:
    with pytest.raises(InvalidInputError) as caught:
        render(text, user_dir, **extra)
    return caught.value.message


# -- the built-in templates -------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_built_in_template_renders_the_sample(kind: str, lang: str) -> None:
    subject, body = Templates().preview(kind, lang, TODAY)
    sample = TABLES.samples[lang]
    assert "\n" not in subject and 0 < len(subject) <= TABLES.limits.subject_chars
    assert sample["recipient_name"] in body and sample["sender_name"] in body
    assert sample["role"] in subject + body
    assert "None" not in body and "{{" not in body and "{%" not in body
    assert "\n\n\n" not in body and body.endswith("\n") and not body.startswith("\n")
    if lang == "zh":
        assert "您好" in body and "祝好" in body
    else:
        assert body.startswith("Dear ") and "Best regards," in body


@pytest.mark.parametrize("lang", LANGS)
def test_the_thank_you_names_the_interview_in_natural_words(lang: str) -> None:
    _, body = Templates().preview("thank-you", lang, TODAY)
    if lang == "en":
        assert "on-site interview on Tuesday 13 October" in body
        assert "our discussion of the new customer churn dashboard." in body
        assert "Please also pass on my thanks to Sam Patel." in body
    else:
        assert "于10月13日（周二）" in body and "终面" in body
        assert "面试中聊到用户流失看板的改版" in body
        assert "也请代我向陈静表达谢意" in body


@pytest.mark.parametrize("lang", LANGS)
def test_contact_update_gives_the_right_details(lang: str) -> None:
    _, body = Templates().preview("contact-update", lang, TODAY)
    sample = TABLES.samples[lang]
    assert sample["sender_phone"] in body and sample["wrong"] in body


def test_list_templates_has_every_kind_in_both_languages() -> None:
    listed = {(t.lang, t.kind): t for t in Templates().list_templates()}
    assert set(listed) == {(lang, kind) for lang in LANGS for kind in KINDS}
    assert all(t.origin == "built-in" and t.problem is None for t in listed.values())


def test_unknown_kind_or_language() -> None:
    with pytest.raises(NotFoundError, match="known kinds: check-in"):
        Templates().get_source("networking", "en")
    with pytest.raises(InvalidInputError, match="unknown language"):
        Templates().get_source("thank-you", "fr")
    with pytest.raises(InvalidInputError, match="not a template kind"):
        Templates().get_source("../../etc/passwd", "en")
    assert Templates().get_source("thank-you", "zh-CN").lang == "zh"


# -- user templates ---------------------------------------------------------------------------
def test_a_user_template_overrides_the_built_in_one(user_dir: Path) -> None:
    path = write(
        user_dir, "zh", "thank-you", "Subject: 谢谢！{{ role }}\n\n{{ recipient.name }}，谢谢。\n"
    )
    templates = Templates(user_dir)
    source = templates.get_source("thank-you", "zh")
    assert (source.origin, source.path) == ("user", str(path))
    subject, body = templates.preview("thank-you", "zh", TODAY)
    assert (subject, body) == ("谢谢！数据分析师", "李伟，谢谢。\n")
    info = {(t.lang, t.kind): t for t in templates.list_templates()}[("zh", "thank-you")]
    assert info.origin == "user" and info.overrides_built_in and info.problem is None


def test_a_user_may_add_a_kind_and_broken_ones_are_listed_with_the_problem(user_dir: Path) -> None:
    write(user_dir, "en", "networking", "Subject: Coffee?\n\nHi {{ recipient.name }}\n")
    write(user_dir, "en", "broken", "Subject: x\n\n{% if %}\n")
    write(user_dir, "en", "Not A Kind", "Subject: x\n\nignored\n")
    listed = {(t.lang, t.kind): t for t in Templates(user_dir).list_templates()}
    assert listed["en", "networking"].problem is None
    assert not listed["en", "networking"].overrides_built_in
    assert "line 3" in (listed["en", "broken"].problem or "")
    assert ("en", "Not A Kind") not in listed


def test_the_first_line_must_be_the_subject(user_dir: Path) -> None:
    assert "first line must be 'Subject: ...'" in problem("Hello\n\nbody", user_dir)
    assert split_template("\ufeffsubject:  Hi\r\n\r\nBody\r\n") == ("Hi", "Body\n")


def test_a_subject_with_a_line_break_or_empty_is_refused(user_dir: Path) -> None:
    assert "line break" in problem("Subject: {{ role }}\n\nx", user_dir, role="a\nBcc: x@y.z")
    assert "subject is empty" in problem("Subject: {{ '' }}\n\nx", user_dir)
    assert "longer than" in problem("Subject: {{ 'x' * 300 }}\n\nx", user_dir)


def test_strict_undefined_names_the_field_and_line(user_dir: Path) -> None:
    with pytest.raises(InvalidInputError) as caught:
        render("Subject: Hi\n\nDear {{ recipient.name }},\n{{ recruiter_name }}\n", user_dir)
    assert caught.value.message == (
        "template en/custom.j2 (user), line 4: 'recruiter_name' is undefined"
    )
    assert caught.value.hint and "recipient" in caught.value.hint and "company" in caught.value.hint


def test_syntax_errors_name_the_file_line(user_dir: Path) -> None:
    message = problem("Subject: Hi\n\nline 3\nline 4 {{ broken\n", user_dir)
    assert message.startswith("template en/custom.j2 (user), line 4:")


def test_check_text_reports_problems_against_the_sample() -> None:
    templates = Templates()
    assert templates.check_text("thank-you", "en", "Subject: Hi {{ role }}\n\nOk\n", TODAY) == []
    found = templates.check_text("thank-you", "en", "Subject: Hi\n\n{{ salary }}\n", TODAY)
    assert len(found) == 1 and "'salary' is undefined" in found[0]


def test_a_huge_user_template_file_is_refused(user_dir: Path) -> None:
    write(user_dir, "en", "thank-you", "Subject: x\n\n" + "y" * (TABLES.limits.template_chars + 1))
    with pytest.raises(InvalidInputError, match="longer than"):
        Templates(user_dir).preview("thank-you", "en", TODAY)


def test_a_user_template_that_is_not_utf8(user_dir: Path) -> None:
    path = user_dir / "en" / "thank-you.j2"
    path.parent.mkdir(parents=True)
    path.write_bytes("Subject: Grüße\n\n".encode("latin-1"))
    with pytest.raises(InvalidInputError, match="not UTF-8") as caught:
        Templates(user_dir).get_source("thank-you", "en")
    assert caught.value.hint and str(path) in caught.value.hint


# -- the sandbox ------------------------------------------------------------------------------
ESCAPES = [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ recipient.__class__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ ''|attr('__class__') }}",
    "{{ [].append(1) }}",
    "{{ {}.update(a=1) }}",
    "{{ 'x'.ljust(10**8) }}",
    "{{ '{0.__class__}'.format(1) }}",
    "{{ ''.format_map({}) }}",
]


@pytest.mark.parametrize("attack", ESCAPES)
def test_sandbox_escapes_are_refused(attack: str, user_dir: Path) -> None:
    message = problem(f"Subject: x\n\n{attack}\n", user_dir)
    assert "not allowed" in message or "unsafe" in message


@pytest.mark.parametrize(
    "attack",
    [
        "{% include 'en/thank-you.j2' %}",
        "{% extends 'en/thank-you.j2' %}",
        "{% import 'x' as y %}",
        "{% from 'x' import y %}",
    ],
)
def test_templates_cannot_reach_other_templates(attack: str, user_dir: Path) -> None:
    assert "cannot extend, include or import" in problem(f"Subject: x\n\n{attack}\n", user_dir)


BOMBS = [
    "{{ 'a' * 10**9 }}",
    "{{ 10 * 'a' * 10**6 }}",
    "{{ [1] * 10**8 }}",
    "{{ range(10**9)|list }}",
    "{{ 9 ** (9 ** 9) }}",
    "{{ 'x'|center(10**9) }}",
    "{{ 'x'|center(1000000000) }}",
    "{{ 'x'|indent(10**9) }}",
    "{{ '%999999999d'|format(1) }}",
    "{{ '%*d' % (10**9, 1) }}",
    "{{ '%0999999999d' % 1 }}",
    "{{ 'a'|replace('a', 'b' * 20000)|replace('b', 'c' * 20000) }}",
    "{{ range(100000)|join('x' * 1000) }}",
    "{{ 'a b '|wordwrap(1, wrapstring='z' * 100000) }}",
    "{% set a = range(5000)|list %}{% set b = [a, a, a, a, a, a, a, a] %}{{ b }}",
    "{% set ns = namespace(s='ab') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}{{ ns.s|length }}",
    "{% set ns = namespace(l=[1]) %}{% for i in range(64) %}{% set ns.l = ns.l + ns.l %}"
    "{% endfor %}{{ ns.l|length }}",
    "{% set ns = namespace(l=[1]) %}{% for i in range(64) %}{% set ns.l = [ns.l, ns.l] %}"
    "{% endfor %}{{ ns.l|length }}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}",
    "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}",
    "{{ lipsum(10**6) }}",
]


@pytest.mark.parametrize("bomb", BOMBS)
def test_memory_and_time_bombs_are_contained(bomb: str, user_dir: Path) -> None:
    message = problem(f"Subject: x\n\n{bomb}\n", user_dir)
    assert message.startswith("template en/custom.j2 (user)")


def test_output_is_bounded_even_when_each_piece_is_small(user_dir: Path) -> None:
    limit = TABLES.limits.output_chars
    message = problem("Subject: x\n\n{% for i in range(40000) %}ab{% endfor %}\n", user_dir)
    assert f"renders more than {limit} characters" in message
    _, body = render("Subject: x\n\n{% for i in range(100) %}ab{% endfor %}\n", user_dir)
    assert body == "ab" * 100 + "\n"


def test_ordinary_template_features_still_work(user_dir: Path) -> None:
    text = (
        "Subject: {{ role|upper }} – {{ company }}\n\n"
        "{% set greeting = 'Dear ' ~ recipient.name %}{{ greeting }},\n"
        "{% for name in interviewers %}{{ loop.index }}. {{ name|title }}\n{% endfor %}"
        "{{ '%s has %d letters' % (company, company|length) }}\n"
        "{{ [role, company]|join(' @ ') }} {{ 'yes' if decision_passed else 'no' }}\n"
        "{{ sender.phone }}{{ none_value }}|{{ corrections|map(attribute='label')|join }}\n"
    )
    subject, body = render(text, user_dir, none_value=None)
    assert subject == "DATA ANALYST – Northwind Analytics"
    assert body == (
        "Dear Jordan Lee,\n1. Sam Patel\nNorthwind Analytics has 19 letters\n"
        "Data Analyst @ Northwind Analytics no\n+44 20 7946 0958|phone number\n"
    )


def test_the_time_guard_stops_a_slow_render(user_dir: Path) -> None:
    limits = dataclasses.replace(TABLES.limits, render_seconds=0.0, render_steps=10**9)
    tables = dataclasses.replace(TABLES, limits=limits)
    write(user_dir, "en", "custom", "Subject: x\n\n{% for i in range(100000) %}{% endfor %}\n")
    context = sample_context("custom", "en", TODAY, tables)
    with pytest.raises(InvalidInputError, match="took longer than 0 s to render"):
        Templates(user_dir, tables).render_template("custom", "en", context)


def test_rendering_keeps_a_tracer_that_was_already_installed(user_dir: Path) -> None:
    calls: list[str] = []

    def tracer(frame: object, event: str, arg: object) -> None:
        calls.append(event)

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        render("Subject: {{ role }}\n\n{% for i in range(3) %}{{ i }}{% endfor %}\n", user_dir)
        assert sys.gettrace() is tracer
    finally:
        sys.settrace(previous)
    assert "call" in calls  # the old tracer still saw calls outside the template


def test_saving_a_user_template_checks_it_first(user_dir: Path) -> None:
    templates = Templates(user_dir)
    with pytest.raises(InvalidInputError, match="'salary' is undefined"):
        templates.save_user_template("follow-up", "en", "Subject: x\n\n{{ salary }}\n", TODAY)
    assert not (user_dir / "en" / "follow-up.j2").exists()
    path = templates.save_user_template(
        "follow-up", "zh-CN", "Subject: 跟进\n\n{{ company }}\n", TODAY
    )
    assert path == user_dir / "zh" / "follow-up.j2"
    assert templates.preview("follow-up", "zh", TODAY) == ("跟进", "星河数据科技\n")
    with pytest.raises(InvalidInputError, match="no templates folder"):
        Templates().save_user_template("follow-up", "en", "Subject: x\n\nx\n", TODAY)
