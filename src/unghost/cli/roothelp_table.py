"""The root help's table, generated from the typer app by `python -m
unghost.cli.roothelp`: do not edit by hand (tests/cli/test_lean_start.py checks it)."""

# fmt: off
PROG = 'unghost'
USAGE = '[OPTIONS] COMMAND [ARGS]...'
HELP = "Why HR hasn't called back after your interview, and what to do next."
# (name, text) of each option, as typer writes them
OPTIONS: tuple[tuple[str, str], ...] = (
    ('--db <str>', 'Database path or URL (UNGHOST_DB).'),
    ('--config <str>', 'Config file (UNGHOST_CONFIG).'),
    ('--debug', 'Show tracebacks.'),
    ('--help', 'Show this message and exit.'),
)
# (name, its short help or None, its help's first paragraph) of each command and group
COMMANDS: tuple[tuple[str, str | None, str], ...] = (
    ('add', None, 'Add an application (asks for what is missing when run in a terminal).'),
    ('list', None, 'List applications with their stage and days of silence (archived ones hidden).'),
    ('show', None, 'Show one application whole: company, role, contacts, interviews, messages, history.'),
    ('edit', None, 'Change fields of an application; a new status is recorded in its history.'),
    ('log', None, 'Record what happened: an interview, a message sent or received, a new stage, a note.'),
    ('rm', None, 'Remove an application and everything recorded on it.'),
    ('status', None, 'The pipeline at a glance: stages, what is due, interviews ahead, updates to review.'),
    ('import', None, 'Import applications; running it again changes nothing and never lowers a stage.'),
    ('export', None, 'Export every application with its stage history and job description.'),
    ('check', None, 'Check the emails, phones and links in a resume and cover letter (exit 4 on problems).'),
    ('why', None, "Why HR hasn't answered: the odds of hearing back, nine reasons with evidence, next step."),
    ('today', None, 'What to do today and this week: thank-you notes, follow-ups, fixes, what to let go.'),
    ('draft', None, 'Write a personal follow-up from a template and save it in the outbox as a draft.'),
    ('send', None, 'Send a draft now through your mail account, or schedule it with --at.'),
    ('outbox', None, 'Drafts, scheduled, sent, failed and unknown messages.'),
    ('worker', None, 'Send scheduled follow-ups on their day, read new mail, re-check postings daily.'),
    ('serve', None, 'Start the web app (Today, Board, diagnosis, follow-ups) and its /api/v1 JSON API.'),
    ('posting', None, 'Watch job postings: still open, closed, or reposted?'),
    ('calendar', None, 'Follow-ups and interviews in your calendar app.'),
    ('admin', None, 'Maintenance of the stored data.'),
    ('templates', None, 'The follow-up templates: list, show, preview, edit.'),
    ('mail', None, "Read the employer's mail: replies, out-of-office notices, bounces."),
    ('review', None, 'Changes the mailbox suggests, for you to accept or reject.'),
    ('account', None, 'Your mail account: connect it (OAuth2) or keep its app password.'),
    ('server', None, 'A server for a career centre: accounts, counsellors and students (PostgreSQL).'),
)
# fmt: on
