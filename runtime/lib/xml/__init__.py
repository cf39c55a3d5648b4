"""XML packages (Kiln): xml.etree.ElementTree."""
