"""Reading feeds: finding, fetching, caching and parsing a schedule into the model (no Qt)."""
