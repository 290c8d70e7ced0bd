"""Export: claims and actors as JSON Lines or CSV, in the format the eval scorer reads."""

from linkchart.export.records import actor_records, claim_records
from linkchart.export.writers import FORMATS, write_records

__all__ = ["FORMATS", "actor_records", "claim_records", "write_records"]
