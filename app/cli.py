"""The `faltbok` command.

Every error a user can cause ends as one line on stderr and a non-zero exit
status, never a traceback (set FALTBOK_DEBUG=1 to see one). Commands that
write do so in one transaction, so a failed command leaves the database as
it was.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.exc import DatabaseError as SqlDatabaseError

from app.domain.hlc import ClockBehindError
from app.storage.paths import DataPaths, resolve_data_dir

EXIT_ERROR = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """The command line itself is wrong."""


# Modules that add commands of their own. Each has `register(commands)`, which
# adds its subparsers and returns {command name: handler(ctx) -> exit code},
# and may have `describe_error(error) -> str | None` for its own errors and
# `exit_code(error) -> int | None` for a status of their own (default 1).
# First say, first served: the hub client's words come before sync's general ones;
# app.hub.commands adds to the `hq` commands, so it comes after app.sync.commands.
COMMAND_MODULES = ("app.sync.http.commands", "app.sync.commands", "app.protection.commands",
                   "app.hub.commands", "app.services.commands",
                   "app.services.roster_commands", "app.reports.commands")
COMMAND_MODULES += ("app.reports.iati_commands",)  # faltbok iati (docs/iati.md)


@dataclass
class CommandContext:
    paths: DataPaths
    args: argparse.Namespace

    def open_database(self, **kwargs):
        """The database of the data folder; kwargs as for `Database.open`."""
        return _open(self.paths, **kwargs)

    def report_label(self, language: str):
        """Words for reports in `language` (`faltbok report`): app.ui's translations."""
        from app.ui.reports.words import labeller

        return labeller(language)

    def report_pdf_writer(self):
        """`write_report(report, path, label)` of the PDF (Qt) writer, or None.
        Asked before `report_label`: the QApplication its charts need comes first."""
        from app.ui.reports.pdf import ensure_application, write_pdf

        ensure_application()
        return write_pdf


def _command_modules():
    return [importlib.import_module(name) for name in COMMAND_MODULES
            if importlib.util.find_spec(name.rsplit(".", 1)[0]) is not None
            and importlib.util.find_spec(name) is not None]


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would print usage over several lines
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="faltbok", description="Fältbok: offline field data.")
    parser.add_argument("--data-dir", help="data folder (default: $FALTBOK_DATA_DIR or the "
                        "platform's user data folder)")
    parser.add_argument("--selftest", action="store_true",
                        help="check that this copy of the app works, in a temporary folder")
    commands = parser.add_subparsers(dest="command", parser_class=OneLineParser)
    commands.add_parser("gui", help="open the desktop app (the default)")
    init = commands.add_parser("init", help="create an empty database for this device")
    init.add_argument("--name", help="this device's name (default: the host name)")
    demo = commands.add_parser("demo", help="fill an empty database with demo data")
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--if-empty", action="store_true",
                      help="do nothing (and succeed) if the database already holds records")
    dump = commands.add_parser("dump", help="print every synced row, canonical and sorted, "
                               "names and contacts included (an audited export)")
    dump.add_argument("--format", choices=("jsonl",), default="jsonl")
    dump.add_argument("--output", "-o", metavar="FILE", default="-",
                      help="write to FILE (whole or not at all) instead of printing")
    dump.add_argument("--without-names", action="store_true",
                      help="leave participants' names and contacts and partners' contacts out")
    stats = commands.add_parser("stats", help="count the records and changes stored")
    stats.add_argument("--json", action="store_true", help="print JSON")
    return parser, commands


def _open(paths: DataPaths, **kwargs):
    """Open the database, asking for its passphrase (FALTBOK_PASSPHRASE or a
    prompt, never an argument) when it is encrypted."""
    from app.protection.commands import open_database

    return open_database(paths, **kwargs)


def cmd_init(paths: DataPaths, args) -> int:
    existed = paths.database.exists()
    db = _open(paths, create=True, device_name=args.name)
    word = "already holds" if existed else "created"
    print(f"{word} a database for device {db.device_id} in {paths.root}")
    return 0


