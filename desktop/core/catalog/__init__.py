"""Indicator catalogs: the model, loading and validation, material-item parsing, unit resolution."""

from desktop.core.catalog.library import BUILTIN_DEFAULT, list_catalogs, load, load_file
from desktop.core.catalog.materials import MaterialItem, Period, Quantity, parse_items
from desktop.core.catalog.model import Catalog, Group, Indicator, MaterialRequest, Unit

__all__ = [
    "BUILTIN_DEFAULT", "Catalog", "Group", "Indicator", "MaterialItem", "MaterialRequest", "Period",
    "Quantity", "Unit", "list_catalogs", "load", "load_file", "parse_items",
]
