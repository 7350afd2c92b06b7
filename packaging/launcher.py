"""The frozen app's entry point (PyInstaller's script; `faltbok` elsewhere is app.cli).

When the command opens the desktop app (no command, or `gui`), a splash window is
shown before anything heavy is imported (app/ui/shell/splash.py); then the
command line runs as always.
"""

import sys


def opens_window(argv: list[str]) -> bool:
    rest = list(argv)
    while rest and rest[0].startswith("--data-dir"):
        rest = rest[2:] if rest[0] == "--data-dir" else rest[1:]
    return not rest or rest[0] == "gui"


if __name__ == "__main__":
    if opens_window(sys.argv[1:]):
        from app.ui.shell.splash import show_splash

        show_splash()
    from app.cli import main

    raise SystemExit(main())
