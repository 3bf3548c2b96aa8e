"""Render the application icon's SVG into the PNG, ICO and ICNS files the platforms want.

    python packaging/render_icons.py            # writes into resources/icons/app/
    python packaging/render_icons.py --sheet contact-sheet.png   # also a review sheet

The outputs are committed, so a build never needs this script; run it after editing
``resources/icons/app/parley.svg``. It uses only Qt (QSvgRenderer, offscreen): the ``.ico``
and ``.icns`` containers are simple enough to write directly around PNG data, which every
Windows since Vista and every macOS since 10.7 reads, so no imaging library is needed.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
APP_DIR = ICONS / "app"
SVG = APP_DIR / "parley.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, by pixel size (macOS 10.7+).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)  # fmt: skip


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn into a transparent ``size`` x ``size`` image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed images (ICONDIR + ICONDIRENTRY records)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns' + length, then typed elements each holding PNG data."""
    body = b""
    for kind, size in ICNS_TYPES:
        blob = pngs[size]
        body += kind + struct.pack(">I", len(blob) + 8) + blob
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def write_if_changed(path: Path, data: bytes) -> None:
    if path.exists() and path.read_bytes() == data:
        return
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    print(f"wrote {path.relative_to(ROOT)} ({len(data):,} bytes)")


def contact_sheet(target: Path) -> None:
    """Every themed icon at 16/24/48 px on light and dark, plus the app icon: for review."""
    names = sorted(p.stem for p in ICONS.glob("*.svg"))
    columns, cell_w, cell_h = 9, 120, 100
    rows = -(-len(names) // columns)
    band = rows * cell_h + 20
    width, height = columns * cell_w + 20, 2 * band + 300
    sheet = QImage(width, height, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#ffffff"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(0, band, width, band, QColor("#1e2027"))
    font = QFont()
    font.setPixelSize(11)
    painter.setFont(font)
    for index, (fg, top) in enumerate((("#1f2328", 10), ("#e6e8ee", band + 10))):
        for i, name in enumerate(names):
            svg = (ICONS / f"{name}.svg").read_text(encoding="utf-8").replace("currentColor", fg)
            renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
            x = 10 + (i % columns) * cell_w
            y = top + (i // columns) * cell_h
            renderer.render(painter, QRectF(x, y, 16, 16))
            renderer.render(painter, QRectF(x + 24, y, 24, 24))
            renderer.render(painter, QRectF(x + 56, y, 48, 48))
            painter.setPen(QColor(fg))
            painter.drawText(x, y + 70, name)
    renderer = QSvgRenderer(str(SVG))
    painter.fillRect(width // 2, 2 * band, width - width // 2, 300, QColor("#1e2027"))
    for left in (10, width // 2 + 10):
        x = left
        for size in (16, 24, 32, 48, 64, 128):
            renderer.render(painter, QRectF(x, 2 * band + 150 - size / 2, size, size))
            x += size + 14
    painter.end()
    sheet.save(str(target))
    print(f"wrote {target}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheet", type=Path, help="also write a contact sheet PNG here")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    pngs = {size: png_bytes(render(renderer, size)) for size in {*PNG_SIZES, 1024}}
    for size in PNG_SIZES:
        write_if_changed(APP_DIR / f"parley-{size}.png", pngs[size])
    write_if_changed(APP_DIR / "parley.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    write_if_changed(APP_DIR / "parley.icns", icns_bytes(pngs))
    if args.sheet:
        contact_sheet(args.sheet)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
