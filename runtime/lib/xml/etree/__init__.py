"""The ElementTree XML API (Kiln): see xml.etree.ElementTree."""
