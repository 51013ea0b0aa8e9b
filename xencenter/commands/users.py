"""Users and roles (the pool's Users tab, XenCenter's): join and leave an AD domain, add users or groups of the
directory as subjects with a role, change their role, remove them. On the command line
``main.py run pool.ad-join POOL --domain D --domain-user U --domain-password-file F``, ``subject.add POOL
--name 'EXAMPLE\\alice' --role pool-operator``, ``subject.change-role 'EXAMPLE\\alice' --role read-only``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from xencenter.commands.base import Command, Param, Refusal, quoted_names
from xencenter.commands.work import start_operation, steps, sync_call
from xencenter.model.users import ROLE_NAMES, domain_of, role_ref
from xencenter.model.words import translate

if TYPE_CHECKING:
    from xencenter.model.objects import XenObject
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session

ROLE_PARAM = Param("role", str, "the role: " + ", ".join(ROLE_NAMES), choices=tuple(ROLE_NAMES))


class PoolUsersCommand(Command):
    kinds: ClassVar[tuple[str, ...]] = ("pool", "host")
    wants, menus, group = "a pool", ("Pool",), 80

    def _pool(self, obj: XenObject) -> XenObject:
        pool = obj.cache.pool()
        if pool is None:
            raise ValueError(translate("CommandReasons", "The server has no pool record."))
        return pool


class JoinDomainCommand(PoolUsersCommand):
    id, title, text = "pool.ad-join", "Join Domain", "&Join Domain..."
    help = "Let the users of an Active Directory domain log in to the pool (with the roles you give them)."
    activity, order = "Joining domain", 10
    params = (Param("domain", str, "the AD domain"), Param("domain_user", str, "a user who may join it"),
              Param("domain_password", str, "that user's password", secret=True))

    def refusal(self, obj: XenObject) -> str:
        domain = domain_of(obj.cache)
        return Refusal(translate("CommandReasons", "'{name}' already belongs to domain '{domain}'.").format(
            name=obj.name, domain=domain), "AUTH_ALREADY_ENABLED") if domain else ""

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if not (params.get("domain") and params.get("domain_user") and params.get("domain_password")):
            answer = context.dialogs.join_domain(context, targets[0], params)
            if answer is None:
                return None
            params.update(answer)
        return params

    def run_on(self, obj: XenObject, context: AppContext, *, domain: str = "", domain_user: str = "",
               domain_password: str = "", **params: Any) -> Operation:
        pool = self._pool(obj)
        work = sync_call("pool.enable_external_auth", pool.ref, {"user": domain_user, "pass": domain_password},
                         domain, "AD")
        return start_operation(context, self.activity, obj, work, cancellable=False)


class LeaveDomainCommand(PoolUsersCommand):
    id, title, text = "pool.ad-leave", "Leave Domain", "&Leave Domain"
    help = "Stop AD logins to the pool (its users stay in the list, for when it joins again)."
    activity, order = "Leaving domain", 20

    def refusal(self, obj: XenObject) -> str:
        return "" if domain_of(obj.cache) else Refusal(translate("CommandReasons", "'{name}' is not in a "
                                                                                   "domain.").format(
            name=obj.name), "AUTH_IS_DISABLED")

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        obj = targets[0]
        text = translate("Confirmations", "You are about to remove '{name}' from the AD domain '{domain}'. Any users "
                                          "authenticated using AD will be disconnected.\n\nDo you want to continue?")
        return context.prompter.confirm(translate("Commands", self.title),
                                        text.format(name=obj.name, domain=domain_of(obj.cache)),
                                        ok=translate("Confirmations", "Leave Domain"), danger=True)

    def run_on(self, obj: XenObject, context: AppContext, **params: Any) -> Operation:
        work = sync_call("pool.disable_external_auth", self._pool(obj).ref, {})
        return start_operation(context, self.activity, obj, work, cancellable=False)


class AddUsersCommand(PoolUsersCommand):
    id, title, text = "subject.add", "Add Users", "&Add Users..."
    help = "Let users or groups of the pool's AD domain log in, with a role."
    activity, order = "Adding users", 30
    params = (Param("name", str, "a user or group (EXAMPLE\\name or name@domain); repeat for more", many=True),
              ROLE_PARAM)

    def refusal(self, obj: XenObject) -> str:
        if not domain_of(obj.cache):
            return Refusal(translate("CommandReasons", "AD is not configured: join a domain first."),
                           "AUTH_IS_DISABLED")
        return ""

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if not params.get("name"):
            answer = context.prompter.ask_text(translate("Commands", self.title),
                                               translate("Confirmations", "Users or groups (EXAMPLE\\name, separated by "
                                                                          "commas):"), "")
            if not answer:
                return None
            params["name"] = [name.strip() for name in answer.split(",") if name.strip()]
        if not params.get("role"):
            params["role"] = context.dialogs.choose_role(context, ", ".join(params["name"]), "")
            if not params["role"]:
                return None
        return params

    def run_on(self, obj: XenObject, context: AppContext, *, name: list[str] | None = None,
               role: str | None = None, **params: Any) -> Operation:
        names = list(name or [])
        role_object = role_ref(obj.cache, role) if role else None
        if not names:
            raise ValueError(translate("CommandReasons", "Name at least one user or group (--name)."))
        if role and role_object is None:
            raise ValueError(translate("CommandReasons", "The pool has no role '{role}'.").format(role=role))

        def work(session: Session, op: Operation) -> None:
            for name in names:
                sid = session.call("auth.get_subject_identifier", name)
                subject = session.call("subject.create", {"subject_identifier": sid, "other_config": {}})
                if role_object is not None:
                    session.call("subject.add_to_roles", subject, role_object)

        return start_operation(context, self.activity, obj, work, cancellable=False)


class SubjectCommand(Command):
    kinds: ClassVar[tuple[str, ...]] = ("subject",)
    wants, menus, in_context_menu = "a user", (), False

    def refusal(self, obj: XenObject) -> str:
        return ""


class ChangeRoleCommand(SubjectCommand):
    id, title, text, help = "subject.change-role", "Change Role", "&Change Role...", "Give a user or group another role."
    activity = "Changing role"
    params = (ROLE_PARAM,)

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if not params.get("role"):
            current = {r.name_label for t in targets for r in t.roles or [] if r is not None}
            params["role"] = context.dialogs.choose_role(context, quoted_names(targets),
                                                         next(iter(current)) if len(current) == 1 else "")
            if not params["role"]:
                return None
        return params

    def run_on(self, obj: XenObject, context: AppContext, *, role: str | None = None, **params: Any) -> Operation:
        wanted = role_ref(obj.cache, role or "")
        if wanted is None:
            raise ValueError(translate("CommandReasons", "Choose the role (--role)."))
        removing = [sync_call("subject.remove_from_roles", obj.ref, r.ref) for r in obj.roles or []
                    if r is not None and r.ref != wanted]
        adding = [] if any(r is not None and r.ref == wanted for r in obj.roles or []) else \
            [sync_call("subject.add_to_roles", obj.ref, wanted)]
        return start_operation(context, self.activity, obj, steps(*removing, *adding), cancellable=False)


class RemoveUserCommand(SubjectCommand):
    id, title, text, help = "subject.remove", "Remove User", "&Remove", "Stop a user or group logging in to the pool."
    activity = "Removing user"

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        count = len(targets)
        text = (translate("Confirmations", "Are you sure you want to remove the user '{name}'?").format(
                    name=targets[0].name) if count == 1
                else translate("Confirmations", "Are you sure you want to remove these %n users? ({names})", None,
                               count).format(names=quoted_names(targets)))
        return context.prompter.confirm(translate("Commands", self.title), text,
                                        ok=translate("Confirmations", "Remove"), danger=True)

    def run_on(self, obj: XenObject, context: AppContext, **params: Any) -> Operation:
        return start_operation(context, self.activity, obj, sync_call("subject.destroy", obj.ref), cancellable=False)
