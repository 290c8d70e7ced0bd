"""Web: the analyst's workbench, a local FastAPI app whose every page has a JSON twin."""

from linkchart.web.app import create_app

__all__ = ["create_app"]
