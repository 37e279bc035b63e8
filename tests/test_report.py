"""The report: both languages complete, hostile article text inert, missing inputs said plainly,
self-contained HTML, renderer choice. (The real-browser test is tests/test_browser.py.)"""

from __future__ import annotations

import json
import re
import shutil
import string
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from markupsafe import Markup

from analysis import render, report
from analysis.schemas import ARTICLES, FACTS, NATIONAL, PANEL
from analysis.tables import write_table

PROJECT_ROOT = Path(__file__).resolve().parents[1]
HOSTILE_TITLE = "<script>window.__pwned=1</script>"
HOSTILE_OUTLET = '"><svg onload="window.__pwned=4">'
HOSTILE_URL = "javascript:window.__pwned=5"
HOSTILE_SENTENCE = (
    'Bawaslu mencatat 7 kasus <img src=x onerror="window.__pwned=2"> dilaporkan, '
    'lihat <a href="javascript:window.__pwned=3">tautan ini</a>.'
)
HOSTILE_REGION = 'Kabupaten <b onmouseover="window.__pwned=6">Bantul</b>'


# --------------------------------------------------------------------------------------------
# A small build folder as the pipeline leaves it before the report (also used by test_browser.py)
# --------------------------------------------------------------------------------------------


def _article(
    article_id,
    source_file,
    status,
    title,
    outlet,
    published,
    codes,
    names,
    etype,
    year,
    types,
    url=None,
    skip_reason=None,
):
    return dict(
        article_id=article_id,
        source_file=source_file,
        status=status,
        skip_reason=skip_reason,
        title=title,
        outlet=outlet,
        published=published,
        dateline=None,
        region_codes=codes,
        region_names=names,
        election_type=etype,
        election_year=year,
        violation_types=types,
        url=url,
    )


def _fact(
    article_id, source_file, fact_type, value, scope, code, name, status, etype, year, sentence, start, unit="cases"
):
    return dict(
        article_id=article_id,
        source_file=source_file,
        fact_type=fact_type,
        unit=unit,
        value=value,
        scope=scope,
        region_code=code,
        region_name=name,
        status=status,
        election_type=etype,
        election_year=year,
        sentence=sentence,
        start_char=start,
        end_char=start + 5,
    )


def _panel_row(code, name, etype, year, reported, proven, sanctioned, asn, candidates):
    return dict(
        region_code=code,
        region_name=name,
        election_type=etype,
        election_year=year,
        violations_reported=reported,
        violations_proven=proven,
        violations_sanctioned=sanctioned,
        asn_headcount=asn,
        related_candidates=candidates,
        n_articles=1,
        n_sources=1,
    )


