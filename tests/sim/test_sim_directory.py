"""External authentication in the simulator, as xapi does it with Active Directory, through the official SDK:
joining (its errors), resolving names, subjects and roles (their errors), and logging in as a directory user,
whose session has the highest role of the subjects that match it or its groups."""

from __future__ import annotations

import pytest
import XenAPI

from tests.sim.test_sim_storage import failure
from tests.test_cli import sdk_session
from xencenter.sim.directory import DOMAIN


@pytest.fixture
def server(sim_factory):
    return sim_factory("--hosts", "2", "--vms", "2")


@pytest.fixture
def x(server):
    session = sdk_session(server)
    yield session.xenapi
    session.xenapi.session.logout()


def join(x, user: str = "Administrator", password: str = "secret", domain: str = DOMAIN) -> None:
    x.pool.enable_external_auth(x.pool.get_all()[0], {"user": user, "pass": password}, domain, "AD")


def login(server, user: str, password: str):
    session = XenAPI.Session(server.url, ignore_ssl=True)
    session.xenapi.login_with_password(user, password, "1.0", "tests")
    return session


def test_joining_the_domain_and_its_refusals(x):
    pool = x.pool.get_all()[0]
    assert failure(x.auth.get_subject_identifier, "EXAMPLE\\alice") == ["AUTH_IS_DISABLED"]
    assert failure(join, x, "Administrator", "wrong")[0] == "AUTH_ENABLE_FAILED_WRONG_CREDENTIALS"
    assert failure(join, x, "Administrator", "secret", "nowhere.test")[0] == "AUTH_ENABLE_FAILED_DOMAIN_LOOKUP_FAILED"
    join(x)
    assert {x.host.get_external_auth_type(h) for h in x.host.get_all()} == {"AD"}
    assert {x.host.get_external_auth_service_name(h) for h in x.host.get_all()} == {DOMAIN}
    assert failure(join, x) == ["AUTH_ALREADY_ENABLED", "AD", DOMAIN]
    x.pool.disable_external_auth(pool, {})
    assert {x.host.get_external_auth_type(h) for h in x.host.get_all()} == {""}
    assert failure(x.pool.disable_external_auth, pool, {}) == ["AUTH_IS_DISABLED"]


def test_subjects_roles_and_directory_logins(server, x):
    join(x)
    alice = x.auth.get_subject_identifier("EXAMPLE\\alice")
    assert x.auth.get_subject_information_from_identifier(alice)["subject-displayname"] == "Alice Liddell"
    assert failure(x.auth.get_subject_identifier, "EXAMPLE\\nobody") == ["SUBJECT_CANNOT_BE_RESOLVED"]
    operators = x.auth.get_subject_identifier("EXAMPLE\\Operators")
    subject = x.subject.create({"subject_identifier": operators, "other_config": {}})
    assert failure(x.subject.create, {"subject_identifier": operators, "other_config": {}}) == [
        "SUBJECT_ALREADY_EXISTS"]
    roles = {x.role.get_name_label(r): r for r in x.role.get_all()}
    assert {"pool-admin", "pool-operator", "vm-operator", "read-only"} <= set(roles)
    with pytest.raises(XenAPI.Failure) as denied:
        login(server, "EXAMPLE\\bob", "bob-pw")  # in Operators, which has no role yet
    assert denied.value.details[0] == "SESSION_AUTHENTICATION_FAILED"
    x.subject.add_to_roles(subject, roles["read-only"])
    assert failure(x.subject.add_to_roles, subject, roles["read-only"]) == ["ROLE_ALREADY_EXISTS"]
    bob = login(server, "bob@example.test", "bob-pw")
    try:
        assert bob.xenapi.VM.get_all()  # reading is allowed
        with pytest.raises(XenAPI.Failure) as refused:
            bob.xenapi.pool.set_name_label(x.pool.get_all()[0], "bob's")
        assert refused.value.details[0] == "RBAC_PERMISSION_DENIED"
    finally:
        bob.xenapi.session.logout()
    with pytest.raises(XenAPI.Failure) as wrong:
        login(server, "EXAMPLE\\bob", "not-bobs")
    assert wrong.value.details[0] == "SESSION_AUTHENTICATION_FAILED"
    x.subject.remove_from_roles(subject, roles["read-only"])
    assert failure(x.subject.remove_from_roles, subject, roles["read-only"]) == ["ROLE_NOT_FOUND"]
