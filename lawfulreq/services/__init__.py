"""Services: the only way into the data. Synchronous, Qt-free, one unit of work per call."""