def make_build_dir(root: Path, *, estimable: bool = True, gold: bool = True) -> Path:
    """`root/build` with tables/ (articles, facts, panel, national, model outputs, evaluation) and
    release/ (a few published files), including one hostile article. Key figures: 6 articles, 7 facts,
    97 reported violations over the regions, 2,034 the largest national figure."""
    build = root / "build"
    tables = build / "tables"
    a1, a2, a3, a4 = (f"a00000000000000{i}" for i in range(1, 5))
    articles = pd.DataFrame(
        [
            _article(
                a1,
                "pandeglang.txt",
                "ok",
                "ASN Pandeglang Diingatkan Agar Netral",
                "Redaksi24",
                "2020-09-23",
                "36.01",
                "Kabupaten Pandeglang",
                "pilkada",
                2020,
                "media_sosial;dukungan_calon",
                url="https://example.org/pandeglang",
            ),
            _article(
                a2,
                "serang.txt",
                "ok",
                "Netralitas ASN Kabupaten Serang",
                "ANTARA",
                "2024-01-10",
                "36.04",
                "Kabupaten Serang",
                "pemilu",
                2024,
                "dukungan_calon",
            ),
            _article(
                a3,
                "hostile.txt",
                "ok",
                HOSTILE_TITLE,
                HOSTILE_OUTLET,
                "2024-08-26",
                "34.02",
                "Kabupaten Bantul",
                "pilkada",
                2024,
                "media_sosial;kampanye;intimidasi",
                url=HOSTILE_URL,
            ),
            _article(
                a4,
                "solok.txt",
                "ok",
                "Sekdakab Solok Ingatkan ASN",
                "integritasmedia.com",
                "2024-01-09",
                "13.02",
                "Kabupaten Solok",
                "pemilu",
                2024,
                "media_sosial;apk",
            ),
            _article(
                a4,
                "solok-copy.txt",
                "duplicate",
                "Sekdakab Solok Ingatkan ASN",
                None,
                None,
                None,
                None,
                "unknown",
                None,
                None,
                skip_reason="duplicate_of:solok.txt",
            ),
            _article(
                None, "broken.bin", "unreadable", None, None, None, None, None, None, None, None, skip_reason="binary"
            ),
        ]
    )
    facts = pd.DataFrame(
        [
            _fact(
                a1,
                "pandeglang.txt",
                "violation_count",
                3,
                "regional",
                "36.01",
                "Kabupaten Pandeglang",
                "reported",
                "pilkada",
                2020,
                "Saat ini sudah ada tiga kasus terkait netralitas ASN yang dilaporkan Bawaslu Pandeglang.",
                100,
            ),
            _fact(
                a1,
                "pandeglang.txt",
                "violation_count",
                2,
                "regional",
                "36.01",
                "Kabupaten Pandeglang",
                "proven",
                "pilkada",
                2020,
                "Dua kasus sudah diputuskan.",
                200,
            ),
            _fact(
                a1,
                "pandeglang.txt",
                "violation_count",
                680,
                "national",
                None,
                None,
                "reported",
                "pilkada",
                2020,
                "Dari 680 kasus ASN se-Indonesia yang dilaporkan hingga 21 September 2020.",
                300,
            ),
            _fact(
                a2,
                "serang.txt",
                "asn_headcount",
                10000,
                "regional",
                "36.04",
                "Kabupaten Serang",
                None,
                "pemilu",
                2024,
                "Di Kabupaten Serang ada 10 ribu ASN.",
                50,
                unit="persons",
            ),
            _fact(
                a2,
                "serang.txt",
                "related_candidates",
                16,
                "regional",
                "36.04",
                "Kabupaten Serang",
                None,
                "pemilu",
                2024,
                "Di Kabupaten Serang ada 16 caleg yang masih ada hubungannya dengan ASN.",
                90,
                unit="persons",
            ),
            _fact(
                a3,
                "hostile.txt",
                "violation_count",
                7,
                "regional",
                "34.02",
                HOSTILE_REGION,
                "reported",
                "pilkada",
                2024,
                HOSTILE_SENTENCE,
                10,
            ),
            _fact(
                a4,
                "solok.txt",
                "violation_count",
                2034,
                "national",
                None,
                None,
                "reported",
                "pemilu",
                2024,
                "Secara nasional tercatat 2.034 laporan pelanggaran netralitas ASN.",
                40,
            ),
        ]
    )
    panel = pd.DataFrame(
        [
            _panel_row("36.01", "Kabupaten Pandeglang", "pilkada", 2020, 3, 2, None, None, None),
            _panel_row("34.02", HOSTILE_REGION, "pilkada", 2024, 7, None, 1, 9000, None),
            _panel_row("36.04", "Kabupaten Serang", "pemilu", 2024, None, None, None, 10000, 16),
            _panel_row("13.02", "Kabupaten Solok", "pemilu", 2024, 87, None, None, None, None),
        ]
    )
    national = pd.DataFrame(
        [
            dict(
                election_type="pilkada",
                election_year=2020,
                violations_reported=680,
                violations_proven=None,
                violations_sanctioned=None,
                n_sources=1,
            ),
            dict(
                election_type="pemilu",
                election_year=2024,
                violations_reported=2034,
                violations_proven=None,
                violations_sanctioned=None,
                n_sources=1,
            ),
        ]
    )
    write_table(articles, tables, "articles", ARTICLES)
    write_table(facts, tables, "facts", FACTS)
    write_table(panel, tables, "panel", PANEL)
    write_table(national, tables, "national", NATIONAL)
    (tables / "model_summary.json").write_text(json.dumps(model_summary(estimable)), encoding="utf-8")
    coefficients = pd.DataFrame(
        [
            dict(term="Intercept", estimate=-3.1, std_err=1.0, irr=0.045, ci_low=-5.06, ci_high=-1.14, p_value=0.002),
            dict(
                term="np.log(asn_headcount)",
                estimate=0.45,
                std_err=0.2,
                irr=1.568,
                ci_low=0.058,
                ci_high=0.842,
                p_value=0.024,
            ),
            dict(
                term="related_candidates",
                estimate=0.05,
                std_err=0.1,
                irr=1.051,
                ci_low=-0.146,
                ci_high=0.246,
                p_value=0.617,
            ),
            dict(
                term="C(election_type)[T.pilkada]",
                estimate=0.35,
                std_err=0.3,
                irr=1.419,
                ci_low=-0.238,
                ci_high=0.938,
                p_value=0.243,
            ),
        ]
    )
    (coefficients if estimable else coefficients.iloc[0:0]).to_csv(tables / "coefficients.csv", index=False)
    pd.DataFrame(
        [
            dict(
                cycle="all",
                variable="violations_reported",
                n_region_cycles=4,
                n_known=3,
                n_missing=1,
                total=97.0,
                mean=32.33,
                std=47.4,
                min=3.0,
                median=7.0,
                max=87.0,
            ),
            dict(
                cycle="all",
                variable="asn_headcount",
                n_region_cycles=4,
                n_known=2,
                n_missing=2,
                total=19000.0,
                mean=9500.0,
                std=707.1,
                min=9000.0,
                median=9500.0,
                max=10000.0,
            ),
        ]
    ).to_csv(tables / "descriptive.csv", index=False)
    pd.DataFrame(
        [
            dict(n=n, irr=1.5, power=p, mc_se=0.05, reps=60, share_not_estimable=0.0, meets_target=p >= 0.8)
            for n, p in ((50, 0.3), (100, 0.55), (200, 0.85), (300, 0.95))
        ]
    ).to_csv(tables / "power.csv", index=False)
    (tables / "evaluation.json").write_text(json.dumps(evaluation(5 if gold else 0)), encoding="utf-8")
    release = build / "release"
    release.mkdir(parents=True)
    for name in ("articles.csv", "articles.parquet", "facts.csv", "panel.csv", "national.csv"):
        shutil.copy(tables / name, release / name)
    (release / "datapackage.json").write_text('{"name": "asn-neutrality-watch"}\n', encoding="utf-8")
    return build


