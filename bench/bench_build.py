"""The installable app: how big the frozen build is and how fast it starts.

Figures (`python -m bench build`; slow: two PyInstaller builds, a few minutes):
- the build folder's size as a ratio to the 250 MB goal (issue 13);
- the archive's size as a ratio to the 100 MB goal;
- cold start of the frozen app to its first window on screen (the splash of
  app/ui/shell/splash.py) and to its main window, each as a ratio to a bare
  PySide6 window frozen the same way (PyInstaller one-folder, no UPX, the same
  Python and PySide6) in the same run (goal for the first window: ≤ 1.5).

Start is measured on a private Xvfb display: the time from starting the program
to its window being mapped (Qt paints a window the moment it is exposed), found
by polling `xdotool search --onlyvisible --pid` (the main window is the first one
800 pixels wide or more). Each program starts 5 times from
a freshly unpacked folder, alternating app and baseline; the figure is the ratio
of medians. The app opens a data folder holding the small demo, with a user
chosen, so its first window is the main window with the attendance list. Needs
Xvfb and xdotool (Debian: xvfb, xdotool), and the `build` extra.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1e6
RUNS = 5
BARE_WINDOW = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.resize(1200, 800)
    window.show()
    app.exec()
""")


def folder_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def unpack(archive: Path, into: Path) -> Path:
    into.mkdir(parents=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="tar")
    return next(into.iterdir())


def build_app() -> tuple[Path, float]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return Path(done.stdout.strip().splitlines()[-1]), time.perf_counter() - started


def build_bare(work: Path) -> Path:
    """The baseline: one window, frozen with the same PyInstaller, packed the same way."""
    work.mkdir(parents=True)
    script = work / "bare.py"
    script.write_text(BARE_WINDOW)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir",
                    "--console", "--noupx", "--log-level", "WARN", "--name", "bare",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                    "--specpath", str(work), str(script)], check=True, capture_output=True)
    archive = work / "bare.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as out:
        out.add(work / "dist" / "bare", arcname="bare")
    return archive


