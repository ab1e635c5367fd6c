"""Domain vocabulary: enumerations, identifiers and the DTOs services return."""
