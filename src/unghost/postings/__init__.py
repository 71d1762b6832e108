"""Posting watcher: safe fetching, JobPosting parsing, ATS job boards and state tracking.

Import from the modules (`unghost.postings.watch`, `.fetch`, `.model`): this package file stays
empty so that importing one light module does not load the HTTP stack.
"""
