"""The spaCy stage: the English model with our components (the EntityRuler of known actors and
places, names recognised by their shape, inline acronym definitions), run paragraph by
paragraph over each document."""
