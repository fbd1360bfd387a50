"""``python -m bench`` (``make bench``): every benchmark in turn, each printing one JSON summary line.

One benchmark: ``python -m bench.bench_register --n 200000`` (see each module's docstring).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time

import bench


def main() -> int:
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))
    for name in names:
        start = time.perf_counter()
        print(f"# {name}", file=sys.stderr, flush=True)
        importlib.import_module(f"bench.{name}").main([])
        print(f"# {name}: {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
