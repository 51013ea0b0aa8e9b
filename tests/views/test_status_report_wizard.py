"""The Server Status Report wizard against the simulator: the servers, the contents the servers offer (asked in
the background, XenCenter's names, sizes and PII words, its defaults), the destination's checks, the equivalent
command line, and the answer run as ``host.status-report`` from the window: one zip, written once whole."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import Qt
from test_transfer_wizards import WAIT, finished, shot

from xencenter.model import status_report as report
from xencenter.views import theme
from xencenter.views.wizards.status_report import StatusReportWizard


def test_the_wizard_gathers_the_reports_parameters_and_the_command_writes_the_zip(qtbot, live, tmp_path,
                                                                                   monkeypatch):
    monkeypatch.setenv("XENCENTER_LOG_DIR", str(tmp_path / "log"))
    hosts = sorted(live.cache.all("host"), key=lambda h: h.name)
    wizard = StatusReportWizard(live.context, hosts[:1])
    qtbot.addWidget(wizard)
    wizard.show()
    assert [p.title for p in wizard.pages] == ["Select Servers", "Select Report Contents", "Report Destination",
                                               "Finish"]
    servers = wizard.page
    rows = [servers.table.topLevelItem(i) for i in range(servers.table.topLevelItemCount())]
    assert [r.text(0) for r in rows] == [h.name for h in hosts]
    assert [r.checkState(0) == Qt.CheckState.Checked for r in rows] == [True] + [False] * (len(hosts) - 1)
    rows[0].setCheckState(0, Qt.CheckState.Unchecked)
    assert not wizard.next.isEnabled() and wizard.message.text() == "Select at least one server."
    for row in rows[:2]:
        row.setCheckState(0, Qt.CheckState.Checked)
    shot(wizard, "status-report-servers")
    wizard.next.click()
    contents = wizard.page
    assert contents.title == "Select Report Contents"
    qtbot.waitUntil(lambda: not contents.loading, timeout=WAIT)
    items = {contents.table.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).key: contents.table.topLevelItem(i)
             for i in range(contents.table.topLevelItemCount())}
    assert contents.table.topLevelItem(0).text(0) == f"{report.APP_NAME} logs"
    assert items["xenserver-logs"].text(0) == "Server logs" and items["pam"].text(1) == "Yes"
    assert all(item.checkState(0) == Qt.CheckState.Checked for item in items.values())  # xen-bugtool's defaults
    contents.table.setCurrentItem(items["firstboot"])
    assert "60 KB - 80 KB" in contents.details.text() and "will contain personally" in contents.details.text()
    assert contents.total.text().startswith("Total size: ")
    shot(wizard, "status-report-contents")
    contents.clear_all.click()
    assert not wizard.next.isEnabled() and "at least one item" in wizard.message.text()
    for key in ("xen-info", "vtpm", report.CLIENT_LOGS):
        items[key].setCheckState(0, Qt.CheckState.Checked)
    assert wizard.answers["entries"] == [report.CLIENT_LOGS, "vtpm", "xen-info"] or sorted(
        wizard.answers["entries"]) == sorted(["xen-info", "vtpm", report.CLIENT_LOGS])
    wizard.next.click()
    destination = wizard.page
    assert destination.name.text().startswith("status-report-") and destination.name.text().endswith(".zip")
    destination.folder.setText(str(tmp_path / "nowhere"))
    assert wizard.message.text() == "Destination directory is invalid."
    destination.folder.setText(str(tmp_path))
    destination.name.setText("report")
    shot(wizard, "status-report-destination")
    wizard.next.click()
    finish = wizard.page
    assert "host.status-report" in finish.command.toPlainText() and "--entries" in finish.command.toPlainText()
    shot(wizard, "status-report-finish")
    answer = wizard.answer()
    assert answer["file"] == str(tmp_path / "report.zip") and [h.name for h in answer["hosts"]] == [
        h.name for h in hosts[:2]]

    live.prompter.status_report_answer = answer
    (op,) = live.commands["host.status-report"].run(hosts[:1], live.context)
    assert ("status report", hosts[0].name) in live.prompter.asked
    finished(qtbot, op)
    with zipfile.ZipFile(tmp_path / "report.zip") as archive:
        names = archive.namelist()
        coordinators = next(archive.read(n).decode() for n in names if n.endswith("-Coordinators.txt"))
    assert sum(n.endswith("/xen-info.out") for n in names) == 2
    pool = next(iter(live.cache.all("pool")))
    assert f"Server '{pool.master.name}' is a coordinator of pool '{pool.name_label}'" in coordinators
    assert coordinators.count("is a supporter of pool") == 1
    assert not (tmp_path / "report.zip.part").exists()


def test_the_contents_page_in_the_dark_theme(qtbot, live, tmp_path):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    original = app.palette()
    try:
        theme.apply_theme(app, "dark")
        wizard = StatusReportWizard(live.context, [])
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next.click()
        qtbot.waitUntil(lambda: not wizard.page.loading, timeout=WAIT)
        shot(wizard, "status-report-contents-dark")
        assert wizard.page.table.topLevelItemCount() > 10
    finally:
        theme.apply_theme(app, None)
        app.setPalette(original)
