"""A/B tests: variants, assignment, sample-size planning, the sequential decision."""
