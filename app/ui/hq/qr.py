"""A QR code as a Qt image, drawn from segno's module matrix.

segno makes the code (error correction level M, so a smudged screen or a
phone's glare still reads); here each dark module becomes a black square of
`scale` pixels inside a quiet zone of four modules, as the standard asks.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

QUIET = 4  # modules of white around the code (ISO/IEC 18004)


def qr_image(text: str, scale: int = 6) -> QImage:
    code = segno.make(text, error="m", micro=False)
    matrix = code.matrix
    size = (len(matrix) + 2 * QUIET) * scale
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, line in enumerate(matrix):
        for x, dark in enumerate(line):
            if dark:
                painter.drawRect((x + QUIET) * scale, (y + QUIET) * scale, scale, scale)
    painter.end()
    return image


def qr_pixmap(text: str, scale: int = 6) -> QPixmap:
    return QPixmap.fromImage(qr_image(text, scale))


def modules(text: str) -> tuple[tuple[int, ...], ...]:
    """segno's matrix (1 = dark), for tests that read the drawn image back."""
    return segno.make(text, error="m", micro=False).matrix