def model_summary(estimable: bool) -> dict:
    return {
        "family": "negbin" if estimable else "auto",
        "n": 24 if estimable else 2,
        "n_panel_rows": 30 if estimable else 4,
        "estimable": estimable,
        "formula": "violations_reported ~ np.log(asn_headcount) + related_candidates + C(election_type)",
        "outcome": "violations_reported",
        "offset": None,
        "reference_levels": {"C(election_type)": "pemilu"},
        "reasons": [] if estimable else ["Only 2 region-cycles have every variable; at least 20 are needed."],
        "reasons_id": [] if estimable else ["Hanya 2 daerah-siklus yang memiliki semua variabel; minimal 20."],
        "aic": 123.4 if estimable else None,
    }


def evaluation(n_gold: int) -> dict:
    if n_gold == 0:
        return {"n_gold_articles": 0, "n_matched_articles": 0, "facts": {}, "articles": {}}
    return {
        "n_gold_articles": n_gold,
        "n_matched_articles": n_gold,
        "facts": {
            "asn_headcount": {"tp": 2, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0},
            "violation_count": {"tp": 4, "fp": 1, "fn": 1, "precision": 0.8, "recall": 0.8, "f1": 0.8},
            "related_candidates": {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0},
            "all": {"tp": 7, "fp": 1, "fn": 1, "precision": 0.875, "recall": 0.875, "f1": 0.875},
        },
        "articles": {
            "region": {"correct": 4, "total": 5, "accuracy": 0.8},
            "election": {"correct": 5, "total": 5, "accuracy": 1.0},
            "date": {"correct": 0, "total": 0, "accuracy": None},
            "violation_types": {"correct": 5, "total": 5, "accuracy": 1.0},
        },
    }


