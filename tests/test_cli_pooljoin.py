"""``main.py run pool.join``: a standalone simulator joins a pool simulator, XenCenter's pre-join checks in its
words before calling, xapi's errors in words after, read back with the official XenAPI SDK from both."""

from __future__ import annotations

import json

import XenAPI

from tests.sim import test_sim_pooljoin as joining
from tests.sim.test_sim_hostpool import error_of, eventually, login
from tests.sim.test_sim_pooljoin import forget_shared_storage, halt_guests, remove_vlans
from tests.test_cli import USER, connection_args, run, sdk_session

# the same two simulators as the simulator's own tests of pool.join
pool, standalone, xs = joining.pool, joining.standalone, joining.xs


def join(pool, standalone, config_dir, password_file, host: str, *extra: str) -> tuple[int, dict, str]:
    done = run(config_dir, "run", "pool.join", host, "--json", *connection_args(standalone, password_file),
               "--pool-server", pool.url, "--pool-user", USER, "--pool-password-file", str(password_file),
               "--pool-fingerprint", pool.fingerprint, *extra, timeout=120)
    line = json.loads(done.stdout.splitlines()[-1]) if done.stdout.strip() else {}
    return done.returncode, line, done.stdout + done.stderr


def test_join_a_standalone_server_into_a_pool(pool, standalone, xs, config_dir, password_file):
    px, sx = xs
    me = sx.host.get_all()[0]
    name = sx.host.get_name_label(me)
    pool_name = px.pool.get_name_label(px.pool.get_all()[0])

    def refused() -> str:
        code, line, out = join(pool, standalone, config_dir, password_file, name, "--yes")
        assert code == 1, out
        return line["message"]

    assert refused() == "This server is coordinator of an existing pool", "a named pool is not a standalone server"
    sx.pool.set_name_label(sx.pool.get_all()[0], "")
    prefix = f"The following servers could not be added to the pool '{pool_name}': {name}: "
    assert refused() == prefix + "This server has shared storage."
    halt_guests(sx)
    forget_shared_storage(sx)
    started = start_any(sx)
    assert refused() == prefix + "This server has running VMs."
    sx.VM.hard_shutdown(started)
    assert refused() == prefix + ("This server must not have any bonds, non management VLANs, SR-IOV networks or "
                                  "cross-server private networks.")
    remove_vlans(sx)
    assert len(px.host.get_all()) == 2, "nothing was called"

    code, line, out = join(pool, standalone, config_dir, password_file, name)
    assert code == 1 and line["message"] == (f"not done without confirmation: Do you want to move the server {name} "
                                             f"into the pool {pool_name}? (give --yes)"), out

    sx.sim.fail("JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS", "pool.join", 1)
    code, line, out = join(pool, standalone, config_dir, password_file, name, "--yes")
    assert code == 1 and line["message"] == "The server joining the pool cannot have any running or suspended VMs.", out
    assert line["error_code"] == "JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS"

    uuid = sx.host.get_uuid(me)
    code, line, out = join(pool, standalone, config_dir, password_file, name, "--yes")
    assert code == 0 and line["outcome"] == "ok", out
    assert "pool.join" in out and PASSWORD_NOT_IN(out, password_file)
    joined = px.host.get_by_uuid(uuid)
    assert px.host.get_name_label(joined) == name and len(px.host.get_all()) == 3
    assert px.host_metrics.get_live(px.host.get_metrics(joined)) is True
    assert eventually(lambda: error_of(lambda: login(standalone.url)) or None, "the joiner restarts") == [
        "HOST_IS_SLAVE", f"127.0.0.1:{pool.port}"]


def start_any(x) -> str:
    """Start a VM the server can run (one whose disks are on its local storage)."""
    for vm, record in x.VM.get_all_records().items():
        if record["is_a_template"] or record["is_control_domain"]:
            continue
        try:
            x.VM.start(vm, False, False)
        except XenAPI.Failure:
            continue
        return vm
    raise AssertionError("no VM could start")


def PASSWORD_NOT_IN(out: str, password_file) -> bool:  # noqa: N802 (reads as the assertion it is)
    return password_file.read_text().strip() not in out


def make_standalone(x) -> None:
    """A generated server made one that can join: no pool name, no shared storage, no VLANs, no running VMs."""
    x.pool.set_name_label(x.pool.get_all()[0], "")
    halt_guests(x)
    forget_shared_storage(x)
    remove_vlans(x)


def test_new_pool_names_the_coordinators_pool_and_adds_a_member(sim_factory, standalone, config_dir, password_file):
    other = sim_factory("--hosts", "1", "--vms", "2", "--seed", "6", "--op-seconds", "0.05")
    cx, mx = (sdk_session(s).xenapi for s in (standalone, other))
    make_standalone(cx)
    make_standalone(mx)
    member_uuid = mx.host.get_uuid(mx.host.get_all()[0])
    local = next(sr for sr, r in cx.SR.get_all_records().items() if r["content_type"] != "iso" and r["PBDs"])
    cx.pool.set_default_SR(cx.pool.get_all()[0], local)
    base = ["run", "pool.new", "--json", *connection_args(standalone, password_file)]
    member = ["--member-server", other.url, "--member-user", USER, "--member-password-file", str(password_file),
              "--member-fingerprint", other.fingerprint]
    done = run(config_dir, *base, *member, timeout=120)
    assert done.returncode == 1 and json.loads(done.stdout.splitlines()[-1])["message"] == (
        "Pool name cannot be empty (--name)."), done.stdout + done.stderr

    done = run(config_dir, *base, "--name", "Made pool", "--description", "two servers", *member, timeout=120)
    line = json.loads(done.stdout.splitlines()[-1])
    assert done.returncode == 0 and line["outcome"] == "ok", done.stdout + done.stderr
    pool = cx.pool.get_all()[0]
    assert cx.pool.get_name_label(pool) == "Made pool" and cx.pool.get_name_description(pool) == "two servers"
    assert cx.pool.get_default_SR(pool) == "OpaqueRef:NULL", "a pool's default SR must not be local storage"
    joined = cx.host.get_by_uuid(member_uuid)
    assert len(cx.host.get_all()) == 2 and cx.host.get_enabled(joined) is True
    assert eventually(lambda: error_of(lambda: login(other.url)) or None, "the member restarts") == [
        "HOST_IS_SLAVE", f"127.0.0.1:{standalone.port}"]
