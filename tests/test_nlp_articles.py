"""Whole articles written for the tests in the style of Indonesian outlets (not the seed articles)."""

from pathlib import Path

DATA = Path(__file__).parent / "data"


def test_province_statistics_article(analyse):
    text = (DATA / "province_statistics_article.txt").read_text(encoding="utf-8")
    result = analyse(text, title=text.split("\n")[0], dateline="SURABAYA", published="2024-11-18")
    assert result.article["region_codes"] == "35"  # the province, not the city of the dateline
    assert (result.article["election_type"], result.article["election_year"]) == ("pilkada", 2024)
    facts = sorted((f["fact_type"], f["value"], f["status"], f["scope"], f["region_code"]) for f in result.facts)
    assert facts == sorted(
        [
            ("violation_count", 47, "reported", "regional", "35"),  # title and lead: one fact
            ("violation_count", 31, "proven", "regional", "35"),
            ("violation_count", 12, "sanctioned", "regional", "35"),  # "kata Fauzi di Surabaya" is not the subject
            ("violation_count", 9, "reported", "regional", "35.22"),
            ("violation_count", 7, "reported", "regional", "35.09"),
            ("violation_count", 400, "reported", "national", None),
            ("asn_headcount", 380000, None, "regional", "35"),
        ]
    )
    assert "media_sosial" in result.article["violation_types"]


def test_national_statistics_article_keeps_national_figures_national(analyse):
    text = (DATA / "national_statistics_article.txt").read_text(encoding="utf-8")
    result = analyse(text, title=text.split("\n")[0], dateline="JAKARTA", published="2023-11-14")
    facts = sorted(
        (f["value"], f["status"], f["scope"], f["region_code"], f["election_type"], f["election_year"])
        for f in result.facts
    )
    assert facts == sorted(
        [
            (417, "reported", "national", None, "pemilu", 2024),  # "KASN mencatat": national body, no region
            (197, "sanctioned", "national", None, "pemilu", 2024),  # "Dari jumlah itu": breakdown of it
            (991, "reported", "national", None, "pemilu", 2019),
            (2034, "reported", "national", None, "pilkada", 2020),
            (53, "reported", "regional", "74", "pemilu", 2024),
            (41, "reported", "regional", "73", "pemilu", 2024),
        ]
    )


def test_regency_article_past_cycle_and_neighbouring_city(analyse):
    text = (DATA / "regency_article.txt").read_text(encoding="utf-8")
    result = analyse(text, title=text.split("\n")[0], dateline="GARUT", published="2024-09-04")
    assert result.article["region_codes"] == "32.05"
    facts = sorted(
        (f["fact_type"], f["value"], f["status"], f["region_code"], f["election_type"], f["election_year"])
        for f in result.facts
    )
    assert facts == sorted(
        [
            ("asn_headcount", 12000, None, "32.05", "pilkada", 2024),
            ("asn_headcount", 12345, None, "32.05", "pilkada", 2024),
            ("violation_count", 7, "sanctioned", "32.05", "pemilu", 2019),
            ("violation_count", 2, "reported", "32.05", "pilkada", 2024),
            ("violation_count", 3, "reported", "32.73", "pilkada", 2024),
        ]
    )
    people = {e["text"] for e in result.entities if e["label"] == "PERSON"}
    assert people == {"Rudy Gunawan", "Ahmad Nurul Syahid"}


def _facts_of_file(name: str, nlp) -> tuple[dict, list[tuple]]:
    """Read a test article through ingest (cleaning, dateline, date) and extract it."""
    from analysis.extract_documents import analyse_documents
    from analysis.ingest import read_entry

    (document,) = read_entry(DATA, name)
    result = next(analyse_documents([document], nlp))
    facts = sorted(
        (f["fact_type"], f["value"], f["status"], f["scope"], f["region_code"], f["election_year"])
        for f in result.facts
    )
    return result.article, facts


def test_a_ranking_of_regions_gives_each_count_its_own_region(nlp):
    article, facts = _facts_of_file("province_breakdown_article.txt", nlp)
    assert (article["region_codes"], article["published"], article["dateline"]) == ("33", "2024-11-15", "SEMARANG")
    assert facts == sorted(
        [
            ("violation_count", 45, "reported", "regional", "33", 2024),
            ("violation_count", 30, "proven", "regional", "33", 2024),
            ("violation_count", 12, "sanctioned", "regional", "33", 2024),  # "kata Wahyudi di Semarang, Jumat"
            ("violation_count", 9, "reported", "regional", "33.29", 2024),  # Brebes, named before it
            ("violation_count", 6, "reported", "regional", "33.28", 2024),  # Tegal, after "disusul"
        ]
    )
    assert "Ribuan ASN Kota Semarang" not in article["title"] and "kampanye" in article["violation_types"]


def test_a_breakdown_of_a_national_figure_is_national(nlp):
    _, facts = _facts_of_file("national_anaphora_article.txt", nlp)
    assert facts == sorted(
        [
            ("violation_count", 2034, "reported", "national", None, 2019),
            ("violation_count", 990, "sanctioned", "national", None, 2019),  # "dari laporan tersebut"
            ("asn_headcount", 4_200_000, None, "national", None, 2019),
        ]
    )


def test_a_kecamatan_dateline_points_at_its_kabupaten(nlp):
    article, facts = _facts_of_file("kecamatan_dateline_article.txt", nlp)
    assert (article["dateline"], article["region_codes"], article["published"]) == ("SELONG", "52.03", "2020-10-08")
    assert facts == sorted(
        [
            ("violation_count", 7, "proven", "regional", "52.03", 2020),
            ("asn_headcount", 11000, None, "regional", "52.03", 2020),
            ("related_candidates", 3, None, "regional", "52.03", 2020),
        ]
    )


