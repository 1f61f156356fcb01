"""Sender check: is a domain ready to send, and exactly what to fix.

``runner.run_checks(CheckRequest, Resolver)`` runs every check concurrently and returns a
``CheckReport`` (its JSON via ``as_json()``). One road for the results: the
window and the command line run a check with ``runner.check_and_save``, which keeps the
latest report per domain in the settings table (``dnscheck:<domain>``, one spelling per
domain: ``runner.domain_key``), and preflight reads it back with ``runner.sender_check_of``.
The ``Resolver`` Protocol is the only way checks reach DNS: ``DnsPythonResolver`` (the
system's resolver or the server of the ``dns.resolver`` setting), or ``MemoryResolver`` for
tests. A resolver is believed only when it finds well-known names (``probe_resolver``).
DKIM private keys live in files (``dkim_keys``), never in
the database.
"""
