"""Aggregation: de-duplication across outlets, conflicts, national vs regional, cycles, schema checks."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis.aggregate import AggregateError, aggregate, parse_cycles, run_aggregate
from analysis.schemas import ARTICLES, EVIDENCE, FACTS, NATIONAL, PANEL
from analysis.tables import SchemaCheckError, read_table, validate_table, write_table

PANDEGLANG, SERANG, BANTEN = "36.01", "36.04", "36"
NAMES = {PANDEGLANG: "Kabupaten Pandeglang", SERANG: "Kabupaten Serang", BANTEN: "Banten"}


def article_id(n: int) -> str:
    return f"{n:016x}"


def article(
    n: int,
    *,
    outlet: str | None = "ANTARA",
    published: str | None = "2024-10-01",
    regions: tuple[str, ...] = (PANDEGLANG,),
    election: tuple[str, int | None] = ("pilkada", 2024),
    types: str = "",
    status: str = "ok",
    aid: str | None = None,
) -> dict:
    return dict(
        article_id=aid or article_id(n),
        source_file=f"a{n:03d}.txt",
        status=status,
        skip_reason=None if status == "ok" else "duplicate_of:x",
        title=f"Artikel {n}",
        outlet=outlet,
        published=published,
        dateline=None,
        region_codes=";".join(regions) or None,
        region_names=";".join(NAMES[r] for r in regions) or None,
        election_type=election[0],
        election_year=election[1],
        violation_types=types or None,
    )


_offsets: dict[str, int] = {}


def fact(
    n: int,
    value: int,
    *,
    fact_type: str = "violation_count",
    status: str | None = "reported",
    scope: str = "regional",
    region: str | None = PANDEGLANG,
    election: tuple[str | None, int | None] = ("pilkada", 2024),
    unit: str | None = "cases",
) -> dict:
    aid = article_id(n)
    start = _offsets.get(aid, 0)
    _offsets[aid] = start + 100
    return dict(
        article_id=aid,
        source_file=f"a{n:03d}.txt",
        fact_type=fact_type,
        unit=unit,
        value=value,
        scope=scope,
        region_code=region if scope == "regional" else None,
        region_name=NAMES.get(region) if scope == "regional" and region else None,
        status=status if fact_type == "violation_count" else None,
        election_type=election[0],
        election_year=election[1],
        sentence=f"Ada {value} kasus.",
        start_char=start,
        end_char=start + 12,
    )


def frames(articles: list[dict], facts: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    return pd.DataFrame(articles, columns=ARTICLES.columns), pd.DataFrame(facts, columns=FACTS.columns)


def run(articles: list[dict], facts: list[dict], cycles=None):
    result = aggregate(*frames(articles, facts), cycles)
    validate_table(result.panel, PANEL)
    validate_table(result.national, NATIONAL)
    validate_table(result.evidence, EVIDENCE)
    return result


def row(panel: pd.DataFrame, region: str, kind: str, year: int) -> pd.Series:
    match = panel[
        (panel["region_code"] == region) & (panel["election_type"] == kind) & (panel["election_year"] == year)
    ]
    assert len(match) == 1, f"expected one panel row for {region} {kind} {year}, got {len(match)}"
    return match.iloc[0]


def sample_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """A small corpus touching every rule: shared facts, a conflict, national figures, a target, a duplicate."""
    articles = [
        article(1, outlet="ANTARA", published="2020-09-20", election=("pilkada", 2020), types="media_sosial"),
        article(
            2,
            outlet="Redaksi24",
            published="2020-09-23",
            election=("pilkada", 2020),
            types="media_sosial;dukungan_calon",
        ),
        article(3, outlet=None, published="2020-09-25", regions=(PANDEGLANG, BANTEN), election=("pilkada", 2020)),
        article(4, outlet="ANTARA", published="2024-01-10", regions=(SERANG,), election=("pemilu", 2024), types="apk"),
        article(
            5,
            status="duplicate",
            aid=article_id(4),
            outlet=None,
            published=None,
            regions=(),
            election=("unknown", None),
        ),
    ]
    facts = [
        fact(1, 3, election=("pilkada", 2020)),
        fact(2, 3, election=("pilkada", 2020)),
        fact(3, 5, election=("pilkada", 2020)),
        fact(2, 2, status="proven", election=("pilkada", 2020)),
        fact(1, 680, scope="national", election=("pilkada", 2020)),
        fact(3, 9000, fact_type="asn_headcount", region=BANTEN, election=("pilkada", 2020), unit="persons"),
        fact(4, 10000, fact_type="asn_headcount", region=SERANG, election=("pemilu", 2024), unit="persons"),
        fact(4, 0, status="target", region=SERANG, election=("pemilu", 2024)),
        fact(4, 2034, scope="national", election=("pemilu", 2024)),
    ]
    return frames(articles, facts)


# --------------------------------------------------------------------------------------------
# The three promises of the issue
# --------------------------------------------------------------------------------------------


def test_two_articles_reporting_the_same_count_give_one_value_with_two_sources():
    result = run([article(1, outlet="ANTARA"), article(2, outlet="Kompas")], [fact(1, 4), fact(2, 4)])
    panel_row = row(result.panel, PANDEGLANG, "pilkada", 2024)
    assert panel_row["violations_reported"] == 4  # counted once, not 8
    assert panel_row["n_articles"] == 2 and panel_row["n_sources"] == 2
    assert not panel_row["conflict"]
    shared = result.evidence[result.evidence["measure"] == "violations_reported"]
    assert len(shared) == 1
    evidence = shared.iloc[0]
    assert (evidence["value"], evidence["n_sources"], evidence["n_articles"]) == (4, 2, 2)
    assert evidence["article_ids"] == f"{article_id(1)};{article_id(2)}"
    assert evidence["chosen"] and evidence["rule"] == "single_value"


def test_same_outlet_twice_is_two_articles_but_one_source():
    result = run([article(1, outlet="ANTARA"), article(2, outlet=" antara ")], [fact(1, 4), fact(2, 4)])
    panel_row = row(result.panel, PANDEGLANG, "pilkada", 2024)
    assert (panel_row["n_articles"], panel_row["n_sources"]) == (2, 1)
    assert result.evidence.iloc[0]["n_sources"] == 1


def test_conflicting_counts_are_flagged_and_the_value_with_most_sources_is_chosen():
    articles = [article(1, outlet="A"), article(2, outlet="B"), article(3, outlet="C", published="2024-12-01")]
    result = run(articles, [fact(1, 3), fact(2, 3), fact(3, 7)])
    panel_row = row(result.panel, PANDEGLANG, "pilkada", 2024)
    assert panel_row["violations_reported"] == 3  # two sources beat one, never the mean 4.33
    assert panel_row["conflict"]
    assert panel_row["conflict_columns"] == "violations_reported"
    assert panel_row["conflict_rule"] == "violations_reported:most_sources"
    evidence = result.evidence.set_index("value")
    assert evidence["conflict"].tolist() == [True, True]
    assert evidence.loc[3, "chosen"] and not evidence.loc[7, "chosen"]
    assert evidence.loc[3, "rule"] == "most_sources" and pd.isna(evidence.loc[7, "rule"])


@pytest.mark.parametrize(
    "dates, expected, rule",
    [
        (("2024-10-01", "2024-11-15"), 9, "latest_published"),
        (("2024-11-15", "2024-10-01"), 5, "latest_published"),
        (("2024-10-01", "2024-10-01"), 9, "largest_value"),
        ((None, "2024-10-01"), 9, "latest_published"),
    ],
)
def test_conflict_ties_go_to_the_latest_article_then_the_largest_value(dates, expected, rule):
    articles = [article(1, outlet="A", published=dates[0]), article(2, outlet="B", published=dates[1])]
    result = run(articles, [fact(1, 5), fact(2, 9)])
    panel_row = row(result.panel, PANDEGLANG, "pilkada", 2024)
    assert panel_row["violations_reported"] == expected
    assert panel_row["conflict_rule"] == f"violations_reported:{rule}"


def test_national_and_regional_figures_never_mix():
    articles, facts = sample_tables()
    result = aggregate(articles, facts)
    national = result.national.set_index(["election_type", "election_year"])
    assert national.loc[("pilkada", 2020), "violations_reported"] == 680
    assert national.loc[("pemilu", 2024), "violations_reported"] == 2034
    # the national figures appear in no panel row, and the panel's regional figures are not summed into them
    assert not result.panel.isin([680, 2034]).any().any()
    assert national.loc[("pilkada", 2020), "violations_reported"] != result.panel["violations_reported"].sum()
    # a cycle with regional figures only has no national row, and national facts make no panel row
    regional_only = run([article(1)], [fact(1, 12)])
    assert regional_only.national.empty
    national_only = run([article(1, regions=())], [fact(1, 500, scope="national")])
    assert national_only.panel.empty
    assert national_only.national.iloc[0]["violations_reported"] == 500
    # a national headcount stays national
    headcount = run([article(1, regions=())], [fact(1, 4_300_000, fact_type="asn_headcount", scope="national")])
    assert headcount.national.iloc[0]["asn_headcount"] == 4_300_000 and headcount.panel.empty


# --------------------------------------------------------------------------------------------
# Which facts feed which column
# --------------------------------------------------------------------------------------------


def test_statuses_feed_their_own_columns_and_targets_never_count():
    facts = [
        fact(1, 10),
        fact(1, 4, status="proven"),
        fact(1, 2, status="sanctioned"),
        fact(1, 0, status="target"),
        fact(1, 6, status="unspecified"),
        fact(1, 8, status=None),
    ]
    result = run([article(1)], facts)
    panel_row = row(result.panel, PANDEGLANG, "pilkada", 2024)
    assert (panel_row["violations_reported"], panel_row["violations_proven"], panel_row["violations_sanctioned"]) == (
        10,
        4,
        2,
    )
    # unspecified (6) and no status (8) compete for violations_unspecified; both have one source, same date
    assert panel_row["violations_unspecified"] == 8
    target = result.evidence[result.evidence["status"] == "target"].iloc[0]
    assert target["used_in"] == "none" and target["reason"] == "target_not_outcome" and not target["chosen"]


def test_headcount_and_related_candidates_and_units_pooled():
    facts = [
        fact(1, 15000, fact_type="asn_headcount", unit="persons"),
        fact(1, 16, fact_type="related_candidates", unit=None),
        fact(2, 3, unit="persons"),
    ]
    result = run([article(1), article(2, outlet="Kompas")], facts + [fact(1, 3, unit="cases")])
    panel_row = row(result.panel, PANDEGLANG, "pilkada", 2024)
    assert (panel_row["asn_headcount"], panel_row["related_candidates"], panel_row["violations_reported"]) == (
        15000,
        16,
        3,
    )
    pooled = result.evidence[result.evidence["measure"] == "violations_reported"].iloc[0]
    assert pooled["units"] == "cases;persons" and pooled["n_sources"] == 2


def test_counts_are_empty_when_no_article_gives_them():
    result = run([article(1)], [])
    panel_row = row(result.panel, PANDEGLANG, "pilkada", 2024)
    assert panel_row["n_articles"] == 1
    for column in ("violations_reported", "violations_proven", "asn_headcount", "related_candidates"):
        assert pd.isna(panel_row[column])


# --------------------------------------------------------------------------------------------
# Cycles, regions, articles
# --------------------------------------------------------------------------------------------


def test_a_fact_keeps_its_own_cycle_and_completes_it_from_its_article():
    facts = [
        fact(1, 0, election=("pemilu", 2024)),  # a past Pemilu cited in a Pilkada story
        fact(1, 5, election=(None, None)),  # no cycle stated: the article's
        fact(1, 7, election=("pilkada", None)),  # same type as the article: its year
        fact(1, 9, election=("pemilu", None)),
    ]  # a Pemilu figure without a year: no cycle
    result = run([article(1, election=("pilkada", 2024))], facts)
    assert row(result.panel, PANDEGLANG, "pemilu", 2024)["violations_reported"] == 0
    pilkada = row(result.panel, PANDEGLANG, "pilkada", 2024)
    assert pilkada["violations_reported"] in (5, 7) and pilkada["conflict"]
    evidence = result.evidence.set_index("value")
    assert evidence.loc[5, "cycle_from"] == "article" and evidence.loc[7, "cycle_from"] == "fact+article"
    assert evidence.loc[9, "reason"] == "no_cycle" and evidence.loc[9, "used_in"] == "none"
    assert pd.isna(evidence.loc[9, "election_year"])


def test_facts_without_region_take_the_articles_only_region():
    one = run([article(1, regions=(SERANG,))], [fact(1, 4, region=None)])
    assert row(one.panel, SERANG, "pilkada", 2024)["violations_reported"] == 4
    two = run([article(1, regions=(SERANG, PANDEGLANG))], [fact(1, 4, region=None)])
    assert two.evidence.iloc[0]["reason"] == "no_region"
    assert two.panel["violations_reported"].isna().all()


def test_a_region_no_article_names_takes_its_official_name_from_the_gazetteer():
    tangsel = fact(1, 4, region="36.74")
    tangsel["region_name"] = None
    result = run([article(1, regions=())], [tangsel])
    assert row(result.panel, "36.74", "pilkada", 2024)["region_name"] == "Kota Tangerang Selatan"


def test_province_figures_make_their_own_rows_and_are_never_summed():
    articles = [article(1, regions=(PANDEGLANG, BANTEN)), article(2, outlet="B", regions=(SERANG,))]
    facts = [fact(1, 3), fact(2, 4, region=SERANG), fact(1, 20, region=BANTEN)]
    result = run(articles, facts)
    province = row(result.panel, BANTEN, "pilkada", 2024)
    assert province["region_level"] == "province" and province["violations_reported"] == 20
    assert province["region_name"] == "Banten"
    assert row(result.panel, SERANG, "pilkada", 2024)["region_level"] == "kabupaten_kota"
    assert result.panel["violations_reported"].tolist() == [20, 3, 4]  # sorted by code; nothing added up


def test_only_ok_articles_count_and_a_duplicate_does_not_count_twice():
    articles, facts = sample_tables()
    result = aggregate(articles, facts)
    serang = row(result.panel, SERANG, "pemilu", 2024)
    assert serang["n_articles"] == 1 and serang["asn_headcount"] == 10000
    unreadable = article(9, status="unreadable", aid=None)
    unreadable["article_id"] = None
    again = aggregate(*frames(articles.to_dict("records") + [unreadable], facts.to_dict("records")))
    pd.testing.assert_frame_equal(again.panel, result.panel)


def test_region_cycle_rows_count_articles_sources_and_violation_types():
    articles, facts = sample_tables()
    result = aggregate(articles, facts)
    pandeglang = row(result.panel, PANDEGLANG, "pilkada", 2020)
    assert (pandeglang["n_articles"], pandeglang["n_sources"]) == (3, 3)  # article 3 has no outlet: its own source
    assert pandeglang["violations_reported"] == 3 and pandeglang["violations_proven"] == 2
    assert (pandeglang["vt_media_sosial"], pandeglang["vt_dukungan_calon"], pandeglang["vt_apk"]) == (2, 1, 0)
    assert pandeglang["article_ids"] == ";".join(article_id(n) for n in (1, 2, 3))
    serang = row(result.panel, SERANG, "pemilu", 2024)
    assert serang["vt_apk"] == 1 and pd.isna(serang["violations_reported"])  # the target did not count


def test_cycles_parameter_keeps_only_those_cycles_and_says_why_in_evidence():
    articles, facts = sample_tables()
    result = aggregate(articles, facts, ["pemilu-2024"])
    assert set(zip(result.panel["election_type"], result.panel["election_year"], strict=True)) == {("pemilu", 2024)}
    assert result.national["election_year"].tolist() == [2024]
    left_out = result.evidence[result.evidence["election_year"] == 2020]
    assert set(left_out["reason"]) == {"cycle_not_selected"}
    assert parse_cycles([]) is None
    with pytest.raises(AggregateError, match="pilkada2024"):
        parse_cycles(["pilkada2024"])


def test_rows_are_sorted_and_stable_whatever_the_input_order():
    articles, facts = sample_tables()
    first = aggregate(articles, facts)
    shuffled = aggregate(articles.sample(frac=1, random_state=1), facts.sample(frac=1, random_state=2))
    for name in ("panel", "national", "evidence"):
        pd.testing.assert_frame_equal(getattr(first, name), getattr(shuffled, name))
    keys = list(zip(first.panel["region_code"], first.panel["election_year"], strict=True))
    assert keys == sorted(keys)


# --------------------------------------------------------------------------------------------
# Files and schema checks
# --------------------------------------------------------------------------------------------


def write_inputs(folder, articles: pd.DataFrame, facts: pd.DataFrame) -> None:
    write_table(articles, folder, "articles", ARTICLES)
    write_table(facts, folder, "facts", FACTS)


def test_run_aggregate_writes_typed_tables_that_read_back_and_are_byte_identical(tmp_path):
    articles, facts = sample_tables()
    write_inputs(tmp_path / "tables", articles, facts)
    counts = run_aggregate(tmp_path / "tables", tmp_path / "one").counts
    run_aggregate(tmp_path / "tables", tmp_path / "two")
    assert counts == {"panel": 3, "national": 2, "evidence": 8, "national_series": 2}
    for name in [
        f"{table}.{kind}"
        for table in ("panel", "national", "evidence", "national_series")
        for kind in ("csv", "parquet")
    ]:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    text = (tmp_path / "one" / "panel.csv").read_text(encoding="utf-8")
    assert ".0," not in text and ".0\n" not in text  # integers without decimals, empty = missing
    panel = read_table(tmp_path / "one", "panel", PANEL.for_columns(PANEL_COLUMNS))
    validate_table(panel, PANEL)
    assert panel["violations_reported"].dtype == "Int64"
    assert panel.columns[: len(PANEL.columns)].tolist() == PANEL.columns
    # Parquet column types follow the schema even where a column is empty in every row
    national = pq.read_schema(tmp_path / "one" / "national.parquet")
    assert national.field("conflict_columns").type == pa.string()
    assert national.field("violations_sanctioned").type == pa.int64()
    assert pq.read_table(tmp_path / "one" / "panel.parquet").num_rows == counts["panel"]


PANEL_COLUMNS = [f.name for f in PANEL.all_fields]


def test_a_malformed_input_stops_with_table_column_and_line(tmp_path):
    articles, facts = sample_tables()
    facts.loc[2, "value"] = -5
    write_inputs(tmp_path, articles, facts)
    with pytest.raises(SchemaCheckError) as caught:
        run_aggregate(tmp_path, tmp_path / "out")
    message = str(caught.value)
    assert "facts.csv" in message and "'facts'" in message and "'value'" in message and "line 4" in message
    assert "\n" not in message
    assert not (tmp_path / "out").exists()


def test_validate_table_names_missing_columns_bad_values_and_repeated_keys():
    panel = aggregate(*sample_tables()).panel
    with pytest.raises(SchemaCheckError, match=r"table 'panel', column 'n_sources': missing"):
        validate_table(panel.drop(columns=["n_sources"]), PANEL)
    bad = panel.copy()
    bad["region_code"] = bad["region_code"].astype(object)
    bad.loc[1, "region_code"] = "3601"
    with pytest.raises(SchemaCheckError, match=r"column 'region_code': does not match .* at row 2 \(values '3601'\)"):
        validate_table(bad, PANEL)
    bad = panel.copy()
    bad["conflict"] = bad["conflict"].astype(object)
    bad.loc[0, "conflict"] = "maybe"
    with pytest.raises(SchemaCheckError, match=r"column 'conflict': not a boolean"):
        validate_table(bad, PANEL)
    with pytest.raises(SchemaCheckError, match=r"primary key \(region_code, election_type, election_year\)") as caught:
        validate_table(pd.concat([panel, panel.iloc[[0]]]), PANEL)
    assert caught.value.rows == [1, len(panel) + 1]


def test_aggregate_notebook_runs_with_papermill_and_writes_the_same_tables(tmp_path, project_root):
    papermill = pytest.importorskip("papermill")
    articles, facts = sample_tables()
    tables = tmp_path / "build" / "tables"
    write_inputs(tables, articles, facts)
    run_aggregate(tables, tmp_path / "cli", ["pilkada-2020"])
    papermill.execute_notebook(
        str(project_root / "notebooks" / "02_aggregate.ipynb"),
        str(tmp_path / "02_aggregate.out.ipynb"),
        parameters={"build_dir": str(tmp_path / "build"), "cycles": ["pilkada-2020"]},
        kernel_name="python3",
        progress_bar=False,
        cwd=str(tmp_path),
    )
    for name in ("panel.csv", "national.csv", "evidence.csv", "panel.parquet"):
        assert (tables / name).read_bytes() == (tmp_path / "cli" / name).read_bytes(), name
    executed = (tmp_path / "02_aggregate.out.ipynb").read_text(encoding="utf-8")
    assert "image/png" in executed and "Kabupaten Pandeglang" in executed


def test_national_counts_are_a_series_of_what_was_stated_and_the_latest_is_the_headline():
    # a season's national count restated as it grows, by two outlets and two bodies, then looked back on
    articles = [
        article(1, outlet="ANTARA", published="2024-06-30", regions=()),
        article(2, outlet="Kompas", published="2024-09-20", regions=()),
        article(3, outlet="Tempo", published="2024-09-20", regions=()),
        article(4, outlet="Detik", published="2024-12-10", regions=()),
        article(5, outlet="Detik", published=None, regions=()),
    ]
    facts = [fact(1, 300, scope="national"), fact(2, 610, scope="national"), fact(3, 610, scope="national")]
    facts += [fact(4, 1120, scope="national"), fact(4, 400, scope="national", status="proven")]
    facts += [fact(5, 90, scope="national")]
    facts[0]["sentence"] = "Badan Pengawas Pemilu mencatat 300 laporan ASN tidak netral."
    facts[3]["sentence"] = "Menurut KASN, kini ada 1.120 laporan."
    result = run(articles, facts)
    national = result.national.iloc[0]
    # the latest stated, though two outlets gave 610 and one 1.120
    assert national["violations_reported"] == 1120 and national["violations_proven"] == 400
    assert "violations_reported:latest_published" in national["conflict_rule"]
    series = result.national_series
    reported = series[series["stage"] == "reported"]
    assert list(reported["value"]) == [300, 610, 1120, 90]  # by date, the undated last
    assert list(reported["n_sources"]) == [1, 2, 1, 1]
    assert list(reported["institution"].fillna("")) == ["Bawaslu", "", "KASN", ""]
    assert list(reported["headline"]) == [False, False, True, False]
    assert str(reported.iloc[0]["as_of"])[:10] == "2024-06-30" and pd.isna(reported.iloc[3]["as_of"])
    assert series["series_key"].is_unique and (series["stage"] == "proven").sum() == 1


def test_regional_conflicts_still_go_to_the_most_sources():
    articles = [article(1, outlet="ANTARA"), article(2, outlet="Kompas"), article(3, outlet="Tempo")]
    articles[2]["published"] = "2024-12-01"
    facts = [fact(1, 12), fact(2, 12), fact(3, 15)]
    panel_row = row(run(articles, facts).panel, PANDEGLANG, "pilkada", 2024)
    assert panel_row["violations_reported"] == 12 and panel_row["conflict_rule"] == "violations_reported:most_sources"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Komisi Aparatur Sipil Negara mencatat 900 laporan.", "KASN"),
        ("Menurut Kemenpan RB dan BKN, ada 90 ASN disanksi.", "KemenPAN-RB"),
        ("Data Badan Kepegawaian Negara menyebut 70 ASN.", "BKN"),
        ("Sebanyak 70 ASN dilaporkan ke KASNX.", None),
        ("Sebanyak 70 ASN dilaporkan.", None),
    ],
)
def test_the_body_a_national_figure_comes_from_is_the_first_national_body_its_sentence_names(sentence, body):
    from analysis.series import institution_named

    assert institution_named(sentence) == body
