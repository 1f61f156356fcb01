"""Content checks: each finding shows up when it should and only then."""

from __future__ import annotations

from envoi.templates.checks import check_content
from envoi.templates.render import RenderedContent

UNSUB = "https://u.example/x"
ADDRESS = "12 rue de la Paix, 75002 Paris"
GOOD_HTML = (
    "<html><head><style>p{}</style><title>t</title></head><body>"
    "<p>" + "Some real words in a paragraph. " * 10 + "</p>"
    "<img src='logo.png' alt='Logo'><img src='spacer.gif' alt=''>"
    "<a href='https://shop.example/a'>Our <b>shop</b></a>"
    f"<p>{ADDRESS}</p><a href='{UNSUB}'>Se désinscrire</a></body></html>"
)


def content(html: str = GOOD_HTML, text: str = "text", subject: str = "Hello") -> RenderedContent:
    return RenderedContent(subject, "", html, text, frozenset())


def codes(c: RenderedContent, **kw: str) -> set[str]:
    kw.setdefault("unsubscribe_url", UNSUB)
    kw.setdefault("postal_address", ADDRESS)
    return {issue.code for issue in check_content(c, **kw).issues}


def test_good_message_has_no_issue_and_lists_links() -> None:
    report = check_content(content(), unsubscribe_url=UNSUB, postal_address=ADDRESS)
    assert report.issues == ()
    assert [(link.text, link.href) for link in report.links] == [
        ("Our shop", "https://shop.example/a"),
        ("Se désinscrire", UNSUB),
    ]


def test_each_problem_is_found() -> None:
    assert "size_over_102kb" in codes(content(GOOD_HTML + "<p>" + "x" * 110_000 + "</p>"))
    assert "no_text_part" in codes(content(text="  \n"))
    assert "image_without_alt" in codes(content(GOOD_HTML.replace(" alt='Logo'", "")))
    no_unsub = GOOD_HTML.replace(f"<a href='{UNSUB}'>Se désinscrire</a>", "")
    assert "no_unsubscribe_link" in codes(content(no_unsub))
    assert "no_postal_address" in codes(content(GOOD_HTML.replace(ADDRESS, "")))
    assert "no_postal_address" in codes(content(), postal_address="")
    images = "<html><body>" + "<img src='a.png' alt='Sale'>" * 3 + "<p>Buy now</p>"
    images += f"<a href='{UNSUB}'>unsubscribe</a> {ADDRESS}</body></html>"
    assert "all_image_content" in codes(content(images))
    assert "empty_subject" in codes(content(subject=" "))


def test_unsubscribe_found_by_url_or_words() -> None:
    by_url = GOOD_HTML.replace("Se désinscrire", "Manage")
    assert "no_unsubscribe_link" not in codes(content(by_url))
    assert "no_unsubscribe_link" in codes(content(by_url), unsubscribe_url="https://other")


def test_live_link_check_against_a_local_server() -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from envoi.templates.checks import Link, check_links

    class Handler(BaseHTTPRequestHandler):
        def do_HEAD(self) -> None:
            self.send_response(200 if self.path == "/ok" else 404)
            self.end_headers()

        do_GET = do_HEAD

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        results = check_links(
            [Link("a", f"{base}/ok"), Link("b", f"{base}/missing"), Link("c", f"{base}/ok"),
             Link("d", "mailto:x@example.com")], timeout=5,
        )  # fmt: skip
    finally:
        server.shutdown()
        server.server_close()
    assert [(r.href.rsplit("/", 1)[1], r.ok, r.status) for r in results] == [
        ("ok", True, 200),
        ("missing", False, 404),
    ]
