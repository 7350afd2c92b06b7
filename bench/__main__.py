"""Run every `bench/bench_*.py` module and print one table of ratios.

    python -m bench                     # all benchmarks
    python -m bench storage sync        # only these
    python -m bench --update-readme     # also write the table into README.md
    python -m bench hub --update-readme # replace only the hub rows of that table

Each module has `run() -> list[(figure, ratio, note)]`.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

import bench

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def modules(only: list[str]) -> list[str]:
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__)
                   if m.name.startswith("bench_"))
    return [n for n in names if not only or n.removeprefix("bench_") in only]


def table(rows: list[tuple[str, str, float, str]]) -> str:
    lines = ["| benchmark | figure | ratio | note |", "|---|---|---:|---|"]
    lines += [f"| {mod} | {fig} | {ratio:.2f}× | {note} |" for mod, fig, ratio, note in rows]
    return "\n".join(lines)


def _readme_rows(readme: str) -> list[tuple[str, str, float, str]]:
    """The rows of the README's table, parsed back (benchmark, figure, ratio, note)."""
    match = re.search(re.escape(START) + "(.*?)" + re.escape(END), readme, flags=re.S)
    rows = []
    for line in (match.group(1).splitlines() if match else [])[3:]:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4:
            rows.append((cells[0], cells[1], float(cells[2].rstrip("×")), cells[3]))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("only", nargs="*", help="benchmark names (storage, sync, ui)")
    parser.add_argument("--update-readme", action="store_true")
    args = parser.parse_args()
    rows = []
    for name in modules(args.only):
        started = time.perf_counter()
        print(f"running {name} ...", file=sys.stderr, flush=True)
        for figure, ratio, note in importlib.import_module(f"bench.{name}").run():
            rows.append((name.removeprefix("bench_"), figure, ratio, note))
        print(f"  {name} took {time.perf_counter() - started:.0f} s", file=sys.stderr)
    text = table(rows)
    print(text)
    if args.update_readme:
        readme = README.read_text()
        if args.only:  # keep the other benchmarks' rows of the last full run
            ran = {name.removeprefix("bench_") for name in modules(args.only)}
            kept = [row for row in _readme_rows(readme) if row[0] not in ran]
            text = table(sorted(kept + rows, key=lambda row: row[0]))
        block = f"{START}\n{text}\n{END}"
        if START in readme:
            readme = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _m: block,
                            readme, flags=re.S)
        else:
            readme += f"\n{block}\n"
        README.write_text(readme)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
