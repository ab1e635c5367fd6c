"""Import of the provider's subscriber data from CSV exports: validate, normalise, write."""
