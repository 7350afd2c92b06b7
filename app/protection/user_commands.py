"""`faltbok user list|switch|create|role|pin`: the users of this laptop, roles guarded.

The same services as the app (`services.users`, `current_user`, `roles`), so
the command line cannot do what the Settings page refuses: becoming or making
a coordinator needs the coordinator PIN or the passphrase, read from
FALTBOK_COORDINATOR_SECRET or asked at the terminal, never an argument.
A refusal is one line on stderr, a non-zero exit, the database unchanged
(a wrong secret only adds to the wrong-attempt count).
"""

from __future__ import annotations

import getpass
import os
import sys

from app.domain.enums import ROLES
from app.storage.cipher import ProtectionError

ENV_SECRET = "FALTBOK_COORDINATOR_SECRET"
ENV_NEW_PIN = "FALTBOK_NEW_COORDINATOR_PIN"


class SecretMissingError(ProtectionError):
    def __init__(self, action: str):
        super().__init__(f"{action} needs the coordinator PIN or the passphrase: set "
                         f"{ENV_SECRET} or run in a terminal; nothing was changed")


class UnknownUserError(ProtectionError):
    def __init__(self, name: str):
        super().__init__(f"no single user is called or has the id {name!r}")


def register(commands) -> dict:
    user = commands.add_parser("user", help="list, switch, create users; roles need the "
                               f"coordinator PIN or the passphrase ({ENV_SECRET})")
    actions = user.add_subparsers(dest="user_action", required=True,
                                  parser_class=commands._parser_class)
    actions.add_parser("list", help="the users, their roles, the current one marked *")
    switch = actions.add_parser("switch", help="make USER the current user")
    switch.add_argument("user", metavar="USER", help="name or id")
    create = actions.add_parser("create", help="create a user; prints its id")
    create.add_argument("name")
    create.add_argument("--role", choices=ROLES, default="field_staff")
    role = actions.add_parser("role", help="change a user's role")
    role.add_argument("user", metavar="USER", help="name or id")
    role.add_argument("role", choices=ROLES)
    actions.add_parser("pin", help="set the coordinator PIN (from "
                       f"{ENV_NEW_PIN} or asked twice)")
    return {"user": cmd_user}


def _read_secret() -> str | None:
    value = os.environ.get(ENV_SECRET)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Coordinator PIN or passphrase: ")
    return None


def _with_secret(action: str, work):
    """Run `work(secret)`: first with the variable's secret (if any), asking only when needed."""
    from app.services.roles import RoleSecretRequiredError

    try:
        return work(os.environ.get(ENV_SECRET) or None)
    except RoleSecretRequiredError:
        secret = _read_secret()
        if not secret:
            raise SecretMissingError(action) from None
        return work(secret)


def _find(services, name: str):
    users = services.users.list(order_by="name")
    found = [u for u in users if u.id == name] or [u for u in users if u.name == name]
    if len(found) != 1:
        raise UnknownUserError(name)
    return found[0]


def cmd_user(ctx) -> int:
    from app.services import Services, roles
    from app.services.current_user import current_user, set_current_user

    db = ctx.open_database()
    services, action = Services(db), ctx.args.user_action
    if action == "list":
        me = current_user(db)
        for user in services.users.list(order_by="name"):
            mark = "*" if me is not None and user.id == me.id else " "
            print(f"{mark} {user.id}  {user.role:<12} {user.name}")
        if not roles.protected(db):
            print("roles are not protected: set a coordinator PIN ('faltbok user pin') "
                  "or a passphrase")
    elif action == "switch":
        user = _find(services, ctx.args.user)
        _with_secret("switching to this user",
                     lambda secret: set_current_user(db, user.id, secret))
        print(f"the current user is now {user.name} ({user.role})")
    elif action == "create":
        made = _with_secret("creating this user", lambda secret: services.users.create(
            secret=secret, name=ctx.args.name, role=ctx.args.role))
        print(made.id)
    elif action == "role":
        user = _find(services, ctx.args.user)
        _with_secret("changing a role", lambda secret: services.users.update(
            user.id, secret=secret, role=ctx.args.role))
        print(f"{user.name} is now {ctx.args.role}")
    else:
        pin = _read_new_pin()
        roles.set_pin(db, current_user(db), pin)
        print("the coordinator PIN is set")
    return 0


def _read_new_pin() -> str:
    from app.protection.prompt import NoPassphraseSourceError, PassphraseMismatchError

    value = os.environ.get(ENV_NEW_PIN)
    if value:
        return value
    if sys.stdin is None or not sys.stdin.isatty():
        raise NoPassphraseSourceError(ENV_NEW_PIN)
    first = getpass.getpass("New coordinator PIN: ")
    if getpass.getpass("New coordinator PIN again: ") != first:
        raise PassphraseMismatchError()
    return first
