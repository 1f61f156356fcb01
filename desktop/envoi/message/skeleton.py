"""The fast path: every message of a campaign has the same structure, so build it once.

``MessageSkeleton`` lays out, once per campaign, the static headers, the MIME boundaries,
the part headers and the base64 of embedded images and attachments, all as bytes. Per
recipient it writes the few headers that differ (To, Subject, Date, Message-ID,
List-Unsubscribe, X-Envoi-Contact) and the quoted-printable of the two rendered parts,
and joins the pieces. The structure is the one ``email`` builds (see
``envoi.message.reference``), which the tests check by parsing both back:

    multipart/mixed                 (only with attachments)
      multipart/alternative
        text/plain                  quoted-printable, UTF-8
        multipart/related           (only with CID images)
          text/html                 quoted-printable, UTF-8
          image/*                   base64, Content-ID
      application/*                 base64, attachment

Boundaries start with "=_", which neither quoted-printable nor base64 can produce, so no
part can contain one. Lines end in CRLF; quoted-printable and base64 lines stay under 77
octets and folded headers under 998.
"""

from __future__ import annotations

import base64
import binascii
import secrets

from envoi.message.contact_token import contact_token
from envoi.message.headers import (
    CAMPAIGN_HEADER,
    CONTACT_HEADER,
    DateHeader,
    MessageIds,
    address,
    clean,
    domain_of,
    fold,
    unstructured,
)
from envoi.message.reference import list_unsubscribe
from envoi.message.spec import MessageSettings, Recipient
from envoi.templates.render import RenderedContent

CRLF = b"\r\n"


