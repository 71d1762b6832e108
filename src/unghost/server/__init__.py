"""Server mode: one unghost on PostgreSQL for a career centre's counsellors and students."""
