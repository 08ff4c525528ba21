"""`kvisa-desk settings ...` and `kvisa-desk registry ...`: the post's rules and registry."""

from __future__ import annotations

from kvisa_desk.cli.options import ALIAS_KINDS, TIERS

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from typing import Any

    from kvisa_desk.cli.context import CliContext


def register(subcommands: Any) -> None:
    settings = subcommands.add_parser("settings", help="show or change a post's settings")
    s_actions = settings.add_subparsers(dest="settings_action", metavar="ACTION", required=True)
    show = s_actions.add_parser("show", help="the post's settings and their defaults")
    show.add_argument("--post", required=True)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_settings_show)
    change = s_actions.add_parser(
        "set", help="change settings: NAME=VALUE ... (lists as JSON: stem_fields='[\"05\"]')"
    )
    change.add_argument("--post", required=True)
    change.add_argument("assignments", nargs="*", metavar="NAME=VALUE")
    change.add_argument(
        "--reset", action="append", default=[], metavar="NAME", help="back to the default"
    )
    change.set_defaults(handler=run_settings_set)

    reg = subcommands.add_parser("registry", help="search and maintain the institution registry")
    r_actions = reg.add_subparsers(dest="registry_action", metavar="ACTION", required=True)
    search = r_actions.add_parser("search", help="find institutions by name and country")
    search.add_argument("text", nargs="?", default="")
    search.add_argument("--country")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=run_registry_search)
    tier = r_actions.add_parser("tier", help="set an institution's tier")
    tier.add_argument("institution_id", type=int)
    tier.add_argument("tier", choices=TIERS)
    tier.set_defaults(handler=run_registry_tier)
    add = r_actions.add_parser("add", help="add a research institution")
    add.add_argument("name")
    add.add_argument("--country", required=True)
    add.add_argument("--domain", action="append", default=[])
    add.add_argument("--tier", choices=TIERS, default="listed")
    add.add_argument("--kind", default="research", choices=["research", "university"])
    add.set_defaults(handler=run_registry_add)
    merge = r_actions.add_parser("merge", help="merge a duplicate entry into the one kept")
    merge.add_argument("duplicate_id", type=int)
    merge.add_argument("keep_id", type=int)
    merge.set_defaults(handler=run_registry_merge)
    dups = r_actions.add_parser("duplicates", help="names that appear twice in one country")
    dups.set_defaults(handler=run_registry_duplicates)
    alias = r_actions.add_parser(
        "alias",
        help="names and abbreviations registered for an institution (UNILAG, 清华大学)",
        description="A name registered for an institution matches it as its own name does "
        "(rules revision 2). Supervisors only; every change is audited.",
    )
    a_actions = alias.add_subparsers(dest="alias_action", metavar="ACTION", required=True)
    alias_add = a_actions.add_parser("add", help="register a name for an institution")
    alias_add.add_argument("institution_id", type=int, metavar="INSTITUTION")
    alias_add.add_argument("name", metavar="NAME")
    alias_add.add_argument(
        "--kind",
        choices=ALIAS_KINDS,
        help="default: abbreviation for one word in capitals, else alternative",
    )
    alias_add.set_defaults(handler=run_registry_alias_add)
    alias_remove = a_actions.add_parser("remove", help="remove a registered name")
    alias_remove.add_argument("institution_id", type=int, metavar="INSTITUTION")
    alias_remove.add_argument("name", metavar="NAME")
    alias_remove.set_defaults(handler=run_registry_alias_remove)
    alias_list = a_actions.add_parser("list", help="the names registered for an institution")
    alias_list.add_argument("institution_id", type=int, metavar="INSTITUTION")
    alias_list.add_argument("--json", action="store_true")
    alias_list.set_defaults(handler=run_registry_alias_list)


def _parse_value(text: str) -> Any:
    import json

    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text  # a bare word such as `fail` or `recognised`