def test_city_report_with_target_headcount_and_period_words(nlp):
    article, facts = _facts_of_file("city_reports_article.txt", nlp)
    assert facts == sorted(
        [
            ("violation_count", 15, "reported", "regional", "12.71", 2024),
            ("violation_count", 8, "reported", "regional", "12.71", 2024),
            ("asn_headcount", 18500, None, "regional", "12.71", 2024),  # "berjumlah 18.500 orang"
            ("violation_count", 5, "proven", "regional", "12.71", 2024),  # "Lima orang ASN sudah terbukti"
            ("violation_count", 0, "target", "regional", "12.71", 2024),  # "menargetkan nol pelanggaran"
        ]
    )
    # "masa kampanye" is a period of the calendar, not campaigning
    assert article["violation_types"] == "deklarasi;apk"


def test_a_repeated_figure_is_not_a_new_fact_and_its_breakdown_keeps_its_election(nlp):
    article, facts = _facts_of_file("repeated_figure_article.txt", nlp)
    assert (article["election_type"], article["election_year"]) == ("pemilu", 2019)
    assert facts == sorted(
        [
            ("violation_count", 0, "reported", "regional", "32.01", 2019),
            ("violation_count", 11, "reported", "regional", "32.01", 2018),  # Pilkada 2018, named in the sentence
            ("violation_count", 4, "sanctioned", "regional", "32.01", 2018),  # "Dari 11 kasus itu, empat ASN ..."
        ]
    )


def test_national_commission_figures_and_the_region_with_most(nlp):
    _, facts = _facts_of_file("national_commission_article.txt", nlp)
    assert facts == sorted(
        [
            ("violation_count", 2073, "reported", "national", None, 2020),
            ("violation_count", 1605, "proven", "national", None, 2020),  # "Dari jumlah tersebut, 1.605 ASN terbukti"
            ("violation_count", 1373, "sanctioned", "national", None, 2020),  # "1.373 di antaranya"
            ("violation_count", 91, "reported", "regional", "74", 2020),  # "pelanggaran terbanyak yaitu 91 ASN"
        ]
    )


def test_a_title_case_dateline_is_not_the_region_of_a_provincial_figure(nlp):
    article, facts = _facts_of_file("province_title_case_dateline_article.txt", nlp)
    assert (article["dateline"], article["region_codes"]) == ("MEDAN", "12")
    assert facts == sorted(
        [
            ("violation_count", 60, "reported", "regional", "12", 2024),  # "Medan (ANTARA) -" is only the dateline
            ("violation_count", 23, "proven", "regional", "12", 2024),
            ("violation_count", 14, "reported", "regional", "12.07", 2024),
            ("violation_count", 5, "reported", "regional", "12.75", 2024),
        ]
    )
    assert set(article["violation_types"].split(";")) >= {"politik_praktis", "fasilitas_negara", "media_sosial"}


def test_persons_of_a_breakdown_count_and_a_link_line_leaks_nothing(nlp):
    article, facts = _facts_of_file("persons_breakdown_article.txt", nlp)
    assert (article["region_codes"], article["published"]) == ("32.01", "2024-10-14")
    assert facts == sorted(
        [
            ("violation_count", 12, "reported", "regional", "32.01", 2024),
            ("violation_count", 8, "proven", "regional", "32.01", 2024),  # "dari jumlah tersebut, delapan orang ..."
            # "Empat lainnya masih dalam proses": cases still handled are reported (shared/gold/CONVENTIONS.md)
            ("violation_count", 4, "reported", "regional", "32.01", 2024),
            ("asn_headcount", 18500, None, "regional", "32.01", 2024),
            ("violation_count", 7, "reported", "regional", "32.01", 2024),  # Pemilu 2024, a past cycle
        ]
    )  # "Baca juga: ... 50 Pelanggaran di Kota Bekasi" gives no fact


def test_an_outlet_first_dateline_is_not_the_region_and_a_ranking_crosses_commas(nlp):
    article, facts = _facts_of_file("outlet_first_dateline_article.html", nlp)
    # "TRIBUN-TIMUR.COM, MAKASSAR -": Makassar is where the story was filed, not what it is about
    assert (article["dateline"], article["region_codes"], article["published"]) == ("MAKASSAR", "73", "2023-12-05")
    assert facts == sorted(
        [
            ("violation_count", 41, "reported", "regional", "73", 2024),
            ("violation_count", 9, "reported", "regional", "73.06", 2024),  # "pelanggaran terbanyak, yakni 9 ASN"
            ("violation_count", 6, "reported", "regional", "73.08", 2024),  # "disusul Kabupaten Bone sebanyak 6 ASN"
        ]
    )  # neither "Baca Juga: 15 ASN Makassar" nor "Berita Terkait: 100 ASN di Parepare" gives a fact


def test_an_article_leading_with_a_national_figure_keeps_its_regionless_figures_national(nlp):
    _, facts = _facts_of_file("national_lead_article.txt", nlp)
    assert facts == sorted(
        [
            ("violation_count", 1200, "reported", "national", None, 2024),  # "Bawaslu RI mencatat"
            ("violation_count", 180, "reported", "regional", "33", 2024),
            ("violation_count", 120, "reported", "regional", "73", 2024),
            ("violation_count", 95, "reported", "regional", "32", 2024),  # "se-Jawa Barat": a province
            ("violation_count", 600, "proven", "national", None, 2024),  # no region: the article's national frame
            ("violation_count", 250, "sanctioned", "national", None, 2024),
            ("violation_count", 2034, "reported", "national", None, 2020),
        ]
    )
