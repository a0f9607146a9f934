"""The PLOVER ontology: event types, modes, and their CAMEO, quad-class and Goldstein codes."""

from chronicle.ontology.codes import EventCodes, Ontology, load_ontology

__all__ = ["EventCodes", "Ontology", "load_ontology"]
