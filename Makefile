# lcbudget — every target installs what it is missing first.
#   make demo   build and run the main job on an example, say where the outputs are
#   make test   every test (Swift and Python), installing what is missing
SHELL := /bin/bash
SWIFT ?= swift
VENV := .venv
PY := $(VENV)/bin/python
BUILD_PACKAGES := libxlsxwriter-dev libsqlite3-dev pkg-config
TEST_PACKAGES := libreoffice-calc chromium
DEMO_SCENARIO ?= scenarios/district-two-year.yaml
DEMO_OUT ?= demo-out
export SOURCE_DATE_EPOCH ?= 1767225600

.PHONY: all deps test-deps venv build release demo test swift-test python-test clean bench fuzz sanitize

all: build

deps:
	@scripts/ensure-system-packages.sh $(BUILD_PACKAGES)

test-deps: deps venv
	@scripts/ensure-system-packages.sh $(TEST_PACKAGES)

$(VENV)/.stamp: requirements-test.txt
	@scripts/ensure-system-packages.sh python3-venv 2>/dev/null || true
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r requirements-test.txt
	touch $@

venv: $(VENV)/.stamp

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

demo: build
	@mkdir -p $(DEMO_OUT)
	.build/debug/lcbudget check $(DEMO_SCENARIO)
	.build/debug/lcbudget project $(DEMO_SCENARIO)
	@echo
	@echo "Outputs: the projection above; see README.md for the other commands."

swift-test: deps
	$(SWIFT) build
	$(SWIFT) test --parallel

python-test: test-deps build
	$(PY) -m pytest -q tests/python

test: swift-test python-test

bench: deps
	scripts/bench.sh

clean:
	rm -rf .build $(VENV) $(DEMO_OUT)