class Elements(HTMLParser):
    """Every start tag with its attributes, and the visible text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data):
        self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str]]:
        return [attrs for name, attrs in self.tags if name == tag]


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory) -> Path:
    return make_build_dir(tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def pages(build_dir) -> dict[str, str]:
    return {
        lang: str(
            report.build_report(build_dir, lang=lang, publisher="Watch <Group>", release_date="2024-11-01").html()
        )
        for lang in report.LANGUAGES
    }


# --------------------------------------------------------------------------------------------
# Strings
# --------------------------------------------------------------------------------------------


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_label_exists_in_both_languages_with_the_same_placeholders():
    pairs = report.string_pairs()
    assert len(pairs) > 100
    for key, pair in pairs.items():
        assert set(pair) == {"id", "en"}, key
        assert pair["id"].strip() and pair["en"].strip(), key
        assert _placeholders(pair["id"]) == _placeholders(pair["en"]), key


def test_codes_shown_in_the_report_have_labels():
    labels = report.strings("en")
    from analysis.schemas import ELECTION_TYPES, FACT_STATUSES, FACT_TYPES, UNITS, VIOLATION_TYPES

    expected = (
        [f"vt_{c}" for c in VIOLATION_TYPES]
        + [f"vt_{c}_desc" for c in VIOLATION_TYPES]
        + [f"fact_{c}" for c in FACT_TYPES]
        + [f"status_{c}" for c in FACT_STATUSES]
        + [f"unit_{c}" for c in UNITS]
        + [f"short_{c}" for c in ELECTION_TYPES]
        + [f"sec_{k}" for k in report.SECTION_KEYS]
    )
    assert [k for k in expected if k not in labels] == []


def test_data_dictionary_is_translated_for_every_published_column():
    translations = report.dictionary_translations()
    for spec in report.DICTIONARY_TABLES:
        local = translations[spec.name]
        assert local["title"] and local["description"], spec.name
        missing = [f.name for f in spec.all_fields if not local["fields"].get(f.name)]
        assert missing == [], f"{spec.name}: add Indonesian descriptions to report_strings.yaml for {missing}"


def test_unknown_language_is_refused():
    with pytest.raises(report.ReportError, match="lang 'fr'"):
        report.Text("fr")


# --------------------------------------------------------------------------------------------
# Escaping: article text shows as text and runs nothing
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", report.LANGUAGES)
def test_hostile_article_text_is_escaped(pages, lang):
    page = pages[lang]
    for raw in (
        "<script>window.__pwned",
        "<img src=x",
        "<svg onload",
        "<b onmouseover",
        'href="javascript:',
        "href='javascript:",
        HOSTILE_URL,
    ):
        assert raw not in page, raw
    elements = Elements(page)
    assert [a for a in elements.all("script")] == [{}]  # only the report's own search script
    assert all(a["src"].startswith("data:image/png;base64,") for a in elements.all("img"))
    assert not [(t, a) for t, a in elements.tags if any(name.startswith("on") for name in a)]
    hrefs = [a["href"] for a in elements.all("a")]
    assert all(re.match(r"^(#sec-|report\.(id|en)\.html$|\.\./[\w.]+$|https://)", h) for h in hrefs), hrefs
    visible = "".join(elements.text)
    assert HOSTILE_TITLE in visible and HOSTILE_SENTENCE in visible and HOSTILE_OUTLET in visible
    assert "Watch <Group>" in visible


def test_only_http_links_are_made_from_data():
    assert report.safe_href("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert report.safe_href("HTTP://example.org") == "HTTP://example.org"
    for bad in (
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,<script>",
        "//evil.example",
        'https://x.org/"onmouseover=1',
        "https://x.org/<script>",
        "ftp://x.org",
        None,
        float("nan"),
    ):
        assert report.safe_href(bad) is None, bad


def test_table_cells_are_escaped_unless_marked_safe():
    html = str(report.html_table(["<h>"], [["<b>x</b>"], [Markup("<em>ok</em>")]], caption="<c>", table_id="t"))
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<em>ok</em>" in html
    assert "<caption>&lt;c&gt;</caption>" in html and '<th scope="col">&lt;h&gt;</th>' in html
    assert 'data-label="&lt;h&gt;"' in html


def test_long_runs_without_a_space_may_wrap_but_words_are_not_cut():
    assert report.breakable("Kota Tangerang Selatan") == "Kota Tangerang Selatan"
    hostile = '<b onmouseover="window.__pwned=6">Bantul</b>'
    html = str(report.breakable(f"Kabupaten {hostile}"))
    assert html.startswith("Kabupaten &lt;b") and "<wbr>" in html and "<b " not in html
    assert re.sub("<wbr>", "", html) == str(Markup.escape(f"Kabupaten {hostile}"))
    assert "<wbr>" in str(report.html_table(["x"], [["a" * 30]], caption="c"))


def test_chart_text_with_a_dollar_sign_is_drawn_literally():
    img = report.bar_chart(["$x$ <b>"], {"a": [1.0]}, {}, "t $", "alt <x>", "en")
    assert 'alt="alt &lt;x&gt;"' in str(img)


# --------------------------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------------------------


def test_key_numbers(build_dir):
    numbers = report.key_numbers(report.load_inputs(build_dir))
    assert numbers | {"national": None} == {
        "articles": 6,
        "ok": 4,
        "cited": 0,
        "duplicate": 1,
        "unreadable": 1,
        "facts": 7,
        "regions": 4,
        "cycles": 3,
        "reported": 97.0,
        "proven": 2.0,
        "sanctioned": 1.0,
        "national": None,
        "f1": 0.875,
        "n_gold": 5,
        "model": True,
    }
    assert numbers["national"] == (2034, "pemilu", 2024)


@pytest.mark.parametrize(
    ("lang", "expected"), [("id", ["6", "7", "4", "97", "2.034"]), ("en", ["6", "7", "4", "97", "2,034"])]
)
def test_summary_cards_show_key_numbers_in_the_language_format(pages, lang, expected):
    values = re.findall(r'<p class="asn-card-value">([^<]*)</p>', pages[lang])
    # the last card: extraction quality on real news never read while writing the rules, not on this corpus
    real_f1 = report.fmt_num(report.real_news_quality()["blind"]["facts"]["f1"], lang)
    assert values == [*expected, real_f1]


def test_every_section_is_present_with_its_title(pages):
    for lang, page in pages.items():
        labels = report.strings(lang)
        for key in report.SECTION_KEYS:
            assert f'<h2 id="h-{key}">{labels[f"sec_{key}"]}</h2>' in page, (lang, key)
        assert "<html" not in page  # a fragment: the renderer makes the page


def test_cycle_table_keeps_national_apart_and_missing_as_missing(build_dir):
    table = report.cycle_table(report.load_inputs(build_dir))
    rows = {(r.election_type, r.election_year): r for r in table.itertuples()}
    assert list(rows) == [("pilkada", 2020), ("pemilu", 2024), ("pilkada", 2024)]
    pemilu = rows[("pemilu", 2024)]
    assert (pemilu.regions, pemilu.with_figure, pemilu.reported, pemilu.national_reported) == (2, 1, 87.0, 2034.0)
    assert pd.isna(pemilu.proven) and pd.isna(rows[("pilkada", 2024)].national_reported)


def test_violation_types_count_readable_articles_only(build_dir):
    counts = report.violation_type_counts(report.load_inputs(build_dir).articles).set_index("code")
    assert counts.loc["media_sosial", "articles"] == 3 and counts.loc["apk", "articles"] == 1
    assert counts.loc["fasilitas_negara", "articles"] == 0
    assert counts.loc["media_sosial", "share"] == pytest.approx(0.75)


def test_wilson_interval():
    assert report.wilson_interval(0, 0) is None
    low, high = report.wilson_interval(7, 8)
    assert (round(low, 3), round(high, 3)) == (0.529, 0.978)
    assert report.wilson_interval(5, 5)[1] == 1.0


def test_numbers_follow_the_language():
    assert (report.fmt_int(15000, "id"), report.fmt_int(15000, "en")) == ("15.000", "15,000")
    assert (report.fmt_num(1234.5, "id", 1), report.fmt_num(1234.5, "en", 1)) == ("1.234,5", "1,234.5")
    assert report.fmt_int(None, "en") == "" and report.fmt_int(pd.NA, "id") == ""
    assert report.fmt_p(0.0001, "en") == "< 0.001"


def test_model_results_in_plain_words_with_intervals(pages):
    en = pages["en"]
    assert "Each doubling of the ASN headcount" in en
    assert "ASN headcount, per doubling" in en and "1.37" in en  # 2 ** 0.45
    assert "about 200 region-cycles" in en and "not evidence that there is none" in en
    assert "Setiap kali jumlah ASN berlipat dua" in pages["id"]


@pytest.mark.parametrize("lang", report.LANGUAGES)
def test_not_estimable_model_gives_its_reasons(tmp_path, lang):
    build = make_build_dir(tmp_path, estimable=False)
    page = str(report.build_report(build, lang=lang).html())
    reason = model_summary(False)["reasons_id" if lang == "id" else "reasons"][0]
    assert reason in page
    assert report.strings(lang)["model_not_estimable"] in page
    assert 'id="model-table"' not in page


@pytest.mark.parametrize("lang", report.LANGUAGES)
def test_an_empty_build_folder_gives_a_report_that_says_so(tmp_path, lang):
    (tmp_path / "build").mkdir()
    page = str(report.build_report(tmp_path / "build", lang=lang).html())
    labels = report.strings(lang)
    for key in (
        "no_articles",
        "model_missing",
        "quality_none",
        "no_facts",
        "no_cycles",
        "no_regions",
        "no_types",
        "no_downloads",
        "summary_model_missing",
    ):
        assert labels[key] in page, key


def test_without_gold_the_quality_section_says_it_was_not_measured(tmp_path):
    build = make_build_dir(tmp_path, gold=False)
    page = str(report.build_report(build, lang="en").html())
    assert report.strings("en")["quality_none"] in page
    # the summary card gives the figure on real news, measured on articles never read while writing the rules
    assert report.strings("en")["kn_quality_real"] in page and report.strings("en")["kn_quality_none"] not in page


@pytest.mark.parametrize("gold", [True, False])
def test_the_quality_section_always_gives_the_figures_on_real_news(tmp_path, gold):
    # whatever corpus the report is about, its reader learns how the extraction does on real news
    build = make_build_dir(tmp_path, gold=gold)
    page = str(report.build_report(build, lang="en").html())
    measured = report.real_news_quality()
    assert {"dev", "blind"} <= set(measured)
    assert 'id="quality-real-table"' in page and report.strings("en")["real_quality_intro"] in page
    assert f"{measured['dev']['facts']['f1']:.2f}" in page


def test_a_broken_input_is_reported_not_fatal(tmp_path):
    build = make_build_dir(tmp_path)
    (build / "tables" / "model_summary.json").write_text("{not json", encoding="utf-8")
    page = str(report.build_report(build, lang="en").html())
    assert "model_summary.json" in page and report.strings("en")["model_missing"] in page


@pytest.mark.parametrize(
    ("name", "good", "bad"),
    [("coefficients", "0.45", "zero"), ("descriptive", "97.0", "many"), ("power", "60", "sixty")],
)
def test_a_malformed_model_table_is_reported_not_fatal(tmp_path, name, good, bad):
    build = make_build_dir(tmp_path)
    path = build / "tables" / f"{name}.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(good, bad), encoding="utf-8")
    page = str(report.build_report(build, lang="en").html())
    assert f"{name}.csv: " in page and repr(bad) in page.replace("&#39;", "'")


def test_facts_table_has_every_fact_with_source_and_sentence(pages):
    rows = re.findall(r'<tr data-search="(\d+)">', pages["en"])
    assert sorted(map(int, rows)) == [2, 3, 7, 16, 680, 2034, 10000]
    assert "Dari 680 kasus ASN se-Indonesia" in pages["en"] and "file: pandeglang.txt" in pages["en"]
    assert '<a href="https://example.org/pandeglang" rel="noopener noreferrer nofollow">' in pages["en"]


def test_tables_have_captions_and_column_headers_and_images_alt_text(pages):
    for page in pages.values():
        elements = Elements(page)
        tables = page.count("<table ")
        assert tables >= 10 and page.count("<caption>") == tables and page.count("<thead>") == tables
        assert all(a.get("scope") == "col" for a in elements.all("th"))
        images = elements.all("img")
        assert len(images) == 4 and all(len(a.get("alt", "")) > 40 for a in images)


def test_download_links_are_relative_to_the_release(pages):
    assert 'href="../articles.csv" download' in pages["en"]
    assert 'href="../articles.parquet" download' in pages["en"]
    assert 'href="../datapackage.json" download' in pages["en"]


def test_citation_uses_the_publisher_and_version():
    t = report.Text("en")
    cff = {
        "title": "ASN Neutrality Watch",
        "version": "0.1.0",
        "date-released": "2024-11-01",
        "repository-code": "https://example.org/repo",
        "authors": [{"name": "ASN Neutrality Watch contributors"}, {"given-names": "Siti", "family-names": "Aminah"}],
    }
    dataset, software, bibtex = report.citations(cff, "Watch Group X", "1.2.0", "2025-02-03", t)
    assert dataset.startswith("Watch Group X (2025). ") and "version 1.2.0" in dataset
    assert software == (
        "ASN Neutrality Watch contributors, Siti Aminah (2024). ASN Neutrality Watch "
        "(version 0.1.0). https://example.org/repo"
    )
    assert "author = {{Watch Group X}}" in bibtex and "year = {2025}" in bibtex and bibtex.endswith("}")
    dataset, software, _ = report.citations(None, "W", "0.1.0", None, report.Text("id"))
    assert "(t.t.)" in dataset and software is None


def test_report_is_deterministic(build_dir, pages):
    again = str(report.build_report(build_dir, lang="en", publisher="Watch <Group>", release_date="2024-11-01").html())
    assert again == pages["en"]


# --------------------------------------------------------------------------------------------
# The notebook
# --------------------------------------------------------------------------------------------


def test_report_notebook_is_thin_hidden_and_parameterised():
    nb = nbformat.read(PROJECT_ROOT / "notebooks" / "04_report.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    parameters = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(parameters) == 1
    names = re.findall(r"^(\w+) = ", parameters[0].source, flags=re.MULTILINE)
    assert names == [
        "build_dir",
        "lang",
        "publisher",
        "dataset_version",
        "release_date",
        "report_max_bytes",
        "report_top_n",
    ]
    assert all(c.source.startswith("#| echo: false\n") for c in code)
    assert all(not c.outputs and c.execution_count is None for c in code)
    shown = re.findall(r'report\.show\("(\w+)"\)', "\n".join(c.source for c in code))
    assert shown == list(report.PART_KEYS)


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


def test_choose_renderer():
    assert render.choose_renderer("auto", which=lambda name: None) == "nbconvert"
    assert render.choose_renderer("auto", which=lambda name: "/opt/quarto/bin/quarto") == "quarto"
    assert render.choose_renderer("nbconvert", which=lambda name: "/opt/quarto/bin/quarto") == "nbconvert"
    assert render.choose_renderer("quarto", which=lambda name: "/opt/quarto/bin/quarto") == "quarto"
    with pytest.raises(render.RenderError, match="quarto.org"):
        render.choose_renderer("quarto", which=lambda name: None)
    with pytest.raises(render.RenderError, match="'pandoc' is not one of"):
        render.choose_renderer("pandoc")


def test_auto_looks_for_quarto_on_path(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert render.choose_renderer("auto") == "nbconvert"
    fake = tmp_path / "quarto"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    assert render.choose_renderer("auto") == "quarto"


def test_external_references_finds_what_would_be_fetched():
    page = """<html><head><script src="https://cdn.example/x.js"></script>
    <link rel="stylesheet" href="https://fonts.example/css"><link rel="icon" href="data:,">
    <style>@import url("https://fonts.example/a.css"); body{background:url(x.png)}
    i{background:url(data:image/png;base64,AA)}</style>
    </head><body><img src="data:image/png;base64,AA" alt=""><img srcset="a.png 1x, data:x 2x">
    <a href="https://example.org">link</a><p>&lt;img src=x onerror=alert(1)&gt;</p>
    <div style="background-image:url('https://tiles.example/0.png')"></div></body></html>"""
    found = render.external_references(page)
    assert found == [
        "<script src=https://cdn.example/x.js>",
        "<link rel=stylesheet href=https://fonts.example/css>",
        "style url(https://fonts.example/a.css)",
        "style url(x.png)",
        "style @import https://fonts.example/a.css",
        "<img srcset=a.png>",
        "div url(https://tiles.example/0.png)",
    ]


def _executed_notebook(lang: str) -> nbformat.NotebookNode:
    """A notebook as Papermill leaves it: a parameters cell, outputs, and a warning on stderr."""
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell(f'#| echo: false\nlang = "{lang}"', metadata={"tags": ["parameters"]})
    shown = nbformat.v4.new_code_cell(
        '#| echo: false\nreport.show("summary")',
        outputs=[
            nbformat.v4.new_output("stream", name="stderr", text="UserWarning: something\n"),
            nbformat.v4.new_output(
                "display_data",
                data={
                    "text/html": '<p class="x">&lt;script&gt;hi</p>',
                    "text/plain": "<IPython.core.display.HTML object>",
                },
            ),
        ],
    )
    nb.cells = [params, shown]
    nb.metadata["papermill"] = {"parameters": {"lang": lang}}
    return nb


def test_nbconvert_page_has_outputs_only_and_loads_nothing():
    html = render.render_with_nbconvert(_executed_notebook("id"), "body{color:#000}", "id", "Judul <x>")
    assert '<html lang="id">' in html and "<title>Judul &lt;x&gt;</title>" in html
    assert '<p class="x">&lt;script&gt;hi</p>' in html
    assert "report.show" not in html and "UserWarning" not in html and "lang = " not in html
    assert "body{color:#000}" in html
    assert render.external_references(html) == []
    assert not re.search(r"""(src|href)=["']?https?:""", html)
    assert "<script" not in html  # no MathJax, require.js, widgets or Mermaid loaders


