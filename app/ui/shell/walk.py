"""Walk every page of the main window, and find interface text that does not fit.

`walk(window, settle)` shows each section and each of its tabs in turn (a
list with its first record selected, the attendance page with its walk-in
form open) and yields a name for what is on screen; the screenshots tool
saves a picture of each, the layout test checks each with `clipped_texts`.

`clipped_texts(root)` compares, for every visible label, button, tab, menu
bar entry, group title and search placeholder, the width its text needs
(`fontMetrics().horizontalAdvance`, plus the style's margins and icon) with
the width it has; a list's columns are at least as wide as their titles. A
widget that elides on purpose (and says it whole in a tooltip) opts out with
the property `fb_elide`; data shown in a widget (`fb_data`: a count, a name)
is not interface text and is not checked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)

TOOL_TABS = {"sync": ("packages", "conflicts", "held"), "settings": ("users", "devices"),
             "devices": ("laptops", "conflicts", "hub")}


def _plain(text: str) -> str:
    """The text as drawn: mnemonic ampersands gone, "&&" shown as "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _select_first_row(page, settle: Callable[[], None]) -> None:
    model = getattr(page, "model", None)
    view = getattr(page, "view", None)
    if model is None or view is None:
        return
    settle()
    if model.rowCount() > 0:
        view.selectRow(0)
        settle()


def walk(window, settle: Callable[[], None]) -> Iterator[str]:
    """Show every page and tab in turn; yield `<section>` or `<section>-<tab>`."""
    from app.ui.shell.main_window import SECTIONS

    for key in getattr(window, "sections", SECTIONS):  # with headquarters' own
        window.show_section(key)
        settle()
        page = window.section(key)
        tabs = getattr(page, "tabs", None)
        if key == "attendance":
            yield key
            page.walk_in.open_form()
            settle()
            yield f"{key}-walk_in"
            page.walk_in.close_form()
            settle()
            continue
        if tabs is None:
            yield key
            continue
        names = _tab_names(key, page, tabs.count())
        for n in range(tabs.count()):
            tabs.setCurrentIndex(n)
            _select_first_row(tabs.currentWidget(), settle)
            settle()
            yield f"{key}-{names[n]}"
        tabs.setCurrentIndex(0)
        settle()


def _tab_names(key: str, page, count: int) -> list[str]:
    lists = getattr(page, "lists", None)
    if lists is not None:  # a SectionWidget: its tools, then one list per entity
        tools = ["progress" if key == "indicators" else f"tool{n}"
                 for n in range(count - len(lists))]
        return tools + list(lists)
    names = list(TOOL_TABS.get(key, ()))
    return names + [str(n) for n in range(len(names), count)]


# -- what fits ----------------------------------------------------------------
def _label_problem(label: QLabel) -> str | None:
    if label.pixmap() is not None and not label.pixmap().isNull():
        return None
    text = label.text()
    if not text or GuiQt.mightBeRichText(text) or label.textFormat() == Qt.TextFormat.RichText:
        return None
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if label.wordWrap():  # wraps: only a single word longer than the line is cut
        words = _plain(text).split()
        need = max((label.fontMetrics().horizontalAdvance(w) for w in words), default=0)
        if label.heightForWidth(label.width()) > label.height() + 1:
            return f"needs {label.heightForWidth(label.width())} px height, has {label.height()}"
    else:
        need = max(label.fontMetrics().horizontalAdvance(line)
                   for line in _plain(text).split("\n"))
    return f"needs {need} px, has {room}" if need > room else None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    metrics = button.fontMetrics()
    need = metrics.horizontalAdvance(text)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    style = button.style()
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        need += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button)
        need += 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, button)
    elif isinstance(button, QCheckBox | QRadioButton):
        indicator = (QStyle.PixelMetric.PM_IndicatorWidth if isinstance(button, QCheckBox)
                     else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
        need += style.pixelMetric(indicator, None, button) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
    else:
        need += 6
    return f"needs {need} px, has {button.width()}" if need > button.width() else None


def _placeholder_problem(edit: QLineEdit) -> str | None:
    text = edit.placeholderText()
    if not text or edit.text():
        return None
    margins = edit.textMargins()
    room = (edit.width() - 2 * edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
            - 4 - margins.left() - margins.right())
    if edit.isClearButtonEnabled():
        room -= edit.height() // 2 + 8  # the clear button, shown once something is typed
    need = edit.fontMetrics().horizontalAdvance(text)
    return f"needs {need} px, has {room}" if need > room else None


def _tab_problems(bar: QTabBar) -> list[tuple[str, str]]:
    found = []
    for n in range(bar.count()):
        text = _plain(bar.tabText(n))
        rect = bar.tabRect(n)
        need = bar.fontMetrics().horizontalAdvance(text)
        if not bar.tabIcon(n).isNull():
            need += bar.iconSize().width() + 4
        room = rect.width() - bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace,
                                                      None, bar) // 2
        if need > room or not bar.rect().contains(rect):
            found.append((text, f"tab needs {need} px, has {room}"))
    return found


