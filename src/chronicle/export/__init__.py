"""Writers of coded events in the formats researchers use."""
