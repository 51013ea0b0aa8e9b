"""Read-only and other limited roles: the simulator refuses like xapi (RBAC_PERMISSION_DENIED [permission,
message naming the roles]) and the application says which role is needed."""

from __future__ import annotations

import pytest
from fault_helpers import login

from tests.conftest import start_sim
from xencenter.connection import ConnectionState
from xencenter.model.failures import connection_problem, explain
from xencenter.operations.context import make_context
from xencenter.operations.history import OperationStatus
from xencenter.settings import Settings
from xencenter.xenapi.errors import Failure
from xencenter.xenapi.roles import (
    describe_permission_denied,
    least_role_needed,
    roles_with_permission,
)

D = ConnectionState


@pytest.fixture(scope="module")
def pool(request):
    server = start_sim("--hosts", "1", "--vms", "12", "--op-seconds", "0.1")
    request.addfinalizer(server.stop)
    root = login(server.url, server.fingerprint)
    for user, role in (("auditor", "read-only"), ("operator", "vm-operator"), ("poweradmin", "vm-power-admin")):
        root.xenapi.sim.add_user(user, f"{user}-pw", role)
    root.logout()
    return server


def _denied(call, *args) -> Failure:
    with pytest.raises(Failure) as refused:
        call(*args)
    assert refused.value.code == "RBAC_PERMISSION_DENIED"
    return refused.value


def _vm(api, power_state: str) -> str:
    return next(ref for ref, r in sorted(api.VM.get_all_records().items()) if r["power_state"] == power_state
                and not r["is_control_domain"] and not r["is_a_template"] and not r["is_a_snapshot"])


def test_read_only_reads_watches_and_is_refused_everything_else_like_xapi(pool):
    auditor = login(pool.url, pool.fingerprint, "auditor", "auditor-pw")
    api = auditor.xenapi
    assert api.VM.get_all_records() and api.session.get_is_local_superuser(auditor.ref) is False
    assert auditor.event_from(["vm"], "", 0).events  # watching is allowed
    vm = _vm(api, "Halted")
    refused = _denied(api.Async.VM.start, vm, False, False)
    assert refused.params[0] == "vm.start"
    assert refused.params[1] == xapi_says("pool-admin", "pool-operator", "vm-power-admin", "vm-admin", "vm-operator")
    assert _denied(api.VM.set_name_label, vm, "mine now").params[0] == "vm.set_name_label"
    assert _denied(api.VM.snapshot, vm, "snap").params[0] == "vm.snapshot"
    assert api.VM.get_name_label(vm) != "mine now"  # refused means not done
    assert api.sim.session_count() >= 1  # the test controls stay open to every role
    auditor.logout()


def test_each_role_gets_what_the_schema_grants_it(pool):
    operator = login(pool.url, pool.fingerprint, "operator", "operator-pw")
    vm = _vm(operator.xenapi, "Halted")
    operator.xenapi.VM.start(vm, False, False)  # vm-operator may start
    refused = _denied(operator.xenapi.VM.snapshot, vm, "snap")  # but not snapshot
    assert least_role_needed(refused.params) == "vm-power-admin"
    operator.logout()
    power = login(pool.url, pool.fingerprint, "poweradmin", "poweradmin-pw")
    assert power.xenapi.VM.snapshot(vm, "allowed").startswith("OpaqueRef:")
    power.logout()


def test_the_main_user_can_be_given_a_role_on_the_command_line(sim_factory):
    server = sim_factory("--hosts", "1", "--vms", "2", "--user", "ro", "--password", "ro-pw", "--role", "read-only")
    session = login(server.url, server.fingerprint, "ro", "ro-pw")
    assert session.xenapi.pool.get_all()
    _denied(session.xenapi.pool.set_name_label, session.xenapi.pool.get_all()[0], "x")
    session.logout()


def xapi_says(*roles: str) -> str:
    return f"No permission in user session. (Roles with this permission: {', '.join(roles)})"


@pytest.mark.parametrize("params, role, words", [
    (["vm.start", xapi_says("pool-admin", "pool-operator", "vm-power-admin", "vm-admin", "vm-operator")],
     "vm-operator", "VM Operator role or a higher role"),
    (["vm.snapshot", xapi_says("pool-admin", "pool-operator", "vm-power-admin")],
     "vm-power-admin", "VM Power Admin role or a higher role"),
    (["pool.designate_new_master", xapi_says("pool-admin")], "pool-admin", "the Pool Admin role."),
    (["vm.clean_shutdown", "some other wording"], "vm-operator", "VM Operator"),  # from the schema
    (["vm.add_to_other_config/key:folder", ""], "vm-admin", "VM Admin"),
    (["no_such.thing", ""], None, "Ask a pool administrator for a role that does"),
    ([], None, "does not allow this operation"),
])
def test_the_needed_role_is_said_in_words(params, role, words):
    assert least_role_needed(params) == role
    text = describe_permission_denied(params)
    assert words in text and (not params or params[0] in text)
    assert connection_problem(Failure("RBAC_PERMISSION_DENIED", params)) == text
    if role:
        assert roles_with_permission(params)[0] == "pool-admin"


def test_a_read_only_user_connects_and_a_refused_command_says_which_role_it_needs(pool, connect, wait_state,
                                                                                   tmp_path, qtbot):
    connection = connect(pool, user="auditor", password="auditor-pw")
    wait_state(connection, D.CONNECTED)  # reading, events and heartbeats need no privilege
    assert connection.cache.count("VM") > 12
    class Prompter:
        def show_error(self, title, text, details=""):
            pass

        def confirm(self, *args, **kwargs):
            return True

    context = make_context(Settings.load(tmp_path / "s"), Prompter(), Prompter())
    context.connections.adopt(connection)
    vm = next(v for v in connection.cache.all("VM") if v.is_real_vm and v.power_state == "Halted")
    (op,) = context.commands["vm.start"].run([vm], context)
    qtbot.waitUntil(lambda: op.status.finished, timeout=10000)
    assert op.status is OperationStatus.FAILURE and "RBAC_PERMISSION_DENIED" in op.details
    assert "VM Operator" in op.error  # the role it needs, in words
    assert connection.state is D.CONNECTED  # a refusal is not a connection problem


def test_history_words_for_a_refused_command_name_the_role(pool):

    params = ["vm.start", xapi_says("pool-admin", "pool-operator", "vm-power-admin", "vm-admin", "vm-operator")]
    words, _ = explain(Failure("RBAC_PERMISSION_DENIED", params))
    assert "VM Operator" in words
