"""Reviewing what the mailbox proposes: accept (record the message, change the stage) or reject."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from unghost.bootstrap import Context
from unghost.domain.records import Status


@dataclass(frozen=True, slots=True)
class Proposal:
    id: int
    ref: str
    kind: str
    status: str | None
    summary: str
    state: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "ref": self.ref, "kind": self.kind, "status": self.status,
                "summary": self.summary, "state": self.state}  # fmt: skip


def list_proposals(ctx: Context, *, pending_only: bool = True) -> list[Proposal]:
    from unghost.store.proposals import ProposalRepository

    with ctx.transaction() as session:
        return [
            Proposal(p.id, ref, p.kind, p.status, p.summary, p.state)
            for p, ref in ProposalRepository(session).list_with_refs(pending_only=pending_only)
        ]


def decide(ctx: Context, proposal_id: int, *, accept: bool) -> Proposal:
    """Accept (record the message, change the status) or reject a proposal."""
    from unghost.domain.stages import change_status
    from unghost.errors import ConflictError, NotFoundError
    from unghost.store.proposals import ProposalRepository
    from unghost.store.repository import ApplicationRepository

    with ctx.transaction() as session:
        proposals = ProposalRepository(session)
        proposal = proposals.find(proposal_id)
        if proposal is None:
            raise NotFoundError(f"no proposal {proposal_id}", hint="`unghost review` lists them")
        if proposal.state != "pending":
            raise ConflictError(f"proposal {proposal_id} was already {proposal.state}")
        ref = proposals.ref_of(proposal)
        proposal.state = "accepted" if accept else "rejected"
        proposal.decided_at = datetime.now(UTC).replace(tzinfo=None)
        if accept:
            repo = ApplicationRepository(session)
            row = repo.get_row(str(proposal.application_id))
            app = repo.get(str(proposal.application_id))
            mail = proposals.find_mail(proposal)
            if mail is not None:
                from unghost.services.mailrecords import add_message_once, message_of_row

                add_message_once(app, message_of_row(mail))
            if proposal.status:
                on = mail.sent_at.date() if mail is not None and mail.sent_at else ctx.today
                change_status(app, Status(proposal.status), on, note="from the mailbox")
            repo.save(app, row)
        return Proposal(
            proposal.id, ref, proposal.kind, proposal.status, proposal.summary, proposal.state
        )
