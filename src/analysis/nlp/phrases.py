"""Fixed phrases (tuples of lower-cased words) found in a clause's words, a set of phrases indexed once; a clause's
words without what stands in brackets."""

from __future__ import annotations

# id(phrases) -> (them, by first word, first words, last words)
_BY_FIRST_WORD: dict[int, tuple[set, dict[str, tuple], frozenset[str], frozenset[str]]] = {}


def _learn_phrases(
    phrases: set[tuple[str, ...]],
) -> tuple[set, dict[str, tuple[tuple[str, ...], ...]], frozenset[str], frozenset[str]]:
    """The phrases, by their first word, and their first and last words: found once per set of phrases (the
    lexicon's constants), and kept by the set's id; the set is kept beside them, so that its id cannot be another
    set's."""
    by_first: dict[str, list] = {}
    for p in phrases:
        by_first.setdefault(p[0], []).append(p)
    known = _BY_FIRST_WORD[id(phrases)] = (
        phrases,
        {first: tuple(ps) for first, ps in by_first.items()},
        frozenset(by_first),
        frozenset(p[-1] for p in phrases),
    )
    return known


def has_phrase(words: list[str], phrases: set[tuple[str, ...]]) -> bool:
    """Whether one of the phrases (tuples of words) stands in the words."""
    known = _BY_FIRST_WORD.get(id(phrases))
    if known is None or known[0] is not phrases:
        known = _learn_phrases(phrases)
    _, by_first, firsts, lasts = known
    if firsts.isdisjoint(words) or lasts.isdisjoint(words):
        return False  # most clauses hold no phrase's first word, or no last word: no need to look further
    return any(
        tuple(words[i : i + len(p)]) == p for i, word in enumerate(words) if word in by_first for p in by_first[word]
    )


def without_brackets(words: list[str]) -> list[str]:
    """The words without what stands in brackets: "meminta Komisi Aparatur Sipil Negara (KASN) menjatuhkan sanksi"
    is as far from its sanction as without the short name."""
    if "(" not in words:
        return words
    kept, depth = [], 0
    for word in words:
        depth = max(0, depth + (word == "(") - (word == ")"))  # (a ")" opened before the window closes nothing)
        if depth == 0 and word != ")":
            kept.append(word)
    return kept
