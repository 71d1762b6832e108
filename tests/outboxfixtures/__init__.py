"""Applications, senders and a loopback SMTP server for the outbox and drafting tests."""
