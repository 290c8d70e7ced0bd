"""Mentions and reference: which spans of a parse name actors (`find`), which only look like
names (`nonactors`), the noun phrases and titles that widen or make a mention (`phrases`,
`titles`), and what "he", "its" or "the group" point back to (`coref`)."""
