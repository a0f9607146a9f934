"""Curated, versioned knowledge: countries, people and organisations with dated roles, places.

Every entry in ``data/`` names its source; files are validated when loaded.
"""
