"""The tokenizer's prefix and suffix searches, with the matches of spaCy's expressions at fewer tries.

spaCy joins its prefixes into one expression, each anchored with "^" (one entry's later alternatives are not:
`<a([^>]+)>`), and its suffixes into one, each anchored with "$"; `search` then tries the whole alternation at
every character of a span. A span the tokenizer has not cached (a date, an id, a word first met in a memory
zone) is searched again after each prefix or suffix it strips, and those searches were most of its cost.

- `PrefixSearch`: a match at the first character is the expression's match there without its anchors (always
  true there), whose first letters the engine can test at once; a later match only where an unanchored
  alternative's opening letters stand.
- `SuffixSearch`: a match of an entry of bounded width that ends at the end (or before a final line break)
  starts among the last width + 1 characters; only the other entries (`\\.\\.+`) can start before them.

Both give the match `search` gives (its span, which is all the tokenizer reads of it), and keep the expression's
pattern as `pattern`, which spaCy saves with the tokenizer.

- `InfixFinditer`: the infix expression's `finditer`, its matches as a tuple.

Each also remembers its matches of the last spans it searched (`RememberedMatches`): in a memory zone spaCy caches
no span's tokens, so a word first met there (a place, a date in brackets, a figure) is split by the expressions
again in every later document; remembered, it is split at the cost of three lookups.
"""

from __future__ import annotations

import re
import re._parser as sre_parse
from collections.abc import Callable, Sequence

from spacy.tokenizer import Tokenizer

# Spans whose matches each search remembers: some 10 MB for the three searches when full (the strings are shared).
REMEMBERED_SPANS = 50_000

_NOT_SEEN = object()


class RememberedMatches:
    """The matches of a search by the span searched, of at most `REMEMBERED_SPANS` spans: when full it forgets
    them all and starts again, so that it holds the spans of recent documents, never more."""

    def __init__(self, search: Callable[[str], object]):
        self.found: dict[str, object] = {}
        self.search = search

    def __call__(self, string: str) -> object:
        found = self.found.get(string, _NOT_SEEN)
        if found is _NOT_SEEN:
            found = self.search(string)
            if len(self.found) >= REMEMBERED_SPANS:
                self.found.clear()
            self.found[string] = found
        return found


def _alternatives(tree: sre_parse.SubPattern) -> list[list]:
    """The top-level alternatives of a parsed expression (one when it has no top-level "|")."""
    if len(tree.data) == 1 and tree.data[0][0] is sre_parse.BRANCH:
        return [list(alternative) for alternative in tree.data[0][1][1]]
    return [list(tree.data)]


def _opening_letters(alternative: list) -> str:
    """The letters an alternative opens with ("" when it opens with anything else)."""
    letters = []
    for op, value in alternative:
        if op is not sre_parse.LITERAL:
            break
        letters.append(chr(value))
    return "".join(letters)


class PrefixSearch:
    """`regex.search` of spaCy's prefix expression, made from `entries` (`compile_prefix_regex`)."""

    def __init__(self, regex: re.Pattern, entries: Sequence[str]):
        self.regex, self.pattern = regex, regex.pattern
        pieces = [piece for piece in entries if piece.strip()]
        if "|".join("^" + piece for piece in pieces) != regex.pattern or regex.flags & re.MULTILINE:
            raise ValueError("not spaCy's prefix expression of these entries")
        # at the first character "^" holds: the entries without it match there what the expression matches
        self.at_start = re.compile("|".join(pieces), regex.flags)
        later = [
            alternative
            for piece in pieces
            for alternative in _alternatives(sre_parse.parse("^" + piece, regex.flags))
            if alternative[:1] != [(sre_parse.AT, sre_parse.AT_BEGINNING)]
        ]
        openings = [_opening_letters(alternative) for alternative in later]
        self.anywhere = "" in openings  # an unanchored alternative that may open with anything
        self.later_openings = tuple(openings)
        self.remembered = RememberedMatches(self.search_anew)

    def search(self, string: str) -> re.Match | None:
        return self.remembered(string)

    def search_anew(self, string: str) -> re.Match | None:
        found = self.at_start.match(string)
        if found is not None:
            return found
        if self.anywhere or any(string.find(opening, 1) >= 0 for opening in self.later_openings):
            return self.regex.search(string, 1)  # the expression's search from the second character on
        return None


def _ends_at_the_end(alternative: list) -> bool:
    return alternative[-1:] == [(sre_parse.AT, sre_parse.AT_END)]


class SuffixSearch:
    """`regex.search` of spaCy's suffix expression, made from `entries` (`compile_suffix_regex`)."""

    def __init__(self, regex: re.Pattern, entries: Sequence[str]):
        self.regex, self.pattern = regex, regex.pattern
        pieces = [piece for piece in entries if piece.strip()]
        if "|".join(piece + "$" for piece in pieces) != regex.pattern or regex.flags & re.MULTILINE:
            raise ValueError("not spaCy's suffix expression of these entries")
        widths, unbounded = [], []
        for piece in pieces:
            tree = sre_parse.parse(piece + "$", regex.flags)
            width = tree.getwidth()[1]
            if width < sre_parse.MAXREPEAT and all(_ends_at_the_end(a) for a in _alternatives(tree)):
                widths.append(width)
            else:
                unbounded.append(piece)
        self.width = max(widths, default=0)
        self.unbounded = re.compile("|".join(p + "$" for p in unbounded), regex.flags) if unbounded else None
        self.remembered = RememberedMatches(self.search_anew)

    def search(self, string: str) -> re.Match | None:
        return self.remembered(string)

    def search_anew(self, string: str) -> re.Match | None:
        # a bounded entry's match ends at the end or before a final line break: it starts at `first` or after
        first = len(string) - self.width - 1
        if first <= 0:
            return self.regex.search(string)
        if self.unbounded is not None:
            earlier = self.unbounded.search(string)
            if earlier is not None and earlier.start() < first:
                return self.regex.search(string)
        return self.regex.search(string, first)  # no match starts before `first`: the same leftmost match


class InfixFinditer:
    """`regex.finditer` of spaCy's infix expression, its matches as a tuple (the tokenizer makes a list of them)."""

    def __init__(self, regex: re.Pattern):
        self.regex, self.pattern = regex, regex.pattern
        self.remembered = RememberedMatches(self.finditer_anew)

    def finditer(self, string: str) -> tuple[re.Match, ...]:
        return self.remembered(string)

    def finditer_anew(self, string: str) -> tuple[re.Match, ...]:
        return tuple(self.regex.finditer(string))


def use_faster_affix_searches(tokenizer: Tokenizer, prefixes: Sequence[str], suffixes: Sequence[str]) -> None:
    """Give the tokenizer these searches for its prefix and suffix expressions, when they are spaCy's expressions
    of these entries (else it keeps its own), and its infix expression's `InfixFinditer`. Before it tokenizes
    anything: setting a search empties its cache."""
    for name, kind, entries in (("prefix_search", PrefixSearch, prefixes), ("suffix_search", SuffixSearch, suffixes)):
        search = getattr(tokenizer, name)
        regex = getattr(search, "__self__", None)
        if isinstance(regex, re.Pattern) and getattr(search, "__name__", "") == "search":
            try:
                setattr(tokenizer, name, kind(regex, entries).search)
            except ValueError:
                pass  # another expression: the plain search
    finditer = tokenizer.infix_finditer
    regex = getattr(finditer, "__self__", None)
    if isinstance(regex, re.Pattern) and getattr(finditer, "__name__", "") == "finditer":
        tokenizer.infix_finditer = InfixFinditer(regex).finditer