def cmd_demo(paths: DataPaths, args) -> int:
    from app.demo.generator import DemoDataError, demo_device_id, demo_wall_clock, write_demo

    fresh = not paths.database.exists()
    extra = ({"device_id": demo_device_id(args.seed), "device_name": "demo",
              "wall": demo_wall_clock} if fresh else {})
    try:
        db = _open(paths, create=True, **extra)
        written = write_demo(db, args.size, args.seed)
    except DemoDataError as error:
        if args.if_empty:
            print(f"{error}; keeping them")
            return 0
        raise
    except BaseException:
        if fresh:  # leave nothing behind that was not there before
            for path in paths.database_files():
                path.unlink(missing_ok=True)
        raise
    print(f"wrote {sum(written.values())} demo records "
          f"({written.get('attendance', 0)} attendance rows) to {paths.root}")
    return 0


def cmd_dump(paths: DataPaths, args) -> int:
    from app.services.dump import export_dump

    export_dump(_open(paths), args.output, names=not args.without_names)
    return 0


def cmd_stats(paths: DataPaths, args) -> int:
    from app.services.dump import stats

    figures = stats(_open(paths))
    if args.json:
        print(json.dumps(figures, indent=2, sort_keys=True))
        return 0
    print(f"device    {figures['device_id']}\nschema    {figures['schema']}\n"
          f"size      {figures['database_bytes'] / 1e6:.1f} MB\n"
          f"changes   {figures['changes']}")
    for table, counts in figures["tables"].items():
        print(f"{table:<18}{counts['live']:>10} live{counts['deleted']:>8} deleted")
    return 0


def cmd_gui(paths: DataPaths, args) -> int:
    try:
        from app.ui.shell.application import run
    except ImportError as error:
        raise UsageError(f"the desktop app cannot start: {error}") from None
    return run(paths)


COMMANDS: dict[str, Callable[[DataPaths, argparse.Namespace], int]] = {
    "gui": cmd_gui,
    "init": cmd_init,
    "demo": cmd_demo,
    "dump": cmd_dump,
    "stats": cmd_stats,
}


def describe_error(error: BaseException) -> str | None:
    """One plain line for an error a user can cause; None for a bug."""
    from app.demo.generator import DemoDataError
    from app.services.errors import ServiceError
    from app.storage.database import NoDatabaseError
    from app.storage.migrate import NewerSchemaError

    if isinstance(error, NoDatabaseError):
        return f"{error} (run 'faltbok --data-dir {error.paths.root} init' first)"
    if isinstance(error, NewerSchemaError):
        return "this database was written by a newer Fältbok; update the app to open it"
    if isinstance(error, DemoDataError):
        return f"{error}; demo data goes into an empty data folder (use --data-dir)"
    if isinstance(error, ServiceError | ClockBehindError | UsageError):
        return str(error)
    if isinstance(error, SqlDatabaseError):
        reason = str(getattr(error, "orig", error)).splitlines()[0]
        if "not a database" in reason:
            return "the data folder holds a file that is not a Fältbok database"
        return f"the database refused the change: {reason}"
    if isinstance(error, OSError):
        return f"{error.strerror or error}: {error.filename or ''}".rstrip(": ")
    for module in _command_modules():
        line = getattr(module, "describe_error", lambda _e: None)(error)
        if line:
            return line
    return None


def main(argv: list[str] | None = None) -> int:
    try:
        parser, commands = build_parser()
        handlers = {}
        for module in _command_modules():
            handlers.update(module.register(commands))
        args = parser.parse_args(argv)
        if args.selftest:
            from app.selftest import main as selftest

            return selftest()
        paths = resolve_data_dir(args.data_dir)
        if args.command in handlers:
            return handlers[args.command](CommandContext(paths, args))
        return COMMANDS[args.command or "gui"](paths, args)
    except KeyboardInterrupt:
        print("faltbok: interrupted; nothing half-done was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # noqa: BLE001 - the one place errors become words
        if os.environ.get("FALTBOK_DEBUG"):
            raise
        line = describe_error(error)
        if line is None:
            line = f"internal error ({type(error).__name__}: {error}); " \
                   "rerun with FALTBOK_DEBUG=1 and report it"
        print(f"faltbok: {line.splitlines()[0]}", file=sys.stderr)
        return EXIT_USAGE if isinstance(error, UsageError) else _exit_code(error)


def _exit_code(error: BaseException) -> int:
    for module in _command_modules():
        code = getattr(module, "exit_code", lambda _e: None)(error)
        if code:
            return code
    return EXIT_ERROR
