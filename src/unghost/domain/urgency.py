"""How urgent each kind of agenda action is: a plain table, so a reader of the stored agenda
sorts it without importing the planning code."""

# Urgency: they asked you something (or made an offer) and wait for you; a thank-you loses its
# point within a day, a follow-up within days; a contact fix matters for the next message;
# letting go only frees attention.
URGENCY = {"reply": 0, "send-thank-you": 0, "follow-up": 1, "fix-contact-info": 2, "move-on": 3}
