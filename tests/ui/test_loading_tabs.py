"""Lazy tabs that read their data when shown: a refresh reloads only the tab in front."""

from PySide6.QtWidgets import QLabel

from branchops.ui.widgets.loading_tabs import LoadingTabs


class Counting(QLabel):
    def __init__(self, ctx) -> None:
        super().__init__("tab")
        self.loads = 0

    def refresh(self) -> None:
        self.loads += 1


def _tabs(ctx) -> LoadingTabs:
    target = f"{__name__}:Counting"
    return LoadingTabs(
        ctx, [("a", "A", target), ("b", "B", target), ("kept", "K", target)], kept=("kept",)
    )


def test_a_refresh_loads_the_tab_in_front_and_the_others_when_shown(qtbot, ui_ctx):
    tabs = _tabs(ui_ctx)
    qtbot.addWidget(tabs)
    assert not tabs.is_built("a")  # nothing built or read before the first refresh
    tabs.refresh()
    assert tabs.tab("a").loads == 1 and not tabs.is_built("b")
    tabs.show_tab("b")
    assert tabs.tab("b").loads == 1
    tabs.show_tab("a")
    assert tabs.tab("a").loads == 1  # not stale: shown again without reading
    tabs.refresh()
    assert tabs.tab("a").loads == 2 and tabs.tab("b").loads == 1
    assert tabs.loaded("b").loads == 2  # asked for while stale: read first


def test_a_kept_tab_is_never_reloaded_and_show_fresh_leaves_the_read_to_the_caller(qtbot, ui_ctx):
    tabs = _tabs(ui_ctx)
    qtbot.addWidget(tabs)
    tabs.refresh()
    tabs.show_tab("kept")
    tabs.refresh()
    assert tabs.tab("kept").loads == 0
    assert tabs.show_fresh("b").loads == 0 and tabs.current_key() == "b"