def test_render_notebook_writes_the_page_and_names_the_renderer(tmp_path):
    executed = tmp_path / "04_report.en.ipynb"
    nbformat.write(_executed_notebook("en"), executed)
    out = tmp_path / "release" / "report" / "report.en.html"
    used = render.render_notebook(executed, out, renderer="nbconvert", reports_dir=PROJECT_ROOT / "reports")
    assert used == "nbconvert"
    html = out.read_text(encoding="utf-8")
    assert f"<title>{report.report_title('en')}</title>" in html and ".asn-card" in html


def test_render_notebook_refuses_quarto_when_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    executed = tmp_path / "nb.ipynb"
    nbformat.write(_executed_notebook("en"), executed)
    with pytest.raises(render.RenderError, match="not on PATH"):
        render.render_notebook(executed, tmp_path / "out.html", renderer="quarto", reports_dir=PROJECT_ROOT / "reports")
    assert not (tmp_path / "out.html").exists()


def test_render_notebook_errors_name_the_file(tmp_path):
    with pytest.raises(render.RenderError, match="missing.ipynb: executed notebook not found"):
        render.render_notebook(
            tmp_path / "missing.ipynb", tmp_path / "o.html", renderer="nbconvert", reports_dir=PROJECT_ROOT / "reports"
        )
    executed = tmp_path / "nb.ipynb"
    nbformat.write(_executed_notebook("en"), executed)
    with pytest.raises(render.RenderError, match="report.css: report stylesheet not found"):
        render.render_notebook(executed, tmp_path / "o.html", renderer="nbconvert", reports_dir=tmp_path)


