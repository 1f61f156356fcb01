"""The Bounces area: returned mail, complaints and unsubscribe requests, as records."""
