# The two commands of the README: `make run` (set up and open the client on the embedded database)
# and `make test` (the whole test suite, on SQLite and, when a server is available, PostgreSQL; two
# pytest-xdist workers, each with a PostgreSQL database of its own: see tests/conftest.py).
.PHONY: run test setup bench lint

run: setup
	.venv/bin/sipdumas init
	.venv/bin/sipdumas gui

test:
	bash scripts/test.sh -n 2

setup:
	bash scripts/setup.sh

lint: setup
	.venv/bin/ruff check sipdumas ui tests bench migrations resources
	.venv/bin/ruff format --check sipdumas ui tests bench migrations resources

bench: setup
	.venv/bin/python -m bench