def test_language_index_links_both_reports(tmp_path):
    path = render.write_language_index(tmp_path, ["id", "en"])
    html = path.read_text(encoding="utf-8")
    assert 'href="report.id.html"' in html and 'href="report.en.html"' in html
    assert render.external_references(html) == []


def test_the_national_series_is_drawn_for_the_season_not_for_later_looks_back():
    from analysis.report.sections.overview import national_series_part
    from analysis.schemas import NATIONAL_SERIES
    from analysis.tables.values import empty_frame

    t = report.Text("en")
    assert str(national_series_part(empty_frame(NATIONAL_SERIES), t)) == ""
    rows = [
        ("pilkada", 2024, "reported", 300, "2024-06-30"),
        ("pilkada", 2024, "reported", 1120, "2024-12-10"),
        ("pilkada", 2024, "proven", 400, "2024-12-10"),
        ("pilkada", 2024, "reported", 2500, "2027-03-01"),  # a look back years later: not the season's
    ]
    series = pd.DataFrame(
        [dict(zip(["election_type", "election_year", "stage", "value", "as_of"], r, strict=True)) for r in rows]
    )
    series["as_of"] = pd.to_datetime(series["as_of"])
    html = str(national_series_part(series, t))
    assert "4 national figures" in html and "Pilkada 2024" in html and "<img" in html
    assert "2024-06-30 300" in html and "2024-12-10 1,120" in html and "2,500" not in html
