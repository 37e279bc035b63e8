"""Whether a sanction a clause names was given, or only asked for, awaited, to come, weighed, asked about or
possible: the words around a sanction that `status` reads before it calls a count sanctioned."""

from __future__ import annotations

from analysis.nlp import lexicon as lx
from analysis.nlp.phrases import has_phrase

ASK_REACH = 4  # words from the proposal to the sanction asked for: "mengusulkan kepada PPK pemberian sanksi"
SANCTION_WORDS = lx.SANCTION_CUES | lx.SANCTION_GIVEN_CUES  # made once: the checks below run for every count


# A request or a wish for a sanction, whom it is asked of named between: "KASN meminta Bupati A segera memberikan
# sanksi", "berharap PPK segera menjatuhkan sanksi" ("meminta keterangan" is no cue: only with a sanction after it)
REQUESTS = {"meminta", "mendesak", "diminta", "didesak"} | lx.HOPE_WORDS  # ("Bupati diminta beri sanksi")
REQUEST_REACH = 6


def sanction_asked_for(words: list[str], askers: set[str] = lx.RECOMMENDATION_CUES, reach: int = ASK_REACH) -> bool:
    """A sanction recommended, proposed or requested, not given: 'direkomendasikan mendapat sanksi', 'diusulkan
    dijatuhi hukuman disiplin' (unless given since: 'yang direkomendasikan Bawaslu telah dijatuhi sanksi')."""
    if SANCTION_WORDS.isdisjoint(words) or askers.isdisjoint(words):
        return False  # most clauses name no sanction: no need to walk their words
    for i, word in enumerate(words):
        if word in SANCTION_WORDS:
            window = words[max(0, i - reach) : i]
            asker = max((k for k, w in enumerate(window) if w in askers), default=None)
            if asker is not None and not lx.PERFECTIVE_WORDS.intersection(window[asker:]):
                return True
    return False


# "Bupati sudah menindaklanjuti rekomendasi KASN terkait pemberian sanksi": the recommended sanction carried out
FOLLOW_UP_VERBS = {"menindaklanjuti", "melaksanakan", "menjalankan"}
CARRIED_OUT_REACH = 6  # words from the verb to the sanction: "menindaklanjuti rekomendasi KASN terkait ... sanksi"


def recommended_sanction_carried_out(words: list[str]) -> bool:
    """Whether the words tell a recommended sanction as carried out: a verb of following up told as done ("sudah",
    "telah"), its recommendation, and the sanction after it."""
    if FOLLOW_UP_VERBS.isdisjoint(words):
        return False  # most clauses: no need to walk their words
    return any(
        word in FOLLOW_UP_VERBS
        and not lx.PERFECTIVE_WORDS.isdisjoint(words[max(0, k - 2) : k])
        and "rekomendasi" in words[k + 1 : k + 3]
        and not SANCTION_WORDS.isdisjoint(words[k + 2 : k + 1 + CARRIED_OUT_REACH])
        for k, word in enumerate(words)
    )


_AWAITING_OR_DESERVING = lx.AWAITING_WORDS | lx.DESERVING_WORDS
_SANCTIONS_AND_GIVING = lx.SANCTION_CUES | {"diberikan", "dijatuhkan", "diterima"}  # "sanksi yang bakal diterima"
_GIVING = _SANCTIONS_AND_GIVING | SANCTION_WORDS


def _said_just_before(words: list[str], cues: set[str], targets: set[str]) -> bool:
    """Whether one of `cues` stands in the two words before one of `targets` (a sanction word)."""
    return not targets.isdisjoint(words) and any(
        word in targets and not cues.isdisjoint(words[max(0, i - 2) : i]) for i, word in enumerate(words)
    )


def _followed_by_a_sanction(words: list[str], cues: set[str]) -> bool:
    """Whether a sanction word stands in the two words after one of `cues`."""
    return not cues.isdisjoint(words) and any(
        word in cues and not SANCTION_WORDS.isdisjoint(words[i + 1 : i + 3]) for i, word in enumerate(words)
    )


def sanction_awaited(words: list[str]) -> bool:
    """A sanction still to be decided on a finding, or found due: 'masih menunggu sanksi dari PPK', 'dalam proses
    penjatuhan sanksi', 'layak mendapat sanksi'."""
    return _said_just_before(words, _AWAITING_OR_DESERVING, lx.SANCTION_CUES)


def sanction_as_topic(words: list[str]) -> bool:
    """The sanction as what is spoken of, not as given: 'Terkait sanksi bagi lima ASN tadi, ...'."""
    return _said_just_before(words, lx.TOPIC_WORDS, SANCTION_WORDS)


