"""Single rules probed with the annotations' other fields (analysis.annotation_probes); invented records."""

from analysis.annotation_probes import format_probes, probe_dates, probe_elections, probe_links, probe_types

RECORD = {
    "file": "x03_contoh_kota-lorem.txt",
    "published": "2021-06-08",
    "election": {"type": "pilkada", "year": 2020},
    "violation_types": ["dukungan_calon"],
    "notes": [
        "published = statement date Selasa (8/6/2021); the sanctions come after Pilkada 2020",
        "dukungan_calon: the camat was 'diduga berpihak pada salah satu pasangan calon'",
        "media_sosial named in 'mengunggah foto' but the annotation does not hold it",
    ],
    "distractors": ["link line '12 ASN Kota Ipsum Terancam Disanksi' (another story)", "'tiga kepala desa' are no ASN"],
}


def test_a_weekday_date_quoted_about_the_publication_is_read_as_the_annotated_date():
    result = probe_dates([RECORD])
    assert (result.passed, result.cases) == (1, 1)
    wrong = {**RECORD, "published": "2021-06-09"}
    assert probe_dates([wrong]).misses == [
        "x03_contoh_kota-lorem.txt: 'Selasa (8/6/2021)' gives 2021-06-08, annotated 2021-06-09"
    ]


def test_an_election_named_without_a_year_is_read_as_the_annotated_cycle_once_and_three_times(nlp):
    result = probe_elections([RECORD], nlp)
    # a story of mid-2021 on "Pilkada" is on 2020's, the next one years away
    assert (result.passed, result.cases) == (2, 2)


def test_a_link_line_the_distractors_quote_gives_no_fact_and_a_type_quoted_in_a_note_is_read(nlp):
    links = probe_links([RECORD], nlp)
    assert (links.passed, links.cases) == (1, 1)  # the village heads are no link line
    types = probe_types([RECORD])
    # dukungan_calon is held and its phrase gives it; media_sosial is not held, so not probed
    assert (types.passed, types.cases) == (1, 1)
    assert "links                    1 of 1     1.000" in format_probes([links, types])
