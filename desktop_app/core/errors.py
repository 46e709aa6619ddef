"""Errors of the core whose messages are shown to the user as they are."""


class ArticleError(Exception):
    """An article that cannot be opened; the message says why, in a reader's words."""
