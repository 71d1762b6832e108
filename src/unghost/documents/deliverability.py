"""Asks DNS whether a mail domain can receive mail (MX, else A/AAAA), behind a small interface."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from unghost.documents.limits import load_limits

if TYPE_CHECKING:
    import dns.resolver


class DomainStatus(StrEnum):
    ACCEPTS_MAIL = "accepts-mail"  # an MX record, or an address record to fall back on
    NO_MAIL = "no-mail"  # the domain does not exist, or has neither MX nor address, or null MX
    TIMEOUT = "timeout"  # DNS did not answer in time
    UNKNOWN = "unknown"  # no usable name server (offline, sandboxed)


class DomainResolver(Protocol):
    """Tells whether a domain accepts mail. Tests pass a fake; nothing else touches DNS."""

    def lookup(self, domain: str) -> DomainStatus: ...


class DnsResolver:
    """The real resolver: dnspython with a short timeout (data/document_limits.toml [dns])."""

    def __init__(self, *, timeout_s: float | None = None) -> None:
        self.timeout_s = timeout_s if timeout_s is not None else load_limits().dns_timeout_s

    def lookup(self, domain: str) -> DomainStatus:
        import dns.exception
        import dns.resolver

        resolver = dns.resolver.Resolver()
        resolver.lifetime = self.timeout_s
        try:
            answer = resolver.resolve(domain, "MX")
        except dns.resolver.NXDOMAIN:
            return DomainStatus.NO_MAIL
        except dns.resolver.NoAnswer:
            return self._address_fallback(resolver, domain)
        except (dns.exception.Timeout, dns.resolver.LifetimeTimeout):
            return DomainStatus.TIMEOUT
        except (dns.resolver.NoNameservers, dns.resolver.NoResolverConfiguration):
            return DomainStatus.UNKNOWN
        except dns.exception.DNSException:
            return DomainStatus.UNKNOWN
        # RFC 7505 "null MX": one record with preference 0 and exchange "." refuses all mail.
        exchanges = [str(record.exchange) for record in answer]
        if exchanges == ["."]:
            return DomainStatus.NO_MAIL
        return DomainStatus.ACCEPTS_MAIL

    def _address_fallback(self, resolver: dns.resolver.Resolver, domain: str) -> DomainStatus:
        import dns.exception
        import dns.resolver

        for record_type in ("A", "AAAA"):
            try:
                resolver.resolve(domain, record_type)
            except (dns.resolver.NoAnswer, dns.resolver.NXDOMAIN):
                continue
            except (dns.exception.Timeout, dns.resolver.LifetimeTimeout):
                return DomainStatus.TIMEOUT
            except dns.exception.DNSException:
                return DomainStatus.UNKNOWN
            return DomainStatus.ACCEPTS_MAIL
        return DomainStatus.NO_MAIL
