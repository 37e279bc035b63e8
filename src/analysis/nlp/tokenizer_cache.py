"""Filling spaCy's tokenizer cache word by word while a pipeline warms up (the tokens never change).

The tokenizer caches how it split each whitespace-delimited span, but only outside memory zones, and it
stops caching for the rest of a text as soon as one special case (`abu-abu`, `Kab.`) applied in it: most
spans of a long article were never cached and were split again, affixes and infixes by regex, in every
later article. Tokenizing the new spans of each warm-up article first caches them: those no special case can
apply to as one text, each of the others as a text of its own (in one text, the spans after the first that a
special case applied in were never cached: "ASN,", "(Bawaslu)", "2024."). A span is split as it is in any
text, so the cache holds what the tokenizer gives it there.
"""

from __future__ import annotations

from spacy.language import Language

# Spans the tokenizer may cache (spaCy's default, 10,000, is far below the words of 1,000 articles).
TOKENIZER_CACHE_SPANS = 1_000_000

_primed: dict[int, set[str]] = {}  # id(tokenizer) -> spans already tokenized on their own


def prime_tokenizer_cache(nlp: Language, text: str) -> None:
    """Tokenize the spans of `text` not seen before so that the tokenizer caches them; nothing in a memory
    zone, where the tokenizer caches nothing."""
    if nlp.vocab.in_memory_zone:
        return
    tokenizer = nlp.tokenizer
    primed = _primed.setdefault(id(tokenizer), set())
    new = [span for span in dict.fromkeys(text.split()) if span not in primed]
    if not new:
        return
    primed.update(new)
    rules = tokenizer.rules
    tokenizer(" ".join(span for span in new if span.isalnum() and span not in rules))
    for span in new:
        if not span.isalnum() or span in rules:
            tokenizer(span)  # cached unless a special case applies in the span itself
