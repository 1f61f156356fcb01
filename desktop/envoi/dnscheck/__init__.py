"""Sender check: is a domain ready to send, and exactly what to fix.

``runner.run_checks(CheckRequest, Resolver)`` runs every check concurrently and returns a
``CheckReport`` (the JSON of issue 5 via ``as_json()``); ``runner.save_report`` and
``runner.last_report`` keep the latest report per domain in the settings table
(``dnscheck:<domain>``), which preflight shows again. The ``Resolver`` Protocol is the
only way checks reach DNS: ``DnsPythonResolver`` (system or chosen server), or
``MemoryResolver`` for tests. DKIM private keys live in files (``dkim_keys``), never in
the database.
"""
