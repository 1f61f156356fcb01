"""Every count a user sees: a campaign's deliveries, returned mail by day and reason, the
rates that pause a send. Functions over a session (to compose inside another unit of work)
and the `Reports` service over a store; both return frozen dataclasses.

Reads the store's tables only, so that every feature above (sending, the window, the
command line) may ask it and none of them counts on its own.
"""
