"""When a claim holds: date phrases read from the text (`expressions`), attached to the clause
they date and carried to the claims of that clause (`context`)."""

from linkchart.extract.time.context import DocumentDates, as_of_document, document_scope
from linkchart.extract.time.expressions import DateExpression, read_expressions, resolve

__all__ = ["DateExpression", "DocumentDates", "as_of_document", "document_scope", "read_expressions", "resolve"]
