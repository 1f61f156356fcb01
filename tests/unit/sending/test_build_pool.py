"""Messages built in worker processes reach the loop in DATA form, errors as BuildError."""

from __future__ import annotations

import asyncio
import functools
import re

from envoi.message.spec import MessageSettings
from envoi.sending.build_pool import BuildError, BuildPool
from envoi.sending.messages import Recipient, text_factory
from envoi.sending.wire import WireMessage, unstuffed, wire_form

_VARYING = re.compile(rb"^(Date|Message-ID): .*\r\n", re.M)


async def test_build_pool_hands_over_messages_in_data_form() -> None:
    recipe = functools.partial(
        text_factory, MessageSettings("shop@example.org"), "Hi {{ first_name }}",
        "Hello {{ first_name }},\n.this line starts with a dot\n",
    )  # fmt: skip
    recipients = [
        Recipient(delivery_id=i, email=f"user{i}@example.com", first_name=f"F{i}") for i in range(5)
    ]
    recipients.append(Recipient(delivery_id=99, email="bad\r\n@example.com"))  # a line break
    pool = BuildPool(recipe, processes=1, chunk=2)
    try:
        results = await asyncio.gather(*pool.submit(recipients), return_exceptions=True)
    finally:
        pool.close()
    here = recipe()
    for recipient, result in zip(recipients[:5], results[:5], strict=True):
        assert type(result) is WireMessage
        assert wire_form(result) is result  # the loop writes it as it is
        expected = here.build(recipient)
        assert _VARYING.sub(b"", unstuffed(result)) == _VARYING.sub(b"", expected)
        assert b"\r\n..this line" in result or b"\r\n=2Ethis line" in result
    assert isinstance(results[5], BuildError)
    assert "line break" in str(results[5])
