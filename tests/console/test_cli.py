"""``main.py screenshot`` (xencenter.cli.screenshot) against Xvnc and through the simulator."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from xencenter.cli.screenshot import screenshot_main
from xencenter.console.capture import parse_vnc_address, read_password_file

from .conftest import make_password_file
from .textscreen import screen_text
from .x11 import draw_scene


def _load_png(path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGBA8888)
    assert not image.isNull()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :image.width() * 4].reshape(image.height(), image.width(), 4).copy()


@pytest.mark.parametrize("address, expected", [("vm1", ("vm1", 5900)), ("10.0.0.5:5901", ("10.0.0.5", 5901)),
                                               ("[::1]:5902", ("::1", 5902)), ("::1", ("::1", 5900))])
def test_vnc_addresses(address, expected):
    assert parse_vnc_address(address) == expected


def test_password_files_plain_and_vncpasswd_format(tmp_path):
    plain = tmp_path / "plain"
    plain.write_text("pa55word\nignored\n")
    assert read_password_file(plain) == "pa55word"
    assert read_password_file(make_password_file(tmp_path / "obfuscated", "s3cr3t")) == "s3cr3t"


def test_screenshot_of_xvnc_with_a_vncpasswd_file(xvnc, tmp_path, capsys):
    server = xvnc(password="s3cr3t")
    scene = draw_scene(server.display)
    out = tmp_path / "shot.png"
    status = screenshot_main(["--vnc", f"127.0.0.1:{server.port}", "--password-file", str(server.password_file),
                              "--out", str(out)])
    assert status == 0, capsys.readouterr().err
    picture = _load_png(out)
    assert picture.shape == (768, 1024, 4)
    assert np.array_equal(picture[:, :, :3].astype(np.uint32) @ np.array([1 << 16, 1 << 8, 1], np.uint32), scene)


def test_wrong_password_exits_1_with_the_reason(xvnc, tmp_path, capsys):
    server = xvnc(password="s3cr3t")
    wrong = tmp_path / "wrong"
    wrong.write_text("nope\n")
    status = screenshot_main(["--vnc", f"127.0.0.1:{server.port}", "--password-file", str(wrong),
                              "--out", str(tmp_path / "x.png")])
    assert status == 1
    assert capsys.readouterr().err.startswith("error: authentication failed")
    assert not (tmp_path / "x.png").exists()


def test_screenshot_of_a_vm_console_through_the_simulator(sim_factory, tmp_path, capsys):
    server = sim_factory("--hosts", "1", "--vms", "10")
    password = tmp_path / "pw"
    password.write_text("xenroot\n")
    from xencenter.xenapi.session import Session

    with Session(server.url, fingerprint=server.fingerprint) as session:
        session.login_with_password("root", "xenroot")
        name = next(vm["name_label"] for vm in session.xenapi.VM.get_all_records().values()
                    if vm["power_state"] == "Running" and not vm["is_control_domain"]
                    and vm["platform"].get("viridian") != "true")  # a Linux guest: its login prompt
    out = tmp_path / "vm.png"
    status = screenshot_main(["--server", server.url, "--password-file", str(password), "--fingerprint",
                              server.fingerprint, "--vm", name, "--out", str(out)])
    assert status == 0, capsys.readouterr().err
    assert f"{name} login:" in screen_text(_load_png(out))