BASIS_REACH = 4  # words from the basis to the sanction it is for: "menjadi dasar BKN dalam menjatuhkan sanksi"


_TO_COME = lx.FUTURE_WORDS | {"siap"}  # "siap menjatuhkan sanksi": ready to, not done


# A time ahead by which the sanction is due: "Paling lambat pekan depan keputusan sanksinya keluar", "Putusan sanksi
# bagi seorang ASN ... baru dapat ditetapkan pada pertengahan Januari" (only then)
DEADLINES_AHEAD = {
    ("paling", "lambat"),
    *((span, "depan") for span in ("minggu", "pekan", "bulan", "tahun")),
    ("dalam", "waktu", "dekat"),
    *(
        ("baru", able, decided)
        for able in ("dapat", "bisa")
        for decided in ("ditetapkan", "diputuskan", "dijatuhkan", "diberikan", "dikeluarkan")
    ),
}


def sanction_to_come(words: list[str]) -> bool:
    """A sanction said to come ("akan dijatuhi sanksi", "bakal segera menjatuhkan sanksi", "Hukuman tersebut akan
    diberikan kepada ...", "paling lambat pekan depan keputusan sanksinya keluar"), or one a finding is the basis
    for ("menjadi dasar BKN dalam menjatuhkan sanksi")."""
    return (
        _said_just_before(words, _TO_COME, _SANCTIONS_AND_GIVING)
        or has_phrase(words, DEADLINES_AHEAD)
        or (
            "dasar" in words
            and any(w in SANCTION_WORDS and "dasar" in words[max(0, i - BASIS_REACH) : i] for i, w in enumerate(words))
        )
    )


def sanction_weighed(words: list[str]) -> bool:
    """A sanction still being weighed: 'akan menentukan sanksi', 'mempertimbangkan sanksi'."""
    return _followed_by_a_sanction(words, lx.WEIGHING_WORDS)


# The kind of a sanction, named nowhere in the clause: "Adapun jenis sanksi bagi ketiga ASN tersebut, ..."
_KIND_WORDS = {"jenis", "bentuk", "macam"}
_NAMED_AS = lx.NAMING_WORDS | {"berupa"}
_GIVING_VERBS = {"diberikan", "memberikan", "diberi", "memberi"}


def sanction_asked_about(words: list[str]) -> bool:
    """Which sanction, asked or not known: '(tak tahu pasti) sanksi macam apa yang dijatuhkan', '(belum
    tahu) apa yang dijatuhkan', 'Adapun jenis sanksi bagi ketiga ASN tersebut' (with no verb of giving and no
    sanction named): no sanction is said to be given."""
    if "apa" not in words:
        return (
            _said_just_before(words, _KIND_WORDS, lx.SANCTION_CUES)
            and lx.SANCTION_GIVEN_CUES.isdisjoint(words)
            and _GIVING_VERBS.isdisjoint(words)
            and _NAMED_AS.isdisjoint(words)
        )
    which_sanction = any(w in SANCTION_WORDS and "apa" in words[i + 1 : i + 3] for i, w in enumerate(words))
    what_was_given = any(
        w == "apa" and words[i + 1 : i + 2] == ["yang"] and bool(_GIVING.intersection(words[i + 2 : i + 3]))
        for i, w in enumerate(words)
    )
    return which_sanction or what_was_given


# Who may give a sanction, which says nothing of one given: "BKN yang berwenang menjatuhkan sanksi kepada dua ASN"
AUTHORITY_WORDS = {"berwenang", "wewenang", "kewenangan", "berhak"}
_POSSIBLE_OR_AUTHORISED = lx.POSSIBILITY_WORDS | AUTHORITY_WORDS


POSSIBLE_SANCTION_REACH = 4  # words from the possibility to the sanction, past its way there: "mengarah ke"


def sanction_only_possible(words: list[str]) -> bool:
    """A sanction threatened, possible or in someone's power, not given: 'terancam sanksi', 'bisa dikenai sanksi'
    ('dapat' before a verb; 'dapat sanksi' is 'got a sanction'), 'yang berwenang memberikan sanksi', 'berpotensi
    mengarah ke sanksi'."""
    return not _POSSIBLE_OR_AUTHORISED.isdisjoint(words) and any(
        word in _POSSIBLE_OR_AUTHORISED
        and (word != "dapat" or words[i + 1 : i + 2] not in (["sanksi"], ["hukuman"], ["teguran"]))
        and SANCTION_WORDS.intersection(words[i + 1 : i + (3 if word == "dapat" else POSSIBLE_SANCTION_REACH)])
        for i, word in enumerate(words)
    )
