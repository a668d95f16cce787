# Two commands for a newcomer (see README.md):
#   make demo   installs into .venv and runs the bot on its embedded defaults
#   make test   installs what the tests need (Debian packages too) and runs every test
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: demo test system bench lint

demo: $(STAMP)
	$(PY) -m bot demo

test: system $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider

# Dovecot for the IMAP tests, Chromium for the browser tests (Debian packages, as root)
system:
	@bash .ci/system-packages

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

bench: $(STAMP)
	$(PY) bench/run_all.py

lint: $(STAMP)
	$(VENV)/bin/ruff check bot classifiers tests bench