def quoted_printable(text: str) -> bytes:
    """UTF-8, quoted-printable, CRLF line ends (binascii's C encoder). Ends with a line
    break, as ``email``'s set_content does."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.endswith("\n"):
        text += "\n"
    data = binascii.b2a_qp(text.encode("utf-8"), istext=True)
    return data.replace(b"\n", CRLF)


class ChunkedQuotedPrintable:
    """Quoted-printable that encodes and line-wraps each rendered piece once per campaign.

    binascii.b2a_qp costs ~7 ns a byte, 40% of building a 20 KB message. But a rendered
    page is the same template text between a few merge values, and quoted-printable is
    almost a per-character code: the encoding of a concatenation is the concatenation
    of the encodings, if each piece is encoded without soft line breaks (a space at the
    end of a piece comes out as =20, which decodes the same anywhere). So pieces are
    encoded once and cached, and so is the wrapping of the lines that lie wholly inside a
    piece (between its first and last line break: their columns do not depend on what
    comes before). Per message only the lines that cross a merge value are joined and
    broken over 76 characters ("=" soft breaks, never inside an =XX escape). Decoding
    gives back the text exactly (the tests compare with ``email``).
    """

    # Merge values that differ per recipient (an address in a link) come and go: a small
    # cache, emptied when full, keeps the template's pieces without growing with the list.
    MAX_ENTRIES = 4096

    def __init__(self) -> None:
        # piece -> (its first line, or all of it; CRLF + each inner line wrapped + CRLF,
        # or None without a line break; its last line)
        self._cache: dict[str, tuple[bytes, bytes | None, bytes]] = {}

    def encode(self, text: str, chunks: tuple[str, ...]) -> bytes:
        if not chunks or "\r" in text:
            return quoted_printable(text)
        cache = self._cache
        if len(cache) > self.MAX_ENTRIES:
            cache.clear()
        out: list[bytes] = []
        line: list[bytes] = []
        for chunk in chunks:
            entry = cache.get(chunk)
            if entry is None:
                entry = cache[chunk] = _encode_piece(chunk)
            first, inner, last = entry
            line.append(first)
            if inner is not None:
                joined = b"".join(line)
                out.append(joined if len(joined) <= 76 else _wrap(joined))
                out.append(inner)
                line = [last]
        joined = b"".join(line)
        if joined or not text.endswith("\n"):
            out.append(joined if len(joined) <= 76 else _wrap(joined))
            out.append(CRLF)
        return b"".join(out)


def _encode_piece(chunk: str) -> tuple[bytes, bytes | None, bytes]:
    encoded = binascii.b2a_qp(chunk.encode("utf-8"), istext=True).replace(b"=\n", b"")
    lines = encoded.split(b"\n")
    if len(lines) == 1:
        return encoded, None, b""
    inner = b"".join([CRLF + (x if len(x) <= 76 else _wrap(x)) for x in lines[1:-1]])
    return lines[0], inner + CRLF, lines[-1]


def _wrap(line: bytes) -> bytes:
    pieces = []
    while len(line) > 76:
        cut = 75  # + "=" = 76
        escape = line.rfind(b"=", 73, 75)
        if escape != -1:
            cut = escape  # do not split =XX
        pieces.append(line[:cut])
        line = line[cut:]
    pieces.append(line)
    return b"=\r\n".join(pieces)


def base64_lines(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    return CRLF.join(encoded[i : i + 76] for i in range(0, len(encoded), 76))


def _param(name: str, value: str) -> str:
    """A Content-Type/-Disposition parameter; RFC 2231 for non-ASCII file names."""
    if value.isascii():
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        return f'{name}="{escaped}"'
    from urllib.parse import quote

    return f"{name}*=utf-8''{quote(value, safe='')}"


class MessageSkeleton:
    """Built once per campaign from validated settings; ``build`` is cheap and thread-safe."""

    def __init__(self, settings: MessageSettings, *, html: bool = True) -> None:
        self.settings = settings.validated()
        self._html = html
        self._ids = MessageIds(domain_of(settings.from_email))
        self._dates = DateHeader()
        token = secrets.token_hex(10)
        self._b_mixed = f"=_m{token}"
        self._b_alt = f"=_a{token}"
        self._b_rel = f"=_r{token}"
        self._top, self._static = self._static_headers()
        self._qp = ChunkedQuotedPrintable()
        self._text_head, self._html_head, self._tail = self._body_pieces()

    # -- once per campaign -----------------------------------------------------------

    def _static_headers(self) -> tuple[bytes, bytes]:
        """(From and Reply-To, which lead; the rest, ending with the blank line)."""
        s = self.settings
        top = [fold("From", address(s.from_email, s.from_name, "sender address", header="From"))]
        if s.reply_to:
            top.append(
                fold("Reply-To", address(s.reply_to, "", "reply-to address", header="Reply-To"))
            )
        lines = ["MIME-Version: 1.0"]
        if s.feedback_id:
            lines.append(unstructured("Feedback-ID", s.feedback_id, "Feedback-ID"))
        if s.campaign_id:
            lines.append(unstructured(CAMPAIGN_HEADER, s.campaign_id, "campaign id"))
        for name, value in s.headers:
            lines.append(unstructured(name, value, f"{name} header"))
        if s.attachments:
            ctype = f'multipart/mixed; boundary="{self._b_mixed}"'
        elif self._html:
            ctype = f'multipart/alternative; boundary="{self._b_alt}"'
        else:
            ctype = 'text/plain; charset="utf-8"'
        lines.append(f"Content-Type: {ctype}")
        if not s.attachments and not self._html:
            lines.append("Content-Transfer-Encoding: quoted-printable")
        return (
            ("\r\n".join(top) + "\r\n").encode("utf-8"),
            ("\r\n".join(lines) + "\r\n\r\n").encode("ascii"),
        )

    def _body_pieces(self) -> tuple[bytes, bytes, bytes]:
        s = self.settings
        text_headers = (
            'Content-Type: text/plain; charset="utf-8"\r\n'
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        )
        html_headers = (
            'Content-Type: text/html; charset="utf-8"\r\n'
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        )
        head = ""
        if s.attachments:
            head += f"--{self._b_mixed}\r\n"
            if self._html:
                head += f'Content-Type: multipart/alternative; boundary="{self._b_alt}"\r\n\r\n'
        if self._html:
            head += f"--{self._b_alt}\r\n"
        if self._html or s.attachments:
            head += text_headers
        middle = ""
        tail = b""
        if self._html:
            middle = f"\r\n--{self._b_alt}\r\n"
            if s.images:
                middle += (
                    f'Content-Type: multipart/related; boundary="{self._b_rel}"\r\n\r\n'
                    f"--{self._b_rel}\r\n"
                )
            middle += html_headers
            parts = []
            for image in s.images:
                disposition = "inline" + (
                    f"; {_param('filename', image.filename)}" if image.filename else ""
                )
                parts.append(
                    (
                        f"\r\n--{self._b_rel}\r\nContent-Type: {image.content_type}\r\n"
                        f"Content-Transfer-Encoding: base64\r\n"
                        f"Content-Disposition: {disposition}\r\n"
                        f"Content-ID: <{image.cid}>\r\n\r\n"
                    ).encode("ascii")
                    + base64_lines(image.data)
                )
            if s.images:
                parts.append(f"\r\n--{self._b_rel}--\r\n".encode("ascii"))
                parts.append(f"\r\n--{self._b_alt}--\r\n".encode("ascii"))
            else:
                parts.append(f"\r\n--{self._b_alt}--\r\n".encode("ascii"))
            tail = b"".join(parts)
        for attachment in s.attachments:
            tail += (
                f"\r\n--{self._b_mixed}\r\nContent-Type: {attachment.content_type}\r\n"
                f"Content-Transfer-Encoding: base64\r\n"
                f"Content-Disposition: attachment; {_param('filename', attachment.filename)}"
                "\r\n\r\n"
            ).encode("ascii") + base64_lines(attachment.data)
        if s.attachments:
            tail += f"\r\n--{self._b_mixed}--\r\n".encode("ascii")
        return head.encode("ascii"), middle.encode("ascii"), tail

    # -- per recipient ---------------------------------------------------------------

    def headers_for(
        self, recipient: Recipient, subject: str, message_id: str, date: str
    ) -> list[str]:
        lines = [
            fold("To", address(recipient.email, recipient.shown_name, "recipient address")),
            unstructured("Subject", subject, "subject"),
            f"Date: {date}",
            f"Message-ID: {clean(message_id, 'Message-ID')}",
        ]
        unsubscribe, one_click = list_unsubscribe(self.settings, recipient)
        if unsubscribe:
            lines.append(fold("List-Unsubscribe", unsubscribe))
        if one_click:
            lines.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
        key = self.settings.contact_key
        if recipient.contact_id is not None and key:
            lines.append(f"{CONTACT_HEADER}: {contact_token(key, recipient.contact_id)}")
        return lines

    def next_message_id(self) -> str:
        return self._ids.next()

    def build(
        self,
        recipient: Recipient,
        content: RenderedContent,
        *,
        message_id: str | None = None,
        date: str | None = None,
    ) -> bytes:
        message_id = message_id or self._ids.next()
        date = date or self._dates.now()
        head = "\r\n".join(self.headers_for(recipient, content.subject, message_id, date))
        # UTF-8: an address with a non-ASCII local part (RFC 6532, sent with SMTPUTF8).
        pieces = [self._top, head.encode("utf-8"), CRLF, self._static, self._text_head]
        pieces.append(self._qp.encode(content.text, content.text_chunks))
        if self._html:
            pieces.append(self._html_head)
            pieces.append(self._qp.encode(content.html, content.html_chunks))
        pieces.append(self._tail)
        return b"".join(pieces)
