"""Passwords, database keys and permissions."""
