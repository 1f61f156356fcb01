"""Messages built to the standards: MIME layout, headers, and DKIM signatures."""