def run_settings_show(ctx: CliContext) -> int:
    import json

    from kvisa_desk.core.post.settings import WORKING_SETTINGS, load_post_settings
    from kvisa_desk.rules.pack import default_library

    view = load_post_settings(ctx.db, ctx.args.post)
    pack = default_library().packs[-1]
    rows: dict[str, Any] = {}
    for spec in pack.parameters:
        default = pack.defaults().to_dict()[spec.name]
        rows[spec.name] = {
            "value": view.values.get(spec.name, default),
            "default": default,
            "assumption": spec.assumption,
            "description": spec.description,
        }
    for name, setting in WORKING_SETTINGS.items():
        rows[name] = {
            "value": view.working(name),
            "default": setting.default,
            "assumption": False,
            "description": setting.description,
        }
    if ctx.args.json:
        ctx.out.write(
            json.dumps(
                {"post": view.post, "version": view.version, "settings": rows},
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
        return 0
    ctx.out.write(f"Post {view.post}, settings version {view.version}\n")
    for name, row in rows.items():
        changed = " (changed)" if name in view.values else ""
        ctx.out.write(f"  {name} = {json.dumps(row['value'])}{changed}  — {row['description']}\n")
    return 0


def run_settings_set(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.post.settings import update_post_settings

    ctx.require(Permission.POST_SETTINGS)  # before the assignments are read
    changes: dict[str, Any] = {}
    for item in ctx.args.assignments:
        name, sep, value = item.partition("=")
        if not sep:
            ctx.error(f"{item}: write NAME=VALUE")
            return 2
        changes[name.strip()] = _parse_value(value)
    view = update_post_settings(ctx.db, ctx.args.post, changes, ctx.actor, tuple(ctx.args.reset))
    print(f"post {view.post}: settings version {view.version}", file=ctx.out)
    return 0


def run_registry_search(ctx: CliContext) -> int:
    import json

    from kvisa_desk.core.post import registry

    found = registry.search_registry(ctx.db, ctx.args.text, ctx.args.country, ctx.args.limit)
    if ctx.args.json:
        ctx.out.write(json.dumps([e.to_json() for e in found], ensure_ascii=False) + "\n")
        return 0
    for e in found:
        merged = f" (merged into {e.merged_into_id})" if e.merged_into_id else ""
        ctx.out.write(
            f"{e.id:>6}  {e.country_code}  {e.tier:<10} {e.name}  {' '.join(e.domains)}{merged}\n"
        )
    return 0


def run_registry_tier(ctx: CliContext) -> int:
    from kvisa_desk.core.post import registry

    entry = registry.set_tier(ctx.db, ctx.args.institution_id, ctx.args.tier, ctx.actor)
    print(f"{entry.id} {entry.name}: tier {entry.tier}", file=ctx.out)
    return 0


def run_registry_add(ctx: CliContext) -> int:
    from kvisa_desk.core.post import registry

    a = ctx.args
    entry = registry.add_institution(
        ctx.db, a.name, a.country, ctx.actor, tuple(a.domain), a.kind, a.tier
    )
    print(f"added {entry.id} {entry.name} ({entry.country_code}, {entry.tier})", file=ctx.out)
    return 0


def run_registry_merge(ctx: CliContext) -> int:
    from kvisa_desk.core.post import registry

    kept = registry.merge_institutions(ctx.db, ctx.args.duplicate_id, ctx.args.keep_id, ctx.actor)
    print(f"merged {ctx.args.duplicate_id} into {kept.id} {kept.name}", file=ctx.out)
    return 0


def run_registry_duplicates(ctx: CliContext) -> int:
    from kvisa_desk.core.post import registry

    for a, b in registry.duplicate_names(ctx.db):
        ctx.out.write(
            f"{a.country_code}  {a.name}: {a.id} ({' '.join(a.domains)}) and "
            f"{b.id} ({' '.join(b.domains)})\n"
        )
    return 0


def run_registry_alias_add(ctx: CliContext) -> int:
    from kvisa_desk.core.post.institution_aliases import add_alias

    a = ctx.args
    added = add_alias(ctx.db, a.institution_id, a.name, ctx.actor, a.kind)
    print(
        f"{added.institution_id} {added.institution}: {added.name!r} registered ({added.kind})",
        file=ctx.out,
    )
    return 0


def run_registry_alias_remove(ctx: CliContext) -> int:
    from kvisa_desk.core.post.institution_aliases import remove_alias

    a = ctx.args
    removed = remove_alias(ctx.db, a.institution_id, a.name, ctx.actor)
    print(f"{removed.institution_id} {removed.institution}: {removed.name!r} removed", file=ctx.out)
    return 0


def run_registry_alias_list(ctx: CliContext) -> int:
    import json

    from kvisa_desk.core.post.institution_aliases import list_aliases

    found = list_aliases(ctx.db, ctx.args.institution_id)
    if ctx.args.json:
        ctx.out.write(json.dumps([n.to_json() for n in found], ensure_ascii=False) + "\n")
        return 0
    for n in found:
        ctx.out.write(f"{n.name}  ({n.kind}, {n.source}, added by {n.added_by})\n")
    return 0