def _header_problems(header: QHeaderView) -> list[tuple[str, str]]:
    """A list's column headers: each column at least as wide as its title."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    found = []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        need = header.fontMetrics().horizontalAdvance(text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            need += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None,
                                               header) + margin
        if text and need > header.sectionSize(column):
            found.append((text, f"column needs {need} px, has {header.sectionSize(column)}"))
    return found


def _menu_bar_problems(bar: QMenuBar) -> list[tuple[str, str]]:
    found = []
    for action in bar.actions():
        geometry = bar.actionGeometry(action)
        if geometry.isEmpty() or not bar.rect().contains(geometry):
            found.append((_plain(action.text()), "menu entry outside the menu bar"))
    return found


def _group_problem(box: QGroupBox) -> str | None:
    title = _plain(box.title())
    if not title:
        return None
    need = box.fontMetrics().horizontalAdvance(title) + 16
    if box.isCheckable():
        need += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) + 4
    return f"needs {need} px, has {box.width()}" if need > box.width() else None


def _opted_out(widget: QWidget) -> bool:
    while widget is not None:
        if widget.property("fb_elide") or widget.property("fb_data"):
            return True
        widget = widget.parentWidget()
    return False


def _in_scroll_area(widget: QWidget) -> bool:
    """Text inside a scrolling area may run on: a scroll bar reaches it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.horizontalScrollBarPolicy() != (
                Qt.ScrollBarPolicy.ScrollBarAlwaysOff):
            return True
        parent = parent.parentWidget()
    return False


def _cut_by_parents(widget: QWidget) -> str | None:
    """A widget pushed partly out of its parent's rectangle is cut at the edge."""
    rect = widget.rect().translated(widget.mapTo(widget.window(), widget.rect().topLeft()))
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        rect = rect.intersected(parent.rect().translated(
            parent.mapTo(parent.window(), parent.rect().topLeft())))
        parent = parent.parentWidget()
    rect = rect.intersected(widget.window().rect())
    if rect.width() < widget.width() - 1:
        return f"shows {max(rect.width(), 0)} of its {widget.width()} px"
    return None


def clipped_texts(root: QWidget) -> list[tuple[str, str, str]]:
    """(kind, text, why) of every visible piece of interface text under `root`
    that does not fit the room it has."""
    found: list[tuple[str, str, str]] = []
    for menu in root.findChildren(QMenu):  # a menu grows to its entries: up to the window
        if menu.sizeHint().width() > root.window().width():
            found.append(("menu", _plain(menu.title()),
                          f"needs {menu.sizeHint().width()} px, the window has "
                          f"{root.window().width()}"))
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or _opted_out(widget):
            continue
        if isinstance(widget, QTabBar):
            found += [("tab", text, why) for text, why in _tab_problems(widget)]
            continue
        if isinstance(widget, QHeaderView):
            found += [("column", text, why) for text, why in _header_problems(widget)]
            continue
        if isinstance(widget, QMenuBar):
            found += [("menu", text, why) for text, why in _menu_bar_problems(widget)]
            continue
        if _in_scroll_area(widget) and not isinstance(widget, QLineEdit):
            continue
        problem, kind, text = None, "", ""
        if isinstance(widget, QLabel):
            problem, kind, text = _label_problem(widget), "label", widget.text()
        elif isinstance(widget, QAbstractButton):
            problem, kind, text = _button_problem(widget), "button", widget.text()
        elif isinstance(widget, QLineEdit):
            problem, kind, text = _placeholder_problem(widget), "placeholder", (
                widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            problem, kind, text = _group_problem(widget), "group", widget.title()
        if kind and text and not problem:
            problem = _cut_by_parents(widget)
        if problem:
            found.append((kind, _plain(text), problem))
    return found
