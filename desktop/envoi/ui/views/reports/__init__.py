"""The Reports area: a campaign's figures, its providers and its hours."""
