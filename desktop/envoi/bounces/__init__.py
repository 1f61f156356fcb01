"""Bounces: reading returned mail (DSN, ARF, auto-replies), classifying, matching, policy."""
