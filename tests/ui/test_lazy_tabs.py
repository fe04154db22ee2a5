from typing import ClassVar

from PySide6.QtWidgets import QLabel

from branchops.ui.widgets.lazy_tabs import LazyTabs


class Probe(QLabel):
    made: ClassVar[list[str]] = []

    def __init__(self, ctx) -> None:
        super().__init__("tab")
        Probe.made.append(type(self).__name__)


class Other(Probe):
    pass


def test_tabs_are_built_on_first_show_and_answer_as_the_tabs(qtbot, ui_ctx):
    Probe.made = []
    tabs = LazyTabs(
        ui_ctx,
        [("a", "A", f"{__name__}:Probe"), ("b", "B", f"{__name__}:Other")],
    )
    qtbot.addWidget(tabs)
    assert Probe.made == [] and not tabs.is_built("a")
    first = tabs.currentWidget()  # the tab itself, built now
    assert isinstance(first, Probe) and Probe.made == ["Probe"]
    assert not tabs.is_built("b")
    second = tabs.show_tab("b")
    assert isinstance(second, Other) and tabs.current_key() == "b"
    tabs.setCurrentWidget(first)
    assert tabs.currentIndex() == 0 and tabs.indexOf(second) == 1
    assert tabs.widget(1) is second and Probe.made == ["Probe", "Other"]
