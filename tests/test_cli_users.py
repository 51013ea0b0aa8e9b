"""Users and roles from main.py run against the simulator's fake Active Directory, read back with the SDK:
join the domain, add a group with a role (its members then log in with it), change the role, remove, leave."""

from __future__ import annotations

import pytest
import XenAPI

from tests.test_cli import connection_args, run, run_json, sdk_session


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "2", "--vms", "2")



def test_join_add_change_remove_leave(pool, config_dir, password_file, tmp_path):
    session = sdk_session(pool)
    x = session.xenapi
    secret = tmp_path / "ad-password"
    secret.write_text("secret\n")
    wrong = tmp_path / "wrong"
    wrong.write_text("nope\n")
    name = x.pool.get_name_label(x.pool.get_all()[0]) or x.host.get_name_label(x.host.get_all()[0])
    try:
        refused = run_json(pool, config_dir, password_file, "subject.add", name, "--name", "EXAMPLE\\Operators",
                      "--role", "vm-operator")
        assert (refused["outcome"], refused["message"]) == ("failed", "AD is not configured: join a domain first.")
        bad = run_json(pool, config_dir, password_file, "pool.ad-join", name, "--domain", "example.test",
                  "--domain-user", "Administrator", "--domain-password-file", str(wrong))
        assert bad["outcome"] == "failed" and bad["error_code"] == "AUTH_ENABLE_FAILED_WRONG_CREDENTIALS", bad
        joined = run_json(pool, config_dir, password_file, "pool.ad-join", name, "--domain", "example.test",
                     "--domain-user", "Administrator", "--domain-password-file", str(secret))
        assert joined["outcome"] == "ok", joined
        assert {x.host.get_external_auth_service_name(h) for h in x.host.get_all()} == {"example.test"}
        added = run_json(pool, config_dir, password_file, "subject.add", name, "--name", "EXAMPLE\\Operators",
                    "--role", "vm-operator")
        assert added["outcome"] == "ok", added
        (subject,) = x.subject.get_all()
        assert [x.role.get_name_label(r) for r in x.subject.get_roles(subject)] == ["vm-operator"]
        bob = XenAPI.Session(pool.url, ignore_ssl=True)
        bob.xenapi.login_with_password("EXAMPLE\\bob", "bob-pw", "1.0", "tests")  # a member of Operators
        bob.xenapi.session.logout()
        changed = run_json(pool, config_dir, password_file, "subject.change-role", "EXAMPLE\\Operators",
                      "--role", "read-only")
        assert changed["outcome"] == "ok", changed
        assert [x.role.get_name_label(r) for r in x.subject.get_roles(subject)] == ["read-only"]
        assert run_json(pool, config_dir, password_file, "subject.remove", "EXAMPLE\\Operators")["outcome"] == "ok"
        assert x.subject.get_all() == []
        assert run_json(pool, config_dir, password_file, "pool.ad-leave", name)["outcome"] == "ok"
        assert {x.host.get_external_auth_type(h) for h in x.host.get_all()} == {""}
        again = run_json(pool, config_dir, password_file, "pool.ad-leave", name)
        assert (again["outcome"], again["error_code"]) == ("failed", "AUTH_IS_DISABLED")
    finally:
        x.session.logout()


def test_the_domain_password_never_shows_in_a_dry_run(pool, config_dir, password_file, tmp_path):
    secret = tmp_path / "ad-password"
    secret.write_text("s3cret-domain-pass\n")
    done = run(config_dir, "run", "pool.ad-join", "Synthetic pool", "--domain", "example.test", "--domain-user",
               "Administrator", "--domain-password-file", str(secret), "--dry-run",
               *connection_args(pool, password_file))
    assert done.returncode == 0, done.stderr
    assert "pool.enable_external_auth(" in done.stdout and "'pass': '********'" in done.stdout
    assert "s3cret-domain-pass" not in done.stdout + done.stderr
