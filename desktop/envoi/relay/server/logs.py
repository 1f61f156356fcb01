"""The access log without personal data: no query strings, nothing shaped like an address.

Tokens in paths name no one by themselves; a query string may (a scanner or a person
pasting ``?email=...``), so it is cut, and any ``x@y`` left is masked.
"""

from __future__ import annotations

import logging
import re

_ADDRESS = re.compile(r"[^\s/?&=\"']+(?:@|%40)[^\s/?&=\"']+", re.IGNORECASE)


class RedactingFilter(logging.Filter):
    def __init__(self, cut_query: bool) -> None:
        super().__init__()
        self._cut_query = cut_query

    def _clean(self, value: object) -> object:
        if not isinstance(value, str):
            return value
        if self._cut_query:
            value = value.split("?", 1)[0]
        return _ADDRESS.sub("[address]", value)

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(self._clean(arg) for arg in record.args)
        elif not record.args:
            record.msg = self._clean(record.msg)
        return True


def install() -> None:
    """Query strings are cut from the access log only (its third argument is the path)."""
    for name, cut_query in (("uvicorn.access", True), ("uvicorn.error", False)):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(RedactingFilter(cut_query))
