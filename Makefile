# lcbudget — every target installs what it is missing first (Debian packages as root, a Python
# virtual environment in .venv for test helpers and notebooks).
#   make demo      build, then run the main job on an example and say where the outputs are
#   make test      every test: Swift, Python (LibreOffice, Chromium, the web page in Chromium, notebooks), ASan, short fuzz
#   make fuzz      longer fuzzing (FUZZ_SECONDS per target)
#   make sanitize  the whole Swift suite under AddressSanitizer and ThreadSanitizer
#   make bench     benchmarks; results go in docs/PERFORMANCE.md by hand
#   make serve     build, then serve the web workspace on the shipped scenarios (http://127.0.0.1:8321/)
SHELL := /bin/bash
SWIFT ?= swift
VENV := .venv
PY := $(VENV)/bin/python
BUILD_PACKAGES := libxlsxwriter-dev libsqlite3-dev pkg-config
TEST_PACKAGES := libreoffice-calc chromium chromium-driver poppler-utils python3-venv unzip
DEMO_SCENARIO ?= scenarios/district-two-year.yaml
DEMO_OUT ?= demo-out
SERVE_DIR ?= scenarios
SERVE_DB ?= lcbudget.sqlite
SERVE_PORT ?= 8321
FUZZ_SECONDS ?= 300
TEST_FUZZ_SECONDS ?= 20
# Fixed timestamps make every output byte-identical run to run (2026-01-01T00:00:00Z).
export SOURCE_DATE_EPOCH ?= 1767225600

.PHONY: all deps test-deps venv build release demo serve test swift-test python-test asan-test \
        fuzz-short fuzz sanitize bench clean

all: build

deps:
	@scripts/ensure-system-packages.sh $(BUILD_PACKAGES)

test-deps: deps
	@scripts/ensure-system-packages.sh $(TEST_PACKAGES)
	@$(MAKE) --no-print-directory venv

$(VENV)/.stamp: requirements-test.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r requirements-test.txt
	touch $@

venv: $(VENV)/.stamp

build: deps
	$(SWIFT) build

# The release binary links the Swift runtime and Foundation in (--static-swift-stdlib): it runs
# on a machine without a Swift toolchain (libsqlite3, libxlsxwriter and libxml2 come from Debian),
# starts in about 9 ms instead of 15, and calls the runtime directly (docs/PERFORMANCE.md).
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

demo: build
	@mkdir -p $(DEMO_OUT)
	.build/debug/lcbudget check $(DEMO_SCENARIO)
	.build/debug/lcbudget project $(DEMO_SCENARIO)
	.build/debug/lcbudget report $(DEMO_SCENARIO) --out $(DEMO_OUT) --force --db $(DEMO_OUT)/lcbudget.sqlite
	@echo
	@echo "Demo outputs are in $(DEMO_OUT)/:"
	@ls -1 $(DEMO_OUT) | sed 's/^/  /'
	@echo
	@echo "To build, check and share budgets in a browser: make serve (then open http://127.0.0.1:$(SERVE_PORT)/)"

# The web workspace on the shipped scenarios; Ctrl-C stops it.
serve: build
	.build/debug/lcbudget serve --dir $(SERVE_DIR) --db $(SERVE_DB) --port $(SERVE_PORT)

swift-test: deps
	$(SWIFT) build
	$(SWIFT) test --disable-xctest --parallel

python-test: test-deps build
	$(PY) -m pytest -q Tests/Python

# Leaks inside Foundation and XCTest, not lcbudget's, are suppressed (see the file for each).
LSAN_ENV := LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan-suppressions.txt:print_suppressions=0
# The tests that drive C libraries (libxlsxwriter: XlsxWriterTests, BudgetWorkbookTests; SQLite:
# LCStoreTests) again under AddressSanitizer.
asan-test: deps
	$(LSAN_ENV) $(SWIFT) test --disable-xctest --sanitize=address --scratch-path .build-asan --filter 'XlsxWriterTests|LCStoreTests|LCReportsTests'

fuzz-short: deps
	scripts/fuzz.sh $(TEST_FUZZ_SECONDS)

test: swift-test python-test asan-test fuzz-short

fuzz: deps
	scripts/fuzz.sh $(FUZZ_SECONDS)

sanitize: deps
	$(LSAN_ENV) $(SWIFT) test --disable-xctest --sanitize=address --scratch-path .build-asan
	$(SWIFT) test --disable-xctest --sanitize=thread --scratch-path .build-tsan

bench: deps
	scripts/bench.sh

clean:
	rm -rf .build .build-asan .build-tsan .build-fuzz $(VENV) $(DEMO_OUT)
