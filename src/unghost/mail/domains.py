"""Knows mail domains: organisations (registrable domains), ATS vendors, free mail, bounce senders."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from unghost.mail.lexicon import load_table


@dataclass(frozen=True, slots=True)
class Ats:
    """An applicant tracking system (or scheduling/assessment service) that mails candidates."""

    name: str
    domains: tuple[str, ...]
    company_from: tuple[str, ...]


def _clean(host: str) -> str:
    return host.strip().strip(".").lower()


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(load_table("mail_senders")["public_suffixes"]["value"])


def registrable_domain(host: str) -> str:
    """The domain an organisation registered: mail.acme.co.uk -> acme.co.uk."""
    labels = _clean(host).split(".")
    if len(labels) >= 3 and ".".join(labels[-2:]) in _suffixes():
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def is_within(host: str, domain: str) -> bool:
    """True when `host` is `domain` or one of its subdomains."""
    host, domain = _clean(host), _clean(domain)
    return bool(domain) and (host == domain or host.endswith("." + domain))


def same_organisation(host: str, domain: str) -> bool:
    """True when both names belong to one registered domain (careers.acme.com ~ acme.com)."""
    return bool(_clean(host)) and registrable_domain(host) == registrable_domain(domain)


@cache
def list_ats() -> tuple[Ats, ...]:
    return tuple(
        Ats(entry["name"], tuple(entry["domains"]), tuple(entry["company_from"]))
        for entry in load_table("mail_senders")["ats"]
    )


@cache
def _ats_by_domain() -> dict[str, Ats]:
    return {domain: ats for ats in list_ats() for domain in ats.domains}


def _suffixes_of(host: str) -> list[str]:
    """acme.mail.example.com -> [acme.mail.example.com, mail.example.com, example.com, com]."""
    labels = _clean(host).split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]


def find_ats(host: str) -> tuple[Ats, str] | None:
    """The ATS whose domain `host` is under, with that domain; None for other senders."""
    table = _ats_by_domain()
    for suffix in _suffixes_of(host):
        if suffix in table:
            return table[suffix], suffix
    return None


@cache
def _job_boards() -> frozenset[str]:
    return frozenset(load_table("mail_senders")["job_boards"]["domains"])


def is_job_board(host: str) -> bool:
    return not _job_boards().isdisjoint(_suffixes_of(host))


@cache
def _free_mail() -> frozenset[str]:
    return frozenset(load_table("mail_senders")["free_mail"]["domains"])


def is_free_mail(host: str) -> bool:
    """True for personal mailbox providers (gmail.com, qq.com, ...)."""
    return _clean(host) in _free_mail()


@cache
def _bounce_local_parts() -> frozenset[str]:
    return frozenset(load_table("mail_senders")["bounce_senders"]["local_parts"])


def is_bounce_sender(address: str) -> bool:
    """True for MAILER-DAEMON, postmaster and the like."""
    local = address.lower().partition("@")[0]
    return local in _bounce_local_parts()
