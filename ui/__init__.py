"""LawfulReq's Qt front end: a thin client of the core services."""
