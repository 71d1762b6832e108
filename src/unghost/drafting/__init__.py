"""Follow-up drafts: template context, sandboxed templates, and the drafts made from them."""
