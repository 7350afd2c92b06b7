"""Render the app icon from its one source, `icons/faltbok.svg`.

    python resources/make_icons.py        (needs the `build` extra: Pillow)

Writes `icons/faltbok-<n>.png` for the sizes desktops ask for, a Windows
`faltbok.ico` and a macOS `faltbok.icns`. Qt's own SVG renderer (QtSvg, part of
PySide6-Essentials) draws each size from the vectors, so the small sizes are
not blurred copies of a big one; Pillow packs them into .ico and .icns. The
generated files are committed beside this script: the build does not need to
run it, and anyone can check that they match their source by running it again.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent / "icons"
SOURCE = ICONS / "faltbok.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> bytes:
    """The SVG drawn at `size`×`size` pixels on a transparent ground, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE.name} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    drawn = {n: Image.open(io.BytesIO(render(n))).convert("RGBA") for n in sizes}
    for n in PNG_SIZES:
        drawn[n].save(ICONS / f"faltbok-{n}.png", optimize=True)
    biggest = drawn[max(ICO_SIZES)]
    biggest.save(ICONS / "faltbok.ico", sizes=[(n, n) for n in ICO_SIZES],
                 append_images=[drawn[n] for n in ICO_SIZES])
    drawn[max(ICNS_SIZES)].save(ICONS / "faltbok.icns",
                                append_images=[drawn[n] for n in ICNS_SIZES])
    print(f"wrote {len(PNG_SIZES)} PNGs, faltbok.ico and faltbok.icns in {ICONS.name}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
