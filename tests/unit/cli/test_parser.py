"""The command line's shape: every sub-command says what it does (`envoi AREA --help`)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from envoi.cli import build_parser


def _subcommands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], str | None]]:
    """(command path, its help line) of every sub-command, at any depth."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {choice.dest: choice.help for choice in action._choices_actions}
        for name, sub in action.choices.items():
            yield (*path, name), helps.get(name)
            yield from _subcommands(sub, (*path, name))


def test_every_subcommand_has_a_help_line() -> None:
    found = dict(_subcommands(build_parser()))
    assert len(found) > 40  # the walk reaches the areas and their actions
    for expected in (("lists", "create"), ("profiles", "edit"), ("profiles", "delete"),
                     ("campaigns", "retry-failed"), ("contacts", "add")):  # fmt: skip
        assert expected in found, expected
    missing = sorted(" ".join(path) for path, text in found.items() if not (text or "").strip())
    assert missing == [], f"sub-commands without a help line: {missing}"


def test_lists_takes_subcommands_and_keeps_the_old_form() -> None:
    parser = build_parser()
    args = parser.parse_args(["lists"])
    assert args.action == "list" and args.json is False
    args = parser.parse_args(["lists", "list", "--json"])
    assert args.action == "list" and args.json is True
    args = parser.parse_args(["lists", "create", "vip", "--description", "best"])
    assert (args.action, args.name, args.description) == ("create", "vip", "best")
    args = parser.parse_args(["suppression", "add", "a@b.example", "spam.example"])
    assert (args.action, args.values) == ("add", ["a@b.example", "spam.example"])
    assert parser.parse_args(["suppression"]).action == "list"
    assert parser.parse_args(["fields", "add", "City", "--type", "text"]).label == "City"
