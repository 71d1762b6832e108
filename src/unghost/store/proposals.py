"""The proposals the mail import leaves for review: found by id, listed with their ref."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from unghost.store.models import ApplicationRow, MailMessageRow, ProposalRow


class ProposalRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list_with_refs(self, *, pending_only: bool) -> list[tuple[ProposalRow, str]]:
        """Proposals in the order they were made, each with its application's ref."""
        query = (
            select(ProposalRow, ApplicationRow.ref)
            .join(ApplicationRow, ProposalRow.application_id == ApplicationRow.id)
            .order_by(ProposalRow.id)
        )
        if pending_only:
            query = query.where(ProposalRow.state == "pending")
        return [(p, ref) for p, ref in self.session.execute(query)]

    def find(self, proposal_id: int) -> ProposalRow | None:
        return self.session.get(ProposalRow, proposal_id)

    def ref_of(self, proposal: ProposalRow) -> str:
        """The ref of the application the proposal is for (the foreign key keeps it there)."""
        row = self.session.get(ApplicationRow, proposal.application_id)
        assert row is not None  # proposals are deleted with their application (ON DELETE CASCADE)
        return row.ref

    def find_mail(self, proposal: ProposalRow) -> MailMessageRow | None:
        """The stored message the proposal came from, if it still is."""
        if not proposal.mail_message_id:
            return None
        return self.session.get(MailMessageRow, proposal.mail_message_id)