class Display:
    """A private Xvfb server for the start measurements; it picks a free display number
    itself (-displayfd), searching from 100 + this process id modulo 400. On a shared
    machine something else may end it: `alive()` starts a new one then."""

    server: subprocess.Popen | None = None

    def __enter__(self) -> Display:
        self.alive()
        return self

    def alive(self) -> str:
        """The display's name, the server (re)started if it is gone."""
        if self.server is not None and self.server.poll() is None and subprocess.run(
                ["xdotool", "getdisplaygeometry"], env={"DISPLAY": self.name},
                capture_output=True).returncode == 0:
            return self.name
        self.__exit__()
        read, write = os.pipe()
        self.server = subprocess.Popen(["Xvfb", f":{100 + os.getpid() % 400}", "-displayfd",
                                        str(write), "-screen", "0", "1280x900x24",
                                        "-nolisten", "tcp"], pass_fds=(write,),
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.name = f":{number}"
        return self.name

    def __exit__(self, *_exc) -> None:
        if self.server is not None:
            self.server.terminate()
            self.server.wait()
            self.server = None


def measured(display: Display, command: list[str], env: dict, log: Path) -> tuple[float, float]:
    """time_to_window on a live display; once more if the display died under it."""
    try:
        return time_to_window(command, {**env, "DISPLAY": display.alive()}, log)
    except RuntimeError:
        return time_to_window(command, {**env, "DISPLAY": display.alive()}, log)


def _shown(pid: int, env: dict) -> list[int]:
    """Widths of the visible windows of process `pid`."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)], env=env,
                           capture_output=True, text=True).stdout.split()
    widths = []
    for window in found:
        shape = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window], env=env,
                               capture_output=True, text=True).stdout
        widths += [int(line[6:]) for line in shape.splitlines() if line.startswith("WIDTH=")]
    return widths


def time_to_window(command: list[str], env: dict, log: Path) -> tuple[float, float]:
    """Seconds from start to the first window shown, and to the first big one (the main
    window, 1200 pixels wide; the splash is 420)."""
    started = time.perf_counter()
    first = None
    with log.open("wb") as errors:
        program = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        while True:
            widths = _shown(program.pid, env)
            now = time.perf_counter() - started
            if widths and first is None:
                first = now
            if any(width >= 800 for width in widths):
                return first, now
            if program.poll() is not None:
                said = log.read_text(errors="replace").strip().splitlines()
                raise RuntimeError(f"{command[0]} ended ({program.returncode}) before showing "
                                   f"a window: {said[-1] if said else 'nothing on stderr'}")
            if now > 60:
                raise RuntimeError(f"{command[0]} showed no window in 60 s")
            time.sleep(0.005)
    finally:
        program.terminate()
        program.wait()


def demo_folder(app: Path, env: dict, folder: Path) -> None:
    """The small demo, with its coordinator chosen (no 'who is using it?' question)."""
    subprocess.run([str(app), "--data-dir", str(folder), "demo"], env=env, check=True,
                   capture_output=True)
    users = subprocess.run([str(app), "--data-dir", str(folder), "user", "list"], env=env,
                           check=True, capture_output=True, text=True).stdout
    coordinator = next(word for line in users.splitlines() if "coordinator" in line.split()
                       for word in line.split() if len(word) == 36)  # its id
    subprocess.run([str(app), "--data-dir", str(folder), "user", "switch", coordinator],
                   env=env, check=True, capture_output=True)


def run() -> list[tuple[str, float, str]]:
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            raise SystemExit(f"bench build: {tool} is missing (Debian: apt-get install "
                             "xvfb xdotool)")
    with tempfile.TemporaryDirectory(prefix="faltbok-bench-build-") as tmp:
        work = Path(tmp)
        archive, build_seconds = build_app()
        bare_archive = build_bare(work / "bare-build")
        home = work / "home"
        home.mkdir()
        base_env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
        times: dict[str, list[float]] = {"splash": [], "app": [], "bare": []}
        folder_size = archive_size = 0
        with Display() as display:
            for n in range(RUNS):
                app_dir = unpack(archive, work / f"app-{n}")
                bare_dir = unpack(bare_archive, work / f"bare-{n}")
                folder_size, archive_size = folder_bytes(app_dir), archive.stat().st_size
                data = work / f"data-{n}"
                demo_folder(app_dir / "faltbok", base_env, data)
                splash, main = measured(
                    display, [str(app_dir / "faltbok"), "--data-dir", str(data), "gui"],
                    base_env, work / f"app-{n}.log")
                times["splash"].append(splash)
                times["app"].append(main)
                times["bare"].append(measured(display, [str(bare_dir / "bare")], base_env,
                                              work / f"bare-{n}.log")[1])
        bare_size = folder_bytes(bare_dir)
    splash, app_start, bare_start = (statistics.median(times[k])
                                     for k in ("splash", "app", "bare"))
    return [
        ("build folder size / 250 MB goal", folder_size / (250 * MB),
         f"{folder_size / MB:.0f} MB (a bare PySide6 window frozen the same way: "
         f"{bare_size / MB:.0f} MB); built in {build_seconds:.0f} s"),
        ("archive size / 100 MB goal", archive_size / (100 * MB),
         f"{archive_size / MB:.0f} MB, {archive.name}"),
        ("cold start to first window (splash), frozen app / frozen bare window",
         splash / bare_start, f"{splash * 1000:.0f} ms vs {bare_start * 1000:.0f} ms, "
         f"median of {RUNS} (goal ≤ 1.5)"),
        ("cold start to the main window, frozen app / frozen bare window",
         app_start / bare_start, f"{app_start * 1000:.0f} ms vs {bare_start * 1000:.0f} ms: "
         "the app's imports and opening the small demo"),
    ]
