"""Syntax for the relation rules: where a trigger's roles sit in the parse (`roles`), the
actors that fill them (`arguments`), and how the sentence holds a claim (`stance`: hedge,
attribution, negation), and how two words of a parse meet (`tree`)."""
